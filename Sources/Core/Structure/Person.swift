/// Someone who takes part in the structure, on behalf of an organisation.
public struct Person: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var organisation: String?

    public init(id: String, name: String, organisation: String? = nil) {
        self.id = id
        self.name = name
        self.organisation = organisation
    }
}

/// A person's place in a team or a body for a stretch of time: teams change, their history stays.
public struct Membership: Codable, Sendable, Equatable, Identifiable {
    public enum Role: String, Codable, Sendable, CaseIterable {
        case member
        /// The *aanvoerder*: the team's point of contact, who connects it with the other teams.
        case captain
        /// A regional administrator who adopts and facilitates the team.
        case adoptingAdministrator
        /// A delegate of the Rijk who adopts and facilitates the team.
        case rijkDelegate
        case secretary
        case chair
    }

    public var id: String
    public var person: String
    /// Exactly one of `team` and `body` is set.
    public var team: String?
    public var body: String?
    public var role: Role
    /// ISO dates (yyyy-mm-dd); `until` is the last day, nil while it lasts.
    public var from: String
    public var until: String?

    public init(id: String, person: String, team: String? = nil, body: String? = nil, role: Role, from: String, until: String? = nil) {
        self.id = id
        self.person = person
        self.team = team
        self.body = body
        self.role = role
        self.from = from
        self.until = until
    }

    /// Whether it holds on a day (ISO dates compare as text).
    public func isActive(on day: String) -> Bool {
        from <= day && (until.map { day <= $0 } ?? true)
    }
}
