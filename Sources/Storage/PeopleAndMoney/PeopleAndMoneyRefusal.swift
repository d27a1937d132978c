/// Why the store did not make a people-and-money change. Nothing of the change is kept.
public enum PeopleAndMoneyRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// `load` without `replacing` on a database that already holds people and money.
    case alreadyLoaded
    case unknownParty(String)
    case unknownActivity(String)
    case unknownBudgetLine(String)
    /// A new review or investment with an id another one has.
    case idTaken(String)
    case notFound(String)
    /// Someone saved a newer version since the edit began; `version` is the one stored now.
    case conflict(version: Int)

    public var description: String {
        switch self {
        case .alreadyLoaded: "the database already holds people and money; use --replace to replace them"
        case let .unknownParty(id): "'\(id)' is not a party of the tables"
        case let .unknownActivity(id): "'\(id)' is not an activity of the Tabel Mensen"
        case let .unknownBudgetLine(id): "'\(id)' is not a budget line"
        case let .idTaken(id): "the id '\(id)' is already in use"
        case let .notFound(id): "there is no '\(id)'"
        case let .conflict(version): "someone saved a newer version (\(version)) since this edit began"
        }
    }
}
