import Foundation

/// A person's place in a team or body for a period; shown on the team's or the body's page.
public enum MembershipEditor: EntityEditor {
    public static let kind = EntityKind.memberships

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.person, .choice(register.people.map { Choice($0.id, .name($0.name)) }), required: true),
            FormField(.team, .choice(register.teams.map { Choice($0.id, .name($0.name)) })),
            FormField(.body, .choice(register.bodies.map { Choice($0.id, .name($0.name)) })),
            FormField(.role, .choice(Membership.Role.allCases.map { Choice($0.rawValue, .membershipRole($0)) }), required: true),
            FormField(.from, .date, required: true),
            FormField(.until, .date),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.memberships.first { $0.id == id }.map { membership in
            FieldValues([(.person, membership.person), (.team, membership.team), (.body, membership.body),
                         (.role, membership.role.rawValue), (.from, membership.from), (.until, membership.until)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let id = id ?? UUID().uuidString.lowercased()
        let team = reader.reference(.team, among: register.teams.map(\.id))
        let body = reader.reference(.body, among: register.bodies.map(\.id))
        if (team == nil) == (body == nil), reader.problems[.team] == nil, reader.problems[.body] == nil { reader.report(.team, .teamOrBody) }
        let from = reader.date(.from, required: true)
        let until = reader.date(.until)
        if let from, let until, until < from { reader.report(.until, .endsBeforeStart) }
        let membership = Membership(
            id: id, person: reader.reference(.person, among: register.people.map(\.id), required: true) ?? "", team: team, body: body,
            role: reader.choice(.role, Membership.Role.self, required: true) ?? .member, from: from ?? "", until: until)
        let outcome = reader.outcome(id)
        if case .success = outcome { register.memberships.upsert(membership) }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] { [] }

    public static func remove(_ id: String, from register: inout Register) {
        register.memberships.removeAll { $0.id == id }
    }

    public static func team(of id: String, in register: Register) -> String? {
        register.memberships.first { $0.id == id }?.team
    }

    public static func owner(of id: String, in register: Register) -> EntityReference {
        guard let membership = register.memberships.first(where: { $0.id == id }) else { return EntityReference(kind, id) }
        if let team = membership.team { return EntityReference(.teams, team) }
        return membership.body.map { EntityReference(.bodies, $0) } ?? EntityReference(kind, id)
    }
}
