import Monitor
import Vapor

/// What a monitor page shows, read from its query string: `niveau`, `jaar`, `kaart`, `regio`,
/// `legenda`, `sorteer`. Every value comes from a small vocabulary, so links need no escaping.
struct MonitorQuery: Sendable, Hashable {
    /// The map's layer: the index, a theme's score, or an indicator's value.
    enum Layer: Sendable, Hashable {
        case index
        case theme(String)
        case indicator(String)

        init(parameter text: String) {
            if text == "index" { self = .index }
            else if text.hasPrefix("theme:") { self = .theme(String(text.dropFirst(6))) }
            else { self = .indicator(text) }
        }

        var parameter: String {
            switch self {
            case .index: "index"
            case let .theme(id): "theme:\(id)"
            case let .indicator(id): id
            }
        }
    }

    enum Legend: String, Sendable, Hashable, CaseIterable {
        case quantiles = "kwantielen"
        case equalIntervals = "gelijk"
        /// Five symmetric bands around the national value; see `MapCentre` for what that is per layer.
        case aroundNational = "nl"
    }

    enum SortColumn: String, Sendable, Hashable, CaseIterable {
        case name = "naam", code, value = "waarde"
    }

    struct Sort: Sendable, Hashable {
        var column: SortColumn
        var descending: Bool

        init(column: SortColumn, descending: Bool = false) {
            self.column = column
            self.descending = descending
        }

        init?(parameter text: String) {
            let descending = text.hasPrefix("-")
            guard let column = SortColumn(rawValue: String(text.dropFirst(descending ? 1 : 0))) else { return nil }
            self.init(column: column, descending: descending)
        }

        var parameter: String { (descending ? "-" : "") + column.rawValue }
    }

    /// The whole country instead of a named region.
    static let country = "nl"
    static let defaultRegion = "zuid-limburg"
    static let levels: [AreaLevel] = [.municipality, .district, .neighbourhood]

    var level: AreaLevel = .neighbourhood
    /// Nil is the latest year with values at the level.
    var year: Int?
    var layer: Layer = .index
    var region: String = Self.defaultRegion
    var legend: Legend = .quantiles
    var sort = Sort(column: .name)

    init(level: AreaLevel = .neighbourhood, year: Int? = nil, layer: Layer = .index, region: String = Self.defaultRegion,
         legend: Legend = .quantiles, sort: Sort = Sort(column: .name)) {
        self.level = level
        self.year = year
        self.layer = layer
        self.region = region
        self.legend = legend
        self.sort = sort
    }

    /// Reads the query; a value outside the vocabulary is a page that does not exist.
    init(_ request: Request) throws {
        func text(_ name: String) -> String? {
            guard let value = request.query[String.self, at: name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        if let value = text("niveau") {
            guard let level = AreaLevel(rawValue: value), Self.levels.contains(level) else { throw AppError.notFound(kind: "niveau", id: value) }
            self.level = level
        }
        if let value = text("jaar") {
            guard let year = Int(value), (1900...2200).contains(year) else { throw AppError.notFound(kind: "jaar", id: value) }
            self.year = year
        }
        if let value = text("kaart") {
            guard value.count <= 80, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ":") }) else {
                throw AppError.notFound(kind: "kaartlaag", id: String(value.prefix(80)))
            }
            layer = Layer(parameter: value)
        }
        if let value = text("regio") {
            guard value.count <= 60, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw AppError.notFound(kind: "regio", id: String(value.prefix(60)))
            }
            region = value.lowercased()
        }
        if let value = text("legenda") {
            guard let legend = Legend(rawValue: value) else { throw AppError.notFound(kind: "legenda", id: value) }
            self.legend = legend
        }
        if let value = text("sorteer") {
            guard let sort = Sort(parameter: value) else { throw AppError.notFound(kind: "sortering", id: value) }
            self.sort = sort
        }
    }

    /// The query string that gives this view, with only what differs from the defaults.
    var queryString: String {
        var pairs: [(String, String)] = []
        if level != .neighbourhood { pairs.append(("niveau", level.rawValue)) }
        if let year { pairs.append(("jaar", String(year))) }
        if layer != .index { pairs.append(("kaart", layer.parameter)) }
        if region != Self.defaultRegion { pairs.append(("regio", region)) }
        if legend != .quantiles { pairs.append(("legenda", legend.rawValue)) }
        if sort != Sort(column: .name) { pairs.append(("sorteer", sort.parameter)) }
        return pairs.isEmpty ? "" : "?" + pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    func with(_ change: (inout MonitorQuery) -> Void) -> MonitorQuery {
        var copy = self
        change(&copy)
        return copy
    }
}
