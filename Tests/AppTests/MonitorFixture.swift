import Foundation
@testable import App
import Monitor
import Seeds
import StipTestSupport
import Storage

/// A small invented monitor, so that its pages render without CBS data: one municipality of six
/// neighbourhoods in two districts, invented values for 2015 and 2016 with the country's beside
/// them, the 2015 values adopted as the nulmeting, and a square of about a kilometre for each.
enum MonitorFixture {
    static let year = 2016
    static let municipality = AreaCode("GM9901")!
    static let region = RegionDefinition(id: "heuvelland", nameNL: "Verzonnen Heuvelland", nameEN: "Invented Hills",
                                         periods: [.init(years: 2000...2030, municipalities: [municipality])])

    static let names: [(code: String, name: String)] = [
        ("GM9901", "Verzonnen"), ("WK990101", "Centrum"), ("WK990102", "Buitenwijken"),
        ("BU99010101", "Oude Kern"), ("BU99010102", "Molenveld"), ("BU99010103", "Beekdal"),
        ("BU99010201", "Heide"), ("BU99010202", "Groeneweg"), ("BU99010203", "Hoogveld"),
    ]

    /// Two context indicators (inhabitants, share of 65+) and four that score, of three themes.
    static let indicators = ["inwoners", "aandeel-65-plus", "bijstand", "ww-uitkering", "ao-uitkering", "autos-per-km2"]

    /// Per neighbourhood, in `indicators` order.
    static let values2016: [String: [Double]] = [
        "BU99010101": [2_480, 24, 6.1, 3.2, 7.9, 1_450],
        "BU99010102": [1_310, 19, 3.4, 2.1, 5.2, 820],
        "BU99010103": [640, 27, 1.2, 1.4, 4.1, 310],
        "BU99010201": [95, 31, 0.8, 1.0, 3.6, 120],
        "BU99010202": [1_870, 17, 4.9, 2.8, 6.4, 990],
        "BU99010203": [1_120, 22, 2.3, 1.9, 4.8, 540],
    ]
    static let national2016: [Double] = [16_979_120, 18, 4.0, 2.5, 5.6, 260]

    /// 2015: every value a little different, so the profile has a change since the nulmeting and a trend.
    static func values(_ year: Int) -> [String: [Double]] {
        year == 2016 ? values2016 : values2016.mapValues { row in row.enumerated().map { $0 == 0 ? $1 - 20 : ($1 * 1.05).rounded(toPlaces: 1) } }
    }

    static func observations(_ year: Int) -> [Observation] {
        var observations: [Observation] = []
        for (code, row) in values(year) {
            for (indicator, value) in zip(indicators, row) {
                observations.append(Observation(area: AreaCode(code)!, year: year, indicator: indicator, value: value))
            }
        }
        let national = year == 2016 ? national2016 : national2016.map { ($0 * 1.02).rounded(toPlaces: 1) }
        for (indicator, value) in zip(indicators, national) {
            observations.append(Observation(area: .netherlands, year: year, indicator: indicator, value: value))
        }
        return observations.sorted { ($0.area, $0.indicator) < ($1.area, $1.indicator) }
    }

    static func areas(_ year: Int) -> [Area] {
        names.map { code, name in
            let area = AreaCode(code)!
            return Area(code: area, name: name, year: year, parent: area.level == .neighbourhood ? area.district : area.municipality == area ? nil : area.municipality)
        }
    }

    /// Neighbourhood i of six lies in column i % 3 and row i / 3 of a grid of squares near Maastricht.
    static var boundaries: [Boundary] {
        names.filter { $0.code.hasPrefix("BU") }.enumerated().map { index, area in
            let west = 5.80 + 0.015 * Double(index % 3), north = 50.86 - 0.01 * Double(index / 3)
            let corners = [(west, north), (west + 0.015, north), (west + 0.015, north - 0.01), (west, north - 0.01), (west, north)]
            return Boundary(code: AreaCode(area.code)!, name: area.name, rings: [corners.map { Coordinate(longitude: $0.0, latitude: $0.1) }])
        }
    }

    static func importResult(_ year: Int) -> ImportResult {
        let observations = observations(year)
        return ImportResult(file: "verzonnen-buurten-\(year).csv", observations: observations, rowsRead: 7, rowsSkipped: 0, bytesRead: 700,
                            checksum: "fixture-\(year)", years: [year], indicators: [], absentIndicators: [], areas: areas(year))
    }

    /// The monitor's data over a fresh database holding the fixture; `empty` leaves out every import.
    static func withData<T: Sendable>(empty: Bool = false, _ body: (MonitorData, StipDatabase) async throws -> T) async throws -> T {
        try await ScratchDatabase(kind: .sqlite).with { database in
            let store = MonitorStore(database: database)
            if !empty {
                for year in [2015, 2016] { _ = try await store.importFile(importResult(year), areas: areas(year), by: "MonitorFixture") }
                _ = try await store.adoptBaseline(year: 2015, definition: "{}", by: "MonitorFixture")
                try await store.storeBoundaries(boundaries, year: 2016, file: "verzonnen-buurten.geojson", by: "MonitorFixture")
            }
            let data = MonitorData(store: store, catalogue: try SeedFile.indicatorCatalogue(), regions: RegionCatalogue(definitions: [region]))
            return try await body(data, database)
        }
    }
}

private extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = Foundation.pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
