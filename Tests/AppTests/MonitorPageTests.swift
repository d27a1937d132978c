@testable import App
import Foundation
import Monitor
import Seeds
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
        let catalogue = try SeedFile.indicatorCatalogue()
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

    /// Boundaries stored again for a year that has them (a corrected file) show on the running
    /// server's next map: the monitor's data revision moves with every boundary file.
    @Test(.disabled(if: sharedDataMissing, "the shared CBS data (shared/data/cbs-wijkbuurtkaart-2015-tno-vr) is not beside the repository"))
    func aSecondBoundaryFileForTheSameYearShowsAtOnce() async throws {
        try await withStip { app in
            let file = try #require(try await Self.importShared(app, tables: ["kwb2015_gemeenten_nl.csv", "kwb2015_buurten_nl.csv"], boundaries: "zuid-limburg_buurt_2015.geojson"))
            func terschuren(_ page: String) -> String? {
                page.components(separatedBy: "<path d=\"").dropFirst().first { $0.contains("(BU09171001)") }.map { String($0.prefix { $0 != "\"" }) }
            }
            let before = try #require(terschuren(try await app.get("/monitor").body.string))
            var corrected = try #require(file.boundaries.first { $0.code.description == "BU09171001" })
            corrected.rings = [corrected.rings[0].map { Coordinate(longitude: $0.longitude + 0.01, latitude: $0.latitude) }]
            try await MonitorStore(database: try #require(app.storage[TestDatabaseKey.self])).storeBoundaries([corrected], year: 2015, file: "correctie.geojson", by: "test")
            let after = try #require(terschuren(try await app.get("/monitor").body.string))
            #expect(after != before, "the corrected outline is drawn on the next page, without a restart")
        }
    }

    @Test(.disabled(if: sharedDataMissing, "the shared CBS data (shared/data/cbs-wijkbuurtkaart-2015-tno-vr) is not beside the repository"))
    func zuidLimburgsNeighbourhoodsOnTheMapInTheTableAndAsProfiles() async throws {
        try await withStip { app in
            let file = try #require(try await Self.importShared(app, tables: ["kwb2015_gemeenten_nl.csv", "kwb2015_buurten_nl.csv"], boundaries: "zuid-limburg_buurt_2015.geojson"))

            let response = try await app.get("/monitor")
            #expect(response.status == .ok)
            let page = response.body.string
            // One path per Zuid-Limburg neighbourhood of the boundary file (which also has two of Echt-Susteren), each with its name in its tooltip.
            let region = try SeedFile.regionCatalogue().definition("zuid-limburg").region(year: 2015)
            let inRegion = file.boundaries.filter { region.contains($0.code) }
            #expect(page.components(separatedBy: "<path d=").count - 1 == inRegion.count)
            #expect(inRegion.count == 406)
            for boundary in inRegion {
                let name = Escaped.svg(boundary.name ?? boundary.code.description)
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

    // MARK: The legend around the national value

    @Test func bandsAroundTheCentreAreSymmetricAndEquallyWide() throws {
        // 0, 1, ..., 100 around 50: the 5th and 95th percentiles are 5 and 95, so the reach is 45 and a band 18 wide.
        let classes = MapClasses.bands(around: 50, sortedValues: (0...100).map(Double.init))
        #expect(classes.map(\.band) == [.farBelow, .below, .around, .above, .farAbove])
        #expect(classes.map(\.lower) == [0, 23, 41, 59, 77])
        #expect(classes.map(\.upper) == [23, 41, 59, 77, 100])
        #expect(classes.map(\.colour) == MapClasses.divergingPalette)

        let counted = MapClasses((0...100).map(Double.init), legend: .aroundNational, centre: 50)
        #expect(counted.classes.map(\.count) == [24, 18, 18, 18, 23])
        #expect(counted.colour(50) == "#f7f7f7")
        #expect(counted.colour(nil) == MapClasses.missing)
    }

    @Test func oneOutlierDoesNotPushEveryAreaIntoTheMiddleBand() throws {
        let values = (0...100).map(Double.init) + [10_000]
        let classes = MapClasses(values, legend: .aroundNational, centre: 50).classes
        // The middle band stays about as narrow as without the outlier; the outlier opens the top band.
        let middle = try #require(classes.first { $0.band == .around })
        #expect(middle.upper - middle.lower < 20)
        #expect(abs(middle.lower + middle.upper - 100) < 1e-9)
        #expect(classes.last?.upper == 10_000)
        #expect(classes.last?.count == 24)
    }

    @Test func aCentreOutsideTheValuesKeepsAllFiveBands() {
        // Every value above the centre: the bands below are empty but shown, so the middle colour still means "around NL".
        let classes = MapClasses((60...100).map(Double.init), legend: .aroundNational, centre: 50).classes
        #expect(classes.count == 5)
        #expect(classes.map(\.count).prefix(2) == [0, 0])
        #expect(classes.map(\.count).reduce(0, +) == 41)
        let around = classes[2]
        #expect(abs((around.lower + around.upper) / 2 - 50) < 1e-9)
        // No spread at all around the centre: one band, around it.
        #expect(MapClasses.bands(around: 7, sortedValues: [7, 7, 7]).map(\.band) == [.around])
    }

    @Test func theCentreIsTheStoredNationalValueOrElseTheCountrysMedian() throws {
        let catalogue = try SeedFile.indicatorCatalogue()
        let codes = ["BU09171001", "BU09171002", "BU09171003", "BU09350101", "BU09350102"].map { AreaCode($0)! }
        var observations: [Observation] = []
        for (position, code) in codes.enumerated() {
            let x = Double(position)
            observations += [Observation(area: code, year: 2015, indicator: "bijstand", value: 2 + x),
                             Observation(area: code, year: 2015, indicator: "ww-uitkering", value: 1 + x * x),
                             Observation(area: code, year: 2015, indicator: "ao-uitkering", value: 6 - x),
                             Observation(area: code, year: 2015, indicator: "autos-per-km2", value: 100 * (x + 1)),
                             Observation(area: code, year: 2015, indicator: "inwoners", value: 1_000)]
        }
        observations.append(Observation(area: .netherlands, year: 2015, indicator: "bijstand", value: 4.2))
        let figures = MonitorFigures(year: 2015, level: .neighbourhood, observations: observations, catalogue: catalogue)

        #expect(MapCentre(layer: .indicator("bijstand"), figures: figures) == MapCentre(value: 4.2, kind: .nationalValue))
        // ww-uitkering: 1, 2, 5, 10, 17 and no NL00 row.
        #expect(MapCentre(layer: .indicator("ww-uitkering"), figures: figures) == MapCentre(value: 5, kind: .countryMedianWithoutNational))
        let indexValues = codes.compactMap { figures.indexValue($0) }
        #expect(indexValues.count == 5)
        let median = try #require(Percentile.type7(indexValues, probability: 0.5))
        #expect(MapCentre(layer: .index, figures: figures) == MapCentre(value: median, kind: .countryMedianOfScores))
        #expect(MapCentre(layer: .indicator("onbekend"), figures: figures) == nil)
    }

    /// How many areas a legend line counts: the number in brackets at its end.
    static func bandCount(_ name: String, in page: String) throws -> Int {
        let match = try #require(page.firstMatch(of: try Regex(">" + name + ": [^<]*\\(([0-9.]+)\\)<")), "\(name)")
        return Int((match.output[1].substring ?? "").replacingOccurrences(of: ".", with: "")) ?? -1
    }

    /// The numbers of a legend line such as 'rond NL: 48,3 tot en met 61,2 (4)'.
    static func band(_ name: String, in page: String) throws -> (lower: Double, upper: Double, count: Int) {
        let pattern = try Regex(">" + name + ": ([-0-9.,]+) tot en met ([-0-9.,]+) \\(([0-9.]+)\\)<")
        let match = try #require(page.firstMatch(of: pattern), "\(name)")
        func number(_ text: Substring?) -> Double {
            Double((text ?? "").replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) ?? .nan
        }
        return (number(match.output[1].substring), number(match.output[2].substring), Int(number(match.output[3].substring)))
    }

    struct AreasJSON: Decodable {
        struct Area: Decodable { var code: String; var value: Double?; var rank: Int? }
        var areas: [Area]
    }

    @Test(.disabled(if: sharedFile(kwb, "zuid-limburg_gemeente_2015.geojson") == nil, "the shared CBS data is not beside the repository"))
    func theLegendAroundNLIsCentredOnTheCountryAndTheDownloadsKeepWorking() async throws {
        try await withStip { app in
            _ = try await Self.importShared(app, tables: ["kwb2015_gemeenten_nl.csv"], boundaries: "zuid-limburg_gemeente_2015.geojson")
            let plain = try await app.get("/monitor?niveau=gemeente").body.string
            #expect(plain.contains("<option value=\"nl\">rond Nederland</option>"))

            let page = try await app.get("/monitor?niveau=gemeente&legenda=nl").body.string
            #expect(page.contains("<option value=\"nl\" selected>rond Nederland</option>"))
            // The centre is the median index of all of the country's municipalities, not of Zuid-Limburg's.
            let country = try JSONDecoder().decode(AreasJSON.self, from: Data(buffer: try await app.get("/api/v1/monitor/areas?niveau=gemeente&regio=nl").body))
            #expect(country.areas.count > 390)
            let median = try #require(Percentile.type7(country.areas.map(\.value), probability: 0.5))
            let l = Localizer()
            #expect(page.contains(">Midden (NL): de mediaan van alle gemeenten in Nederland, \(l.monitorScore(median)).</text>"))
            #expect(page.contains(">Een index of themascore heeft geen landelijke waarde; de helft van de gemeenten scoort lager.</text>"))
            // Five bands, the middle one centred on the median (to the legend's one decimal), every mapped municipality in one of them.
            var counted = 0
            for name in ["ruim onder NL", "onder NL", "rond NL", "boven NL", "ruim boven NL"] { counted += try Self.bandCount(name, in: page) }
            let region = try JSONDecoder().decode(AreasJSON.self, from: Data(buffer: try await app.get("/api/v1/monitor/areas?niveau=gemeente").body))
            #expect(counted == region.areas.filter { $0.value != nil }.count)
            let around = try Self.band("rond NL", in: page)
            #expect(abs((around.lower + around.upper) / 2 - median) <= 0.1)
            let below = try Self.band("onder NL", in: page), above = try Self.band("boven NL", in: page)
            #expect(abs((above.upper - above.lower) - (below.upper - below.lower)) <= 0.2)
            #expect(page.contains("fill=\"#f7f7f7\""))
            // No Zuid-Limburg municipality is far above the country's middle: that band is open-ended, with no made-up top.
            #expect(page.contains(">ruim boven NL: meer dan \(l.monitorScore(above.upper)) (0)</text>"))

            // An indicator without a stored national value: the median, and the legend says why.
            let inhabitants = try await app.get("/monitor?niveau=gemeente&kaart=inwoners&legenda=nl").body.string
            #expect(inhabitants.contains("Er is geen landelijke waarde (NL00) opgeslagen; de helft van de gemeenten heeft een lagere."))

            // The downloads take the option; the CSV and GeoJSON do not depend on the legend, the SVG draws it.
            for path in ["/monitor.csv", "/monitor.geojson", "/api/v1/monitor/areas"] {
                let with = try await app.get(path + "?niveau=gemeente&legenda=nl")
                #expect(with.status == .ok, "\(path)")
                #expect(with.body.string == (try await app.get(path + "?niveau=gemeente").body.string), "\(path)")
            }
            let svg = try await app.get("/monitor.svg?niveau=gemeente&legenda=nl")
            #expect(svg.status == .ok)
            #expect(svg.body.string.contains(">rond NL: "))
            #expect(svg.body.string.contains(">Midden (NL): de mediaan van alle gemeenten in Nederland, "))
            #expect(try await app.get("/monitor?legenda=onbekend").status == .notFound)
        }
    }

    // MARK: The rank under other weights

    @Test(.disabled(if: sharedFile(kwb, "kwb2015_gemeenten_nl.csv") == nil, "the shared CBS data is not beside the repository"))
    func theProfileShowsTheRankUnderOtherReasonableWeights() async throws {
        try await withStip { app in
            _ = try await Self.importShared(app, tables: ["kwb2015_gemeenten_nl.csv"], boundaries: nil)
            let page = try await app.get("/monitor/gebieden/GM0917").body.string

            // The same figures computed directly: every municipality's values, step 8 with the page's settings.
            let store = MonitorStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let observations = try await store.observations(year: 2015, level: .municipality) + store.observations(year: 2015, level: .country)
            let figures = MonitorFigures(year: 2015, level: .municipality, observations: observations, catalogue: try SeedFile.indicatorCatalogue())
            let index = try #require(figures.index)
            let direct = try await Robustness.run(index.dataset, settings: index.request.settings, focus: FocusCriteria(indexPercentile: 10),
                                                  robustness: RobustnessSettings(drawCount: 1_000, alpha: 0.25, seed: 20_201_117))
            let heerlen = direct.unit(try #require(index.dataset.unitPosition(of: "GM0917")))
            let rank = try #require(figures.rank(AreaCode("GM0917")!))
            let low = try #require(heerlen.rankPercentile5), median = try #require(heerlen.medianRank), high = try #require(heerlen.rankPercentile95)
            #expect(low <= median && median <= high)

            let l = Localizer()
            let line = l(.monitor(.robustnessLine(rank: rank, count: figures.rankedCount, low: low, high: high, median: median, draws: 1_000)))
            #expect(line.hasPrefix("Rang \(l.number(rank)) van \(l.number(figures.rankedCount)); bij andere redelijke gewichten tussen rang "))
            #expect(line.hasSuffix(", 1.000 trekkingen)."))
            #expect(page.contains(line))
            #expect(page.contains("aria-labelledby=\"rank-title rank-desc\""))

            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: try await app.get("/api/v1/monitor/areas/GM0917").body)) as? [String: Any])
            let robustness = try #require(json["robustness"] as? [String: Any])
            #expect(robustness["rankP5"] as? Double == low)
            #expect(robustness["medianRank"] as? Double == median)
            #expect(robustness["rankP95"] as? Double == high)
            #expect(robustness["draws"] as? Int == 1_000)
            #expect(robustness["rankedDraws"] as? Int == heerlen.rankedDraws)
        }
    }
}
