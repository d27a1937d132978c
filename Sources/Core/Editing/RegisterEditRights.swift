/// Who may change which record of the register: the regiegroep everything, an aanvoerder only
/// the actions and memberships of their own teams (and a team's sub-teams' members).
public enum RegisterEditRights {
    /// Kinds an aanvoerder may edit for a team of their own.
    static func teamKinds(_ kind: EntityKind) -> Bool { kind == .actions || kind == .memberships }

    /// May `account` edit a record of `kind` that belongs to `teams`?
    public static func requireEdit(_ kind: EntityKind, teams: [String?], by account: Account?) throws(AccessRefusal) {
        if Permission.editRegister.isAllowed(for: account) { return }
        let teams = teams.compactMap { $0 }
        guard teamKinds(kind), !teams.isEmpty else { return try Permission.require(anyOf: [.editRegister], for: account) }
        for team in teams { try Permission.require(anyOf: [.editRegister, .editTeam(team)], for: account) }
    }

    /// May `account` open or change record `id` as it stands in `register`?
    public static func requireEdit(_ kind: EntityKind, id: String, in register: Register, by account: Account?) throws(AccessRefusal) {
        try requireEdit(kind, teams: [kind.editor.team(of: id, in: register)], by: account)
    }

    /// Before a new record has a team: the regiegroep, or an aanvoerder of some team.
    public static func requireStart(_ kind: EntityKind, by account: Account?) throws(AccessRefusal) {
        let teams = account?.teams ?? []
        try requireEdit(kind, teams: teamKinds(kind) && !teams.isEmpty ? [teams[0]] : [nil], by: account)
    }

    /// The record's team before and after the change must both be the person's own.
    public static func requireChange(_ change: RegisterChange, before: Register, applied: AppliedChange, by account: Account?) throws(AccessRefusal) {
        let editor = change.kind.editor
        var teams = [editor.team(of: applied.reference.id, in: applied.register)]
        if case .update = change.operation { teams.append(editor.team(of: applied.reference.id, in: before)) }
        if teamKinds(change.kind), teams.allSatisfy({ $0 == nil }) {
            try Permission.require(anyOf: [.editRegister], for: account)
        }
        try requireEdit(change.kind, teams: teams, by: account)
    }

    /// May `account` change who is in `team`? An aanvoerder of a team also changes its sub-teams.
    public static func requireMembers(of team: TaskTeam, by account: Account?) throws(AccessRefusal) {
        let teams = [team.id] + (team.parent.map { [$0] } ?? [])
        try Permission.require(anyOf: [.editRegister] + teams.map(Permission.editTeam), for: account)
    }
}
