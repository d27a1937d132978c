import Foundation

/// What a person changes of an action, as typed into a form or sent to the API, checked
/// against the register before anything is saved.
public struct ActionEdit: Codable, Sendable, Equatable {
    public var title: String
    public var status: Action.Status
    public var period: String?
    public var year: Int?
    public var ownerTeam: String?
    public var ownerOrganisation: String?
    /// The version the edit started from.
    public var version: Int

    public init(title: String, status: Action.Status, period: String? = nil, year: Int? = nil,
                ownerTeam: String? = nil, ownerOrganisation: String? = nil, version: Int) {
        self.title = title
        self.status = status
        self.period = period
        self.year = year
        self.ownerTeam = ownerTeam
        self.ownerOrganisation = ownerOrganisation
        self.version = version
    }

    public init(_ action: Action) {
        self.init(title: action.title, status: action.status, period: action.period, year: action.year,
                  ownerTeam: action.ownerTeam, ownerOrganisation: action.ownerOrganisation, version: action.version)
    }

    /// A field that cannot be saved as it is, and why.
    public enum Problem: Sendable, Equatable {
        case titleEmpty
        case unknownPeriod(String)
        case implausibleYear(Int)
        case unknownTeam(String)
        case unknownOrganisation(String)

        public var field: String {
            switch self {
            case .titleEmpty: "title"
            case .unknownPeriod: "period"
            case .implausibleYear: "year"
            case .unknownTeam: "ownerTeam"
            case .unknownOrganisation: "ownerOrganisation"
            }
        }
    }

    public func problems(in register: Register) -> [Problem] {
        var problems: [Problem] = []
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.titleEmpty) }
        if let period, register.period(period) == nil { problems.append(.unknownPeriod(period)) }
        if let year, !(2000...2100).contains(year) { problems.append(.implausibleYear(year)) }
        if let ownerTeam, register.team(ownerTeam) == nil { problems.append(.unknownTeam(ownerTeam)) }
        if let ownerOrganisation, register.organisation(ownerOrganisation) == nil { problems.append(.unknownOrganisation(ownerOrganisation)) }
        return problems
    }

    /// The action as it is after the edit, one version on.
    public func applied(to action: Action) -> Action {
        var edited = action
        edited.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        edited.status = status
        edited.period = period
        edited.year = year
        edited.ownerTeam = ownerTeam
        edited.ownerOrganisation = ownerOrganisation
        edited.version = action.version + 1
        return edited
    }
}
