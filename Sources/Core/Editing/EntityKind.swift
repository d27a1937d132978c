/// The kinds of record a person can create, edit and delete. The raw value is the name the
/// API and the audit trail use for the collection.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case challenges
    case ambitions
    case targets
    case actionLines = "action-lines"
    case actions
    case programmes
    case organisations
    case dependencies
    case people
    case bodies
    case teams
    case memberships

    /// The editor that knows this kind's fields, checks and references.
    public var editor: any EntityEditor.Type {
        switch self {
        case .challenges: ChallengeEditor.self
        case .ambitions: AmbitionEditor.self
        case .targets: TargetEditor.self
        case .actionLines: ActionLineEditor.self
        case .actions: ActionEditor.self
        case .programmes: ProgrammeEditor.self
        case .organisations: OrganisationEditor.self
        case .dependencies: DependencyEditor.self
        case .people: PersonEditor.self
        case .bodies: BodyEditor.self
        case .teams: TeamEditor.self
        case .memberships: MembershipEditor.self
        }
    }
}

/// One record of the register, by kind and id.
public struct EntityReference: Hashable, Sendable, Codable {
    public var kind: EntityKind
    public var id: String

    public init(_ kind: EntityKind, _ id: String) {
        self.kind = kind
        self.id = id
    }
}
