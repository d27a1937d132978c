import Core
import Foundation
import Monitor
import StipTestSupport
import Storage
import Testing

/// Focus decisions in the database, on SQLite and PostgreSQL: computed from the stored values,
/// saved once with an audit record, read back to the bit, refused without a name or a date.
@Suite struct FocusDecisionStoreTests {
    static let catalogue = try! IndicatorCatalogue(text: """
        id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base
        inwoners,Inwoners,Inhabitants,aantal,demografie,0,test,AANT_INW,sum,
        inkomen,Inkomen,Income,euro,materiele-welvaart,1,test,INK,weighted,inwoners
        gezond,Gezond,Healthy,%,gezondheid,1,test,GEZ,weighted,inwoners

        """, file: "test.csv")

    static let regions = try! RegionCatalogue.parse("""
        region,name_nl,name_en,year_from,year_to,municipality_code,municipality_name
        r,Regio,Region,2010,,GM0001,Een
        r,Regio,Region,2010,,GM0002,Twee

        """, file: "regions.csv")

    static let analyst = Account(id: "a1", email: "analist@zuid-limburg.nl", role: .steeringGroup)

    static func values() -> ImportResult {
        var observations: [Observation] = []
        for number in 1...12 {
            let code = AreaCode(String(format: "GM%04d", number))!
            observations += [
                Observation(area: code, year: 2020, indicator: "inwoners", value: Double(1_000 * number)),
                Observation(area: code, year: 2020, indicator: "inkomen", value: Double((number * 37) % 23)),
                Observation(area: code, year: 2020, indicator: "gezond", value: Double(60 + (number * 29) % 31)),
            ]
        }
        return ImportResult(file: "waarden-2020.csv", observations: observations, rowsRead: 12, rowsSkipped: 0, bytesRead: 0, checksum: "c2020",
                            years: [2020], indicators: [], absentIndicators: [])
    }

    @Test(arguments: ScratchDatabase.available)
    func aDecisionIsSavedOnceAuditedAndReadBackToTheBit(database: ScratchDatabase) async throws {
        try await database.with { db in
            _ = try await MonitorStore(database: db).importFile(Self.values(), by: "test")
            let store = FocusDecisionStore(database: db)
            let parameters = FocusParameters(level: .municipality, year: 2020, region: "r", criteria: FocusCriteria(indexPercentile: 50),
                                             robustness: RobustnessSettings(drawCount: 50))
            let (study, files) = try await store.study(parameters, catalogue: Self.catalogue, regions: Self.regions)
            #expect(study.areas.map(\.code) == ["GM0001", "GM0002"])
            #expect(files.map(\.checksum) == ["c2020"])

            let saved = try await store.save(name: " Focus 2021 ", decidedOn: "2026-11-29", note: "", study: study, files: files,
                                             names: ["GM0001": "Een"], by: Self.analyst)
            #expect(saved.id == "2026-11-29-focus-2021")
            let again = try await store.save(name: "Focus 2021", decidedOn: "2026-11-29", note: "", study: study, files: files, names: [:], by: Self.analyst)
            #expect(again.id != saved.id)
            let read = try #require(try await store.decision(saved.id))
            #expect(read == saved)
            #expect(read.study == study)
            #expect(try await store.decisions().count == 2)
            #expect(try await store.headings(limit: 1).map(\.name) == ["Focus 2021"])
            let audit = try await AuditTrail(database: db).records(.init(entity: FocusDecisionStore.entity))
            #expect(Set(audit.map(\.entityID)) == [saved.id, again.id])
            #expect(audit.allSatisfy { $0.accountEmail == Self.analyst.email && $0.operation == .create })

            await #expect(throws: FocusDecisionRefusal.nameMissing) {
                try await store.save(name: "  ", decidedOn: "2026-11-29", note: "", study: study, files: files, names: [:], by: Self.analyst)
            }
            await #expect(throws: FocusDecisionRefusal.dateInvalid("29-11-2026")) {
                try await store.save(name: "x", decidedOn: "29-11-2026", note: "", study: study, files: files, names: [:], by: Self.analyst)
            }
            await #expect(throws: FocusDecisionRefusal.noValues(level: .neighbourhood, year: 2020)) {
                try await store.study(FocusParameters(year: 2020, region: nil), catalogue: Self.catalogue, regions: Self.regions)
            }
            #expect(try await store.decisions().count == 2)
        }
    }
}
