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
        }
    }
}
