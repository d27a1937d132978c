import Foundation
import Monitor
import Testing

/// The files CBS and RIVM publish, as shared beside the repository; read with the seed catalogue.
@Suite struct SharedFileImportTests {
    static func path(_ folder: String, _ file: String) -> String? {
        SharedData.folder(folder)?.appendingPathComponent(file).path
    }

    static func observations(_ result: ImportResult) -> [AreaCode: [String: Double?]] {
        var table: [AreaCode: [String: Double?]] = [:]
        for observation in result.observations { table[observation.area, default: [:]][observation.indicator] = observation.value }
        return table
    }

    @Suite(.enabled(if: SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr") != nil,
                    "shared/data/cbs-wijkbuurtkaart-2015-tno-vr is not beside the repository"))
    struct KWB2015 {
        @Test func everyBuurtOfTheNetherlands() throws {
            let catalogue = try SeedCatalogue.load()
            let result = try KWBTableReader(catalogue: catalogue, year: 2015)
                .read(path: SharedFileImportTests.path("cbs-wijkbuurtkaart-2015-tno-vr", "kwb2015_buurten_nl.csv")!)
            let table = SharedFileImportTests.observations(result)
            #expect(result.rowsRead == 12_235)
            #expect(table.count == 12_235)
            #expect(table.keys.allSatisfy { $0.level == .neighbourhood })
            #expect(result.years == [2015])
            #expect(Set(result.indicators.map(\.source)) == ["cbs-kwb-2015"])
            // Terschuren, Heerlen: 470 inhabitants, 60 on social assistance, 56 ha of land.
            let terschuren = try #require(table[AreaCode("BU09171001")!])
            #expect(terschuren["inwoners"] == 470)
            #expect(terschuren["bijstand"]!! == 60.0 / 470 * 100)
            #expect(terschuren["bevolkingsdichtheid"]!! == 470.0 / 56 * 100)
            #expect(terschuren["aandeel-65-plus"] == 22)
            #expect(result.areas.count == 12_235)
            #expect(result.areas.first { $0.code == AreaCode("BU09171001")! } == Area(code: AreaCode("BU09171001")!, name: "Terschuren", year: 2015, parent: AreaCode("WK091710")!))
            // 1,197 buurten have their assistance count secret (-99999999; all 368 without inhabitants among them): missing, never 0.
            #expect(table.values.filter { $0["bijstand"] == .some(nil) }.count == 1_197)
            #expect(result.checksum.count == 64)
        }

        @Test func municipalitiesAndDistricts() throws {
            let catalogue = try SeedCatalogue.load()
            let reader = KWBTableReader(catalogue: catalogue, year: 2015)
            let gemeenten = try reader.read(path: SharedFileImportTests.path("cbs-wijkbuurtkaart-2015-tno-vr", "kwb2015_gemeenten_nl.csv")!)
            let wijken = try reader.read(path: SharedFileImportTests.path("cbs-wijkbuurtkaart-2015-tno-vr", "kwb2015_wijken_nl.csv")!)
            #expect(gemeenten.rowsRead == 393)
            #expect(wijken.rowsRead == 2_797)
            let total = gemeenten.observations.filter { $0.indicator == "inwoners" }.compactMap(\.value).reduce(0, +)
            #expect(total == 16_900_726)
            #expect(SharedFileImportTests.observations(gemeenten)[AreaCode("GM0917")!]?["inwoners"] == 87_500)
            #expect(SharedFileImportTests.observations(wijken).keys.allSatisfy { $0.level == .district })
        }
    }

    @Suite(.enabled(if: SharedData.folder("rivm-gezondheid-wijk-buurt") != nil,
                    "shared/data/rivm-gezondheid-wijk-buurt is not beside the repository"))
    struct RIVM {
        /// The NL01 row (StatLine's code for the Netherlands) is read as NL00, with the values SOURCE.md gives.
        @Test(arguments: [(2012, 76.1, 39.6, 24.0), (2016, 75.2, 43.4, 19.2), (2020, 78.4, 47.0, 13.9)])
        func theNationalRowOfEachYear(year: Int, health: Double, lonely: Double, makingEndsMeet: Double) throws {
            let catalogue = try SeedCatalogue.load()
            let result = try KWBTableReader(catalogue: catalogue)
                .read(path: SharedFileImportTests.path("rivm-gezondheid-wijk-buurt", "gezondheid_wijk_buurt_\(year)_18plus.csv")!)
            #expect(result.rowsRead == 17_341)
            #expect(result.years == [year])
            let netherlands = try #require(SharedFileImportTests.observations(result)[.netherlands])
            #expect(netherlands["ervaren-gezondheid"] == health)
            #expect(netherlands["eenzaam"] == lonely)
            #expect(netherlands["moeite-met-rondkomen"] == makingEndsMeet)
            // RIVM names municipalities (and the country) only.
            #expect(result.areas.first { $0.code == AreaCode("GM0917")! }?.name == "Heerlen")
            #expect(result.areas.allSatisfy { $0.level <= .municipality })
            let buurten = result.observations.filter { $0.area.level == .neighbourhood && $0.indicator == "ervaren-gezondheid" }
            #expect(buurten.count == 13_808)
        }

        @Test func aKnownBuurtAndTheColumnsNotMeasuredIn2012() throws {
            let catalogue = try SeedCatalogue.load()
            let result2020 = try KWBTableReader(catalogue: catalogue)
                .read(path: SharedFileImportTests.path("rivm-gezondheid-wijk-buurt", "gezondheid_wijk_buurt_2020_18plus.csv")!)
            let terschuren = try #require(SharedFileImportTests.observations(result2020)[AreaCode("BU09171001")!])
            #expect(terschuren["ervaren-gezondheid"] == 67.4)
            let result2012 = try KWBTableReader(catalogue: catalogue)
                .read(path: SharedFileImportTests.path("rivm-gezondheid-wijk-buurt", "gezondheid_wijk_buurt_2012_18plus.csv")!)
            // Volunteering was not measured in 2012: the column is there and empty.
            #expect(result2012.observations.filter { $0.indicator == "vrijwilligerswerk" }.allSatisfy { $0.value == nil })
        }

        @Test func theZuidLimburgFileHoldsThreeYears() throws {
            let catalogue = try SeedCatalogue.load()
            let result = try KWBTableReader(catalogue: catalogue)
                .read(path: SharedFileImportTests.path("rivm-gezondheid-wijk-buurt", "gezondheid_zuid_limburg_2012_2016_2020_18plus.csv")!)
            #expect(result.years == [2012, 2016, 2020])
            #expect(result.rowsRead == 1_593)
            #expect(Set(result.observations.map(\.area)).count == 531)
        }
    }

    @Suite(.enabled(if: SharedData.folder("kwb-heerlen-2016-2020") != nil, "shared/data/kwb-heerlen-2016-2020 is not beside the repository"))
    struct Heerlen {
        @Test(arguments: [(2016, 87_406.0), (2017, 87_189), (2018, 86_762), (2019, 86_832), (2020, 87_086)])
        func inhabitantsOfEachYear(year: Int, inhabitants: Double) throws {
            let catalogue = try SeedCatalogue.load()
            let result = try KWBTableReader(catalogue: catalogue)
                .read(path: SharedFileImportTests.path("kwb-heerlen-2016-2020", "kwb_heerlen_\(year).csv")!)
            #expect(result.rowsRead == 81)
            #expect(result.years == [year])
            let table = SharedFileImportTests.observations(result)
            #expect(table[AreaCode("GM0917")!]?["inwoners"] == inhabitants)
            #expect(table.count == 81)
        }

        @Test func aBuurtAndTheColumnsThatComeAndGo() throws {
            let catalogue = try SeedCatalogue.load()
            let result2019 = try KWBTableReader(catalogue: catalogue)
                .read(path: SharedFileImportTests.path("kwb-heerlen-2016-2020", "kwb_heerlen_2019.csv")!)
            let beitel = try #require(SharedFileImportTests.observations(result2019)[AreaCode("BU09174200")!])
            #expect(beitel["inwoners"] == 75)
            // Crime left the KWB in 2019: those indicators are named as absent, not read as missing.
            #expect(Set(result2019.absentIndicators.map(\.id)) == ["woninginbraak", "vernieling", "geweld"])
            let result2016 = try KWBTableReader(catalogue: catalogue)
                .read(path: SharedFileImportTests.path("kwb-heerlen-2016-2020", "kwb_heerlen_2016.csv")!)
            #expect(result2016.absentIndicators.map(\.id) == ["netto-arbeidsparticipatie"])
            #expect(result2016.absentIndicators.first?.missingColumns == ["Arbeid_Netto_arbeidsparticipatie"])
        }
    }
}
