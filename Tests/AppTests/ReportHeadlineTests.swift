@testable import App
import Core
import Foundation
import Monitor
import Seeds
import Services
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The monitor's part of a Voortgangsrapportage: Zuid-Limburg at the nulmeting (CBS's KWB 2015,
/// every municipality of the country) and in 2020 (a small invented file for the 16 municipalities
/// after the 2019 merger), each worked out again from the municipalities' values in the public API.
@Suite(.enabled(if: MonitorPageTests.sharedFile(MonitorPageTests.kwb, "kwb2015_gemeenten_nl.csv") != nil, "shared/data/cbs-wijkbuurtkaart-2015-tno-vr is not beside the repository"))
struct ReportHeadlineTests {
    static let kwb2015 = MonitorPageTests.sharedFile(MonitorPageTests.kwb, "kwb2015_gemeenten_nl.csv")

    /// 2020: 1 % on social assistance in GM0882 (40.000 inhabitants) and 4 % in each of the other
    /// 15 (10.000 each): (1 × 40.000 + 4 × 150.000) / 190.000 = 3,368421 %.
    static func file2020() throws -> String {
        let codes = ["GM0882", "GM0888", "GM0899", "GM0917", "GM0928", "GM0935", "GM0938", "GM0965", "GM0971", "GM0981", "GM0986",
                     "GM0994", "GM1729", "GM1883", "GM1903", "GM1954"]
        let rows = codes.flatMap { code in
            ["\(code),2020,inwoners,\(code == "GM0882" ? 40_000 : 10_000)", "\(code),2020,bijstand,\(code == "GM0882" ? 1 : 4)"]
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stip-headline-\(UUID().uuidString).csv").path
        try (["area_code,year,indicator,value"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theRegionAtTheNulmetingAndNowFollowsFromItsMunicipalities() async throws {
        try await withStipMoney { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let register = RegisterStore(database: db), monitor = MonitorStore(database: db)
            let catalogue = try SeedFile.indicatorCatalogue()
            let reporting = Reporting(store: ReportStore(beside: register), register: register, headline: ReportHeadline.beside(register))
            let regie = try #require(accounts[.steeringGroup])
            let round = try await reporting.open(name: "Voortgang 1e helft 2021", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2021-07-15", by: regie)

            // No nulmeting yet: the report says so instead of showing figures.
            #expect(try await reporting.compose(round).monitor == nil)
            let cookies = try await app.logIn(regie.email).cookies
            let page = try await app.get("/voortgang/\(round.id)/rapportage", cookies: cookies)
            #expect(page.body.string.contains("nog geen nulmeting"))

            let kwb = try KWBTableReader(catalogue: catalogue, year: 2015).read(path: try #require(Self.kwb2015))
            _ = try await monitor.importFile(kwb, areas: kwb.areas, by: "ReportHeadlineTests")
            _ = try await monitor.adoptBaseline(year: 2015, definition: "{}", by: "ReportHeadlineTests")
            let path = try Self.file2020()
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = try await monitor.importFile(try LongTableReader(catalogue: catalogue).read(path: path), by: "ReportHeadlineTests")

            let part = try #require(try await reporting.compose(round).monitor)
            #expect(part.region == "zuid-limburg" && part.baselineYear == 2015 && part.year == 2020)
            let assistance = try #require(part.indicators.first { $0.id == "bijstand" })
            // By hand over the KWB file's 18 municipalities of 2015: 19.150 recipients on 602.038 inhabitants.
            #expect(abs(try #require(assistance.baseline) - 19_150.0 / 602_038 * 100) < 1e-9)
            #expect(abs(try #require(assistance.current) - 640_000.0 / 190_000) < 1e-9)
            #expect(assistance.direction == -1)
            // Smokers are not in either file: no value, no change, and no guess.
            let smokers = try #require(part.indicators.first { $0.id == "rokers" })
            #expect(smokers.baseline == nil && smokers.current == nil && smokers.change == nil)

            // The same figure from the public API: the 2020 values of the region's municipalities, weighted by inhabitants.
            func values(_ layer: String) async throws -> [String: Double] {
                let response = try await app.get("/api/v1/monitor/areas?niveau=gemeente&jaar=2020&kaart=\(layer)")
                #expect(response.status == .ok)
                let areas = (try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])?["areas"] as? [[String: Any]] ?? []
                return Dictionary(uniqueKeysWithValues: areas.compactMap { area in
                    (area["value"] as? Double).map { (area["code"] as! String, $0) }
                })
            }
            let shares = try await values("bijstand"), inhabitants = try await values("inwoners")
            #expect(shares.count == 16)
            let fromAPI = shares.map { $0.value * inhabitants[$0.key]! }.reduce(0, +) / inhabitants.values.reduce(0, +)
            #expect(abs(fromAPI - assistance.current!) < 1e-9)

            // On the page: the region's two values with the change and its direction, each linked to the monitor's map.
            let html = try await app.get("/voortgang/\(round.id)/rapportage", cookies: cookies).body.string
            #expect(html.contains("Brede welvaart: verandering sinds de nulmeting"))
            #expect(html.contains("3,18") && html.contains("3,37") && html.contains("+0,19 (slechter)"))
            #expect(html.contains("/monitor?niveau=gemeente&amp;jaar=2020&amp;kaart=bijstand"))
            // And among the report's facts, so the CSV and the comparison with now carry them.
            let facts = try await reporting.compose(round).facts
            #expect(facts.first { $0.id == "monitor.bijstand.current" }?.value == "\(assistance.current!)")
        }
    }
}
