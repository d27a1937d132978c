@testable import App
import Foundation
import Monitor
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The monitor in the browser on real CBS data: Zuid-Limburg's neighbourhoods on the map and in
/// the table, a neighbourhood's profile, the downloads, and what a person sees before any import.
@Suite struct MonitorPageTests {
    /// `shared/data/<name>` beside the repository (or its worktree), else /work/shared/data; never copied in.
    static func sharedFile(_ directory: String, _ file: String) -> String? {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var candidates: [URL] = []
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("shared/data/\(directory)/\(file)"))
        }
        candidates.append(URL(fileURLWithPath: "/work/shared/data/\(directory)/\(file)"))
        return candidates.map(\.path).first { FileManager.default.fileExists(atPath: $0) }
    }

    static let kwb = "cbs-wijkbuurtkaart-2015-tno-vr"

    /// Imports a KWB table and, when named, a boundary file, as `stip monitor import` does.
    static func importShared(_ app: Application, tables: [String], boundaries: String?) async throws -> BoundaryFile? {
        let database = try #require(app.storage[TestDatabaseKey.self])
        let store = MonitorStore(database: database)
        let catalogue = try IndicatorCatalogue(path: MonitorSeedFiles.path("indicators.csv"))
        for table in tables {
            let result = try KWBTableReader(catalogue: catalogue, year: 2015).read(path: try #require(sharedFile(kwb, table)))
            _ = try await store.importFile(result, areas: result.areas, by: "MonitorPageTests")
        }
        guard let boundaries else { return nil }
        let file = try BoundaryFile.read(URL(fileURLWithPath: try #require(sharedFile(kwb, boundaries))))
        try await store.storeBoundaries(file.boundaries, year: 2015)
        return file
    }

    static var sharedDataMissing: Bool {
        sharedFile(kwb, "kwb2015_buurten_nl.csv") == nil || sharedFile(kwb, "zuid-limburg_buurt_2015.geojson") == nil
    }

    @Test(.disabled(if: sharedDataMissing, "the shared CBS data (shared/data/cbs-wijkbuurtkaart-2015-tno-vr) is not beside the repository"))
    func zuidLimburgsNeighbourhoodsOnTheMapInTheTableAndAsProfiles() async throws {
        try await withStip { app in
            let file = try #require(try await Self.importShared(app, tables: ["kwb2015_gemeenten_nl.csv", "kwb2015_buurten_nl.csv"], boundaries: "zuid-limburg_buurt_2015.geojson"))

            let response = try await app.get("/monitor")
            #expect(response.status == .ok)
            let page = response.body.string
            // One path per Zuid-Limburg neighbourhood of the boundary file (which also has two of Echt-Susteren), each with its name in its tooltip.
            let region = try MonitorSeedFiles.regions().definition("zuid-limburg").region(year: 2015)
            let inRegion = file.boundaries.filter { region.contains($0.code) }
            #expect(page.components(separatedBy: "<path d=").count - 1 == inRegion.count)
            #expect(inRegion.count == 406)
            for boundary in inRegion {
                let name = svgEscaped(boundary.name ?? boundary.code.description)
                #expect(page.contains("<title>\(name) (\(boundary.code)): "), "\(boundary.code)")
            }
            #expect(page.contains("<title id=\"map-title\">Index brede welvaart: buurten in Zuid-Limburg, 2015</title>"))
            #expect(page.contains("<desc id=\"map-desc\">"))
            #expect(page.contains("href=\"/monitor/gebieden/BU09171001\""))
            #expect(page.contains(">Terschuren</a>"))
            #expect(page.contains("aria-current=\"page\">Monitor"))
            // Kept small by simplifying the outlines to the map's scale.
            #expect(page.utf8.count < 600_000, "\(page.utf8.count) bytes")

            // The inhabitants layer: Terschuren's 470 in the table, sorted by value on request.
            let inhabitants = try await app.get("/monitor?kaart=inwoners&sorteer=-waarde").body.string
            #expect(inhabitants.contains("<a href=\"/monitor/gebieden/BU09171001\">Terschuren</a></th><td>Heerlen</td><td class=\"num\">470</td>"))
            #expect(inhabitants.contains("aria-sort=\"descending\""))

            let profile = try await app.get("/monitor/gebieden/BU09171001")
            #expect(profile.status == .ok)
            let text = profile.body.string
            #expect(text.contains("<h1>Terschuren</h1>"))
            #expect(text.contains("Aantal inwoners"))
            #expect(text.contains("<td class=\"num\">470</td>"))
            #expect(text.contains("rang "))
            #expect(text.contains("themes-title"))
            #expect(text.contains("href=\"/monitor/gebieden/WK091710\""))
            #expect(text.contains("href=\"/monitor/gebieden/GM0917\""))

            #expect(try await app.get("/monitor/gebieden/BU99999999").status == .notFound)
            #expect(try await app.get("/monitor/gebieden/onbekend").status == .notFound)

            let comparison = try await app.get("/monitor/vergelijk?gebieden=BU09171001,BU09350101").body.string
            #expect(comparison.contains("Terschuren"))
            #expect(comparison.contains("BU09350101"))

            let csv = try await app.get("/monitor.csv?kaart=inwoners")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.body.string.contains("BU09171001,Terschuren,Heerlen,470.0"))
            let svg = try await app.get("/monitor.svg")
            #expect(svg.headers.first(name: .contentType) == "image/svg+xml; charset=utf-8")
            #expect(svg.body.string.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            let geoJSON = try await app.get("/monitor.geojson")
            #expect(geoJSON.headers.first(name: .contentType) == "application/geo+json")
            let collection = try #require(try JSONSerialization.jsonObject(with: Data(buffer: geoJSON.body)) as? [String: Any])
            #expect((collection["features"] as? [Any])?.count == inRegion.count)

            let areas = try await app.get("/api/v1/monitor/areas?kaart=inwoners")
            #expect(areas.headers.first(name: .contentType) == "application/json; charset=utf-8")
            #expect(areas.body.string.contains("{\"code\":\"BU09171001\",\"municipality\":\"Heerlen\",\"name\":\"Terschuren\",\"value\":470}"))
            let area = try await app.get("/api/v1/monitor/areas/BU09171001").body.string
            #expect(area.contains("\"name\":\"Terschuren\""))
            #expect(try await app.get("/api/v1/monitor/areas/BU99999999").status == .notFound)
        }
    }

    @Test func withoutDataTheMonitorSaysHowToGetIt() async throws {
        try await withStip { app in
            let response = try await app.get("/monitor")
            #expect(response.status == .ok)
            let page = response.body.string
            for text in ["Er zijn nog geen monitorgegevens", "swift run stip monitor import ", "kwb2015_buurten_nl.csv --year 2015",
                         "zuid-limburg_buurt_2015.geojson --year 2015", "stip monitor fetch cbs 85984NED"] {
                #expect(page.contains(text), "\(text)")
            }
            #expect(try await app.get("/monitor.csv").status == .ok)
            #expect(try await app.get("/monitor/vergelijk").status == .ok)
            #expect(try await app.get("/").body.string.contains("href=\"/monitor\""))
        }
    }

    @Test(.disabled(if: sharedFile(kwb, "kwb2015_gemeenten_nl.csv") == nil, "the shared CBS data is not beside the repository"))
    func withValuesButNoBoundariesTheTableShowsAndTheCommandIsNamed() async throws {
        try await withStip { app in
            _ = try await Self.importShared(app, tables: ["kwb2015_gemeenten_nl.csv"], boundaries: nil)
            let page = try await app.get("/monitor?niveau=gemeente").body.string
            #expect(page.contains("Er zijn nog geen grenzen van gemeenten opgeslagen"))
            #expect(page.contains("stip monitor import zuid-limburg_gemeente_2015.geojson --year 2015"))
            #expect(page.contains(">Heerlen</a>"))
            #expect(!page.contains("<path d="))
        }
    }
}
