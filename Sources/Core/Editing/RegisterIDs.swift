extension Register {
    /// The ids of every record of a kind, in the register's order.
    public func ids(of kind: EntityKind) -> [String] {
        switch kind {
        case .challenges: challenges.map(\.id)
        case .ambitions: ambitions.map(\.id)
        case .targets: ambitions.flatMap(\.targets).map(\.id)
        case .actionLines: actionLines.map(\.id)
        case .actions: actions.map(\.id)
        case .programmes: programmes.map(\.id)
        case .organisations: organisations.map(\.id)
        case .dependencies: dependencies.map(\.id)
        case .people: people.map(\.id)
        case .bodies: bodies.map(\.id)
        case .teams: teams.map(\.id)
        case .memberships: memberships.map(\.id)
        }
    }
}
