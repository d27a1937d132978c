/// The addresses of the targets, reached from `SiteURL.targets`.
enum TargetsPath: Sendable, Equatable {
    case dashboard
    /// One target's row on the dashboard.
    case target(String)
    case newMeasurement(String)
    /// One measurement of a target, to change or remove: (target, measurement).
    case editMeasurement(String, String)
    case deleteMeasurement(String, String)
    /// A gap measurement computed from the monitor's values.
    case monitorMeasurement(String)
    case apiList
    case apiItem(String)

    static let base = "/doelen"

    var path: String {
        switch self {
        case .dashboard: Self.base
        case let .target(id): "\(Self.base)#doel-\(id)"
        case let .newMeasurement(id): "\(Self.base)/\(id)/metingen/nieuw"
        case let .editMeasurement(target, id): "\(Self.base)/\(target)/metingen/\(id)/bewerken"
        case let .deleteMeasurement(target, id): "\(Self.base)/\(target)/metingen/\(id)/verwijderen"
        case let .monitorMeasurement(id): "\(Self.base)/\(id)/metingen/uit-monitor"
        case .apiList: "\(APIPath.prefix)/targets"
        case let .apiItem(id): "\(APIPath.prefix)/targets/\(id)"
        }
    }
}
