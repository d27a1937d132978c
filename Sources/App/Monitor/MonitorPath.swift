import Monitor

/// The addresses of the monitor, reached from `SiteURL.monitor`.
enum MonitorPath: Sendable, Equatable {
    case map(MonitorQuery)
    case csv(MonitorQuery)
    case svg(MonitorQuery)
    case geoJSON(MonitorQuery)
    case area(AreaCode, year: Int?)
    case compare([AreaCode])
    case stylesheet
    case apiAreas(MonitorQuery)
    case apiArea(AreaCode)
    /// The focus decision: the criteria form (nil: the defaults), saving, the saved decisions.
    case focus(FocusQuery?)
    case focusSave
    case focusDecisions
    case focusDecision(String)
    case focusComparison(String)
    case apiFocus(FocusQuery)
    case apiFocusDecisions
    case apiFocusDecision(String)
    case apiFocusComparison(String)
    /// The routes `area` and `apiArea` are served by: an `AreaCode` cannot be a placeholder, so
    /// these name the code's place as a parameter. Routes only; links use `area` and `apiArea`.
    case areaRoute
    case apiAreaRoute

    static let base = "/monitor"
    static let api = APIPath.prefix + "/monitor"

    var path: String {
        switch self {
        case let .map(query): Self.base + query.queryString
        case let .csv(query): Self.base + ".csv" + query.queryString
        case let .svg(query): Self.base + ".svg" + query.queryString
        case let .geoJSON(query): Self.base + ".geojson" + query.queryString
        case let .area(code, year): "\(Self.base)/gebieden/\(code)" + (year.map { "?jaar=\($0)" } ?? "")
        case let .compare(codes): "\(Self.base)/vergelijk" + (codes.isEmpty ? "" : "?gebieden=" + codes.map(\.description).joined(separator: ","))
        case .stylesheet: "/static/monitor.css"
        case let .apiAreas(query): Self.api + "/areas" + query.queryString
        case let .apiArea(code): "\(Self.api)/areas/\(code)"
        case .areaRoute: "\(Self.base)/gebieden/:code"
        case .apiAreaRoute: "\(Self.api)/areas/:code"
        case let .focus(query): "\(Self.base)/focus" + (query?.queryString ?? "")
        case .focusSave, .focusDecisions: "\(Self.base)/focus/besluiten"
        case let .focusDecision(id): "\(Self.base)/focus/besluiten/\(id)"
        case let .focusComparison(id): "\(Self.base)/focus/besluiten/\(id)/vergelijk"
        case let .apiFocus(query): "\(Self.api)/focus" + query.queryString
        case .apiFocusDecisions: "\(Self.api)/focus/decisions"
        case let .apiFocusDecision(id): "\(Self.api)/focus/decisions/\(id)"
        case let .apiFocusComparison(id): "\(Self.api)/focus/decisions/\(id)/comparison"
        }
    }
}
