/// Who may measure a target: the regiegroep, and the aanvoerders of the teams working on a line
/// of the target's ambition.
public enum TargetRights {
    /// The teams whose aanvoerder may measure the ambition's targets: those working on one of its lines.
    public static func teams(of ambition: Ambition, in register: Register) -> [String] {
        let lines = Set(register.actionLines(for: ambition).map(\.id))
        return register.teams.filter { !$0.isSubTeam && $0.actionLine.map(lines.contains) == true }.map(\.id)
    }

    public static func permissions(_ ambition: Ambition, in register: Register) -> [Permission] {
        [.editRegister] + teams(of: ambition, in: register).map(Permission.editTeam)
    }

    public static func mayMeasure(_ ambition: Ambition, in register: Register, by account: Account?) -> Bool {
        permissions(ambition, in: register).contains { $0.isAllowed(for: account) }
    }

    public static func requireMeasure(_ ambition: Ambition, in register: Register, by account: Account?) throws(AccessRefusal) {
        try Permission.require(anyOf: permissions(ambition, in: register), for: account)
    }
}
