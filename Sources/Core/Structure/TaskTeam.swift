/// An *opgaveteam*, or a *deelteam* that grew out of one (ch. 4.3-4.4).
public struct TaskTeam: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// The team a sub-team belongs to; nil for a task team.
    public var parent: String?
    /// The action line the team works on.
    public var actionLine: String?
    /// The role government takes in this team, once agreed ('per opgave bekijken welke rol passend is').
    public var governmentRole: GovernmentRole?
    public var description: String?

    public init(id: String, name: String, parent: String? = nil, actionLine: String? = nil, governmentRole: GovernmentRole? = nil, description: String? = nil) {
        self.id = id
        self.name = name
        self.parent = parent
        self.actionLine = actionLine
        self.governmentRole = governmentRole
        self.description = description
    }

    public var isSubTeam: Bool { parent != nil }
}

/// The roles the plan names for government in a team (ch. 4.3 and 4.4).
public enum GovernmentRole: String, Codable, Sendable, CaseIterable {
    case steering, facilitating, thinkingAlong, leading, supporting, enabling
}
