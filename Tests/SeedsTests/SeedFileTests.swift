import Core
import Foundation
import Monitor
import Seeds
import Testing

@Suite struct SeedFileTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: SeedFile.allCases)
    func theCopyBuiltInIsTheRepositorysFile(_ file: SeedFile) throws {
        let onDisk = try Data(contentsOf: Self.repository.appendingPathComponent("Seeds").appendingPathComponent(file.rawValue))
        #expect(Data(file.builtIn.utf8) == onDisk)
        #expect(file.path([:]) == nil)
        #expect(file.source([:]) == "Seeds/\(file.rawValue) (built into stip)")
    }

    @Test func theBuiltInFilesReadAsTheDefaultPlanItsPeopleAndMoneyAndTheMonitorsCatalogues() throws {
        let plan = try SeedFile.plan([:])
        #expect(plan.plan.title == "Plan van Aanpak NOVI-gebied Zuid-Limburg")
        #expect(try SeedFile.peopleAndMoney(plan: plan, [:]).capacityYears.map(\.year).sorted() == [2020, 2021])
        #expect(try SeedFile.indicatorCatalogue([:]).file == "Seeds/monitor/indicators.csv")
        #expect(try SeedFile.regionCatalogue([:]).definition("zuid-limburg").nameNL == "Zuid-Limburg")
    }

    @Test func aDataFolderIsReadInstead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("monitor"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "region,name_nl,name_en,year_from,year_to,municipality_code,municipality_name\nparkstad,Parkstad,Parkstad,2019,,GM0917,Heerlen\n"
            .write(to: folder.appendingPathComponent("monitor/regions.csv"), atomically: true, encoding: .utf8)
        let environment = ["STIP_DATA_DIR": folder.path]

        #expect(try SeedFile.regionCatalogue(environment).definitions.map(\.id) == ["parkstad"])
        #expect(SeedFile.regions.source(environment) == folder.appendingPathComponent("monitor/regions.csv").path)
        // A file the folder lacks is an error that names it, not the built-in copy in silence.
        let missing = folder.appendingPathComponent("zuid-limburg-pva-1.0.yaml").path
        let error = #expect(throws: PlanFileError.self) { try SeedFile.plan(environment) }
        #expect(error?.file == missing)
        #expect(throws: MonitorFileError.self) { try SeedFile.indicatorCatalogue(environment) }
        // A catalogue a command names comes before both.
        #expect(try SeedFile.indicatorCatalogue(file: Self.repository.appendingPathComponent("Seeds/monitor/indicators.csv").path, environment).ids.contains("inwoners"))
    }
}
