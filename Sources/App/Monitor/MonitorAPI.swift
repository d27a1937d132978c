import Foundation
import Monitor
import Vapor

/// `/api/v1/monitor/areas` (a region's areas at a level with the chosen layer's value, the
/// same query as `/monitor`) and `/api/v1/monitor/areas/{code}` (one area's profile).
struct MonitorAPI: Sendable {
    let data: @Sendable () throws -> MonitorData
    let l: Localizer

    func register(on api: any RoutesBuilder) {
        api.get(.monitor(.apiAreas(MonitorQuery()))) { request in
            try APIQueryParameter.check(request, MonitorOpenAPI.areasParameters)
            let model = try await MonitorMapPage.load(try MonitorQuery(request), data: try data(), l)
            return try Response.json(APIMonitorAreas(model))
        }
        api.get(.monitor(.apiAreaRoute)) { request in
            let code = try MonitorRoutes.code(request)
            try APIQueryParameter.check(request, MonitorOpenAPI.areaParameters)
            let year = try MonitorQuery(request).year
            return try Response.json(APIAreaProfile(try await AreaProfilePage.load(code, year: year, data: try data())))
        }
    }
}

struct APIMonitorAreas: Encodable {
    struct Area: Encodable {
        var code: String
        var name: String
        var municipality: String
        var value: Double?
        var rank: Int?
    }

    /// Null when nothing has been imported yet.
    var year: Int?
    var level: String
    var region: String
    var layer: String
    var layerName: String
    var rankedCount: Int
    var areas: [Area]

    init(_ model: MonitorMapPage.Model) {
        year = model.hasData ? model.year : nil
        level = model.query.level.rawValue
        region = model.query.region
        layer = model.query.layer.parameter
        layerName = model.layerName
        rankedCount = model.rankedCount
        areas = model.rows.map { Area(code: $0.code.description, name: $0.name, municipality: $0.municipality,
                                      value: $0.value.flatMap { $0.isFinite ? $0 : nil }, rank: $0.rank) }
    }
}

struct APIAreaProfile: Encodable {
    struct IndicatorValue: Encodable {
        var id: String
        var name: String
        var unit: String
        var theme: String
        var value: Double?
        var national: Double?
        var percentile: Double?
        var changeSinceBaseline: Double?
        var trend: [YearValue]
    }

    struct YearValue: Encodable {
        var year: Int
        var value: Double
    }

    /// The rank under other reasonable weights (step 8), over every area of the level in the country.
    struct RankRobustness: Encodable {
        var medianRank: Double
        var rankP5: Double
        var rankP95: Double
        var draws: Int
        /// The draws in which the area had a rank; the statistics are over these.
        var rankedDraws: Int
        var alpha: Double
        var seed: UInt64
    }

    struct ThemeScore: Encodable {
        var theme: String
        var name: String
        var score: Double?
    }

    var code: String
    var name: String
    var level: String
    var year: Int
    var years: [Int]
    var parents: [String]
    var children: [String]
    var index: Double?
    var rank: Int?
    var rankedCount: Int
    var robustness: RankRobustness?
    var baselineYear: Int?
    var themes: [ThemeScore]
    var indicators: [IndicatorValue]

    init(_ model: AreaProfilePage.Model) {
        func finite(_ value: Double?) -> Double? { value.flatMap { $0.isFinite ? $0 : nil } }
        code = model.code.description
        name = model.name
        level = model.code.level.rawValue
        year = model.year
        years = model.years
        parents = model.parents.map(\.code.description)
        children = model.children.map(\.code.description)
        index = finite(model.index)
        rank = model.rank
        rankedCount = model.rankedCount
        if let found = model.robustness, let median = found.medianRank, let low = found.rankPercentile5, let high = found.rankPercentile95 {
            robustness = RankRobustness(medianRank: median, rankP5: low, rankP95: high, draws: model.robustnessSettings.drawCount,
                                        rankedDraws: found.rankedDraws, alpha: model.robustnessSettings.alpha, seed: model.robustnessSettings.seed)
        }
        baselineYear = model.baselineYear
        themes = model.themes.map { ThemeScore(theme: $0.theme.rawValue, name: $0.theme.nameNL, score: finite($0.score)) }
        indicators = model.rows.map { row in
            IndicatorValue(id: row.indicator.id, name: row.indicator.nameNL, unit: row.indicator.unit, theme: row.indicator.theme.rawValue,
                           value: finite(row.value), national: finite(row.national), percentile: finite(row.percentile),
                           changeSinceBaseline: finite(row.change), trend: row.trend.map { YearValue(year: $0.year, value: $0.value) })
        }
    }
}
