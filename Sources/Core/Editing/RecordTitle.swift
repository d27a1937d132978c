extension Register {
    /// What a record is called on screen: its title or name, or for a record without one, what it joins.
    public func title(of reference: EntityReference) -> String {
        let id = reference.id
        switch reference.kind {
        case .challenges: return challenge(id)?.title ?? id
        case .ambitions: return ambition(id)?.title ?? id
        case .targets: return ambitions.lazy.flatMap(\.targets).first { $0.id == id }?.text ?? id
        case .actionLines: return actionLine(id)?.title ?? id
        case .actions: return action(id)?.title ?? id
        case .programmes: return programme(id)?.name ?? id
        case .organisations: return organisation(id)?.name ?? id
        case .dependencies: return dependencies.first { $0.id == id }?.text ?? id
        case .people: return person(id)?.name ?? id
        case .bodies: return body(id)?.name ?? id
        case .teams: return team(id)?.name ?? id
        case .memberships:
            guard let membership = memberships.first(where: { $0.id == id }) else { return id }
            let place = membership.team.flatMap(team)?.name ?? membership.body.flatMap(body)?.name ?? ""
            return "\(person(membership.person)?.name ?? membership.person) – \(place)"
        }
    }
}

extension Register {
    /// Whether the register still holds the record.
    public func contains(_ reference: EntityReference) -> Bool {
        let id = reference.id
        return switch reference.kind {
        case .challenges: challenge(id) != nil
        case .ambitions: ambition(id) != nil
        case .targets: ambitions.contains { $0.targets.contains { $0.id == id } }
        case .actionLines: actionLine(id) != nil
        case .actions: action(id) != nil
        case .programmes: programme(id) != nil
        case .organisations: organisation(id) != nil
        case .dependencies: dependencies.contains { $0.id == id }
        case .people: person(id) != nil
        case .bodies: body(id) != nil
        case .teams: team(id) != nil
        case .memberships: memberships.contains { $0.id == id }
        }
    }
}
