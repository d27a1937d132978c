/// The addresses of the targets, reached from `SiteURL.targets`.
enum TargetsPath: Sendable, Equatable {
    case dashboard
    /// One target's row on the dashboard.
    case target(String)
    case newMeasurement(String)
    case apiList
    case apiItem(String)

    static let base = "/doelen"

    var path: String {
        switch self {
        case .dashboard: Self.base
        case let .target(id): "\(Self.base)#doel-\(id)"
        case let .newMeasurement(id): "\(Self.base)/\(id)/metingen/nieuw"
        case .apiList: "\(APIPath.prefix)/targets"
        case let .apiItem(id): "\(APIPath.prefix)/targets/\(id)"
        }
    }
}
