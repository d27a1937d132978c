import Foundation
import Monitor
import StipTestSupport
import Storage
import Testing

/// The monitor's values in the database, on SQLite and PostgreSQL: an import is all or
/// nothing and the same file twice changes nothing; a baseline, once adopted, is not moved
/// by later imports.
@Suite struct MonitorStoreTests {
    static func result(_ values: [(String, Int, String, Double?)], checksum: String, file: String = "test.csv") -> ImportResult {
        ImportResult(
            file: file, observations: values.map { Observation(area: AreaCode($0.0)!, year: $0.1, indicator: $0.2, value: $0.3) },
            rowsRead: values.count, rowsSkipped: 0, bytesRead: 0, checksum: checksum, years: Array(Set(values.map(\.1))).sorted(),
            indicators: [], absentIndicators: [], areas: [])
    }

    @Test(arguments: ScratchDatabase.available)
    func theSameFileTwiceChangesNothingAndANewerFileReplacesItsValues(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = MonitorStore(database: db)
            let first = Self.result([("BU09171001", 2015, "inwoners", 470), ("BU09171001", 2015, "bijstand", nil)], checksum: "a")
            let outcome = try await store.importFile(first, areas: [Area(code: AreaCode("BU09171001")!, name: "Terschuren", year: 2015)], by: "test")
            #expect(outcome == .imported(observations: 2, areas: 1))
            guard case .alreadyImported = try await store.importFile(first, by: "test") else {
                Issue.record("the same file was imported twice")
                return
            }
            let corrected = Self.result([("BU09171001", 2015, "inwoners", 475)], checksum: "b")
            _ = try await store.importFile(corrected, by: "test")
            let values = try await store.observations(year: 2015, level: .neighbourhood)
            #expect(values.count == 2)
            #expect(values.first { $0.indicator == "inwoners" }?.value == 475)
            // Missing stays missing, which is not zero.
            #expect(values.first { $0.indicator == "bijstand" }.map { $0.value == nil } == true)
            #expect(try await store.areaNames(preferring: 2016)[AreaCode("BU09171001")!] == "Terschuren")
            #expect(try await store.imports().map(\.checksum) == ["a", "b"])
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aFileTheReaderRefusesStoresNothing(database: ScratchDatabase) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.csv").path
        try "area_code,year,indicator,value\nBU09171001,2015,inwoners,470\nBU09171002,2015,inwoners,veel\n".write(toFile: file, atomically: true, encoding: .utf8)
        let catalogue = try IndicatorCatalogue(text: """
            id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base
            inwoners,Inwoners,Inhabitants,aantal,demografie,0,long,inwoners,sum,
            """, file: "catalogue.csv")
        try await database.with { db in
            let store = MonitorStore(database: db)
            do {
                _ = try await store.importFile(try LongTableReader(catalogue: catalogue).read(path: file), by: "test")
                Issue.record("a file with a bad number was imported")
            } catch {
                #expect("\(error)".contains("long.csv:3"))
            }
            let values = try await store.observations(year: 2015), imports = try await store.imports()
            #expect(values.isEmpty && imports.isEmpty)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aBaselineKeepsItsValuesWhateverIsImportedLater(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = MonitorStore(database: db)
            _ = try await store.importFile(Self.result([("BU09171001", 2016, "eenzaam", 48.5), ("GM0917", 2016, "eenzaam", 47.0)], checksum: "a"), by: "test")
            let baseline = try await store.adoptBaseline(year: 2016, definition: "{\"year\":2016}", by: "test")
            #expect(baseline.year == 2016)
            _ = try await store.importFile(Self.result([("BU09171001", 2016, "eenzaam", 51.0)], checksum: "b"), by: "test")
            #expect(try await store.observations(year: 2016, level: .neighbourhood).first?.value == 51.0)
            #expect(try await store.baselineValues(level: .neighbourhood).first?.value == 48.5)
            await #expect(throws: MonitorStore.BaselineError.self) {
                try await store.adoptBaseline(year: 2016, definition: "{}", by: "test")
            }
            #expect(try await store.baseline()?.definition == "{\"year\":2016}")
        }
    }
}
