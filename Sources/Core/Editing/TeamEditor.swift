public enum TeamEditor: EntityEditor {
    public static let kind = EntityKind.teams

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.name, .text, required: true),
            FormField(.parent, .choice(register.teams.map { Choice($0.id, .name($0.name)) })),
            FormField(.actionLine, .choice(register.actionLines.map { Choice($0.id, .name("\($0.number). \($0.title)")) })),
            FormField(.governmentRole, .choice(GovernmentRole.allCases.map { Choice($0.rawValue, .governmentRole($0)) })),
            FormField(.description, .longText),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.team(id).map { team in
            FieldValues([(.id, team.id), (.name, team.name), (.parent, team.parent), (.actionLine, team.actionLine),
                         (.governmentRole, team.governmentRole?.rawValue), (.description, team.description)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let name = reader.text(.name, required: true)
        let id = id ?? reader.newID(fromName: name, taken: register.teams.map(\.id), fallback: "team")
        let parent = reader.reference(.parent, among: register.teams.map(\.id))
        if let parent, hangsUnder(parent, id, in: register) { reader.report(.parent, .cycle) }
        let team = TaskTeam(id: id, name: name ?? "", parent: parent,
                            actionLine: reader.reference(.actionLine, among: register.actionLines.map(\.id)),
                            governmentRole: reader.choice(.governmentRole, GovernmentRole.self), description: reader.text(.description))
        let outcome = reader.outcome(id)
        if case .success = outcome { register.teams.upsert(team) }
        return outcome
    }

    /// Whether `team` is `ancestor` or hangs below it, following parents upwards.
    static func hangsUnder(_ team: String, _ ancestor: String, in register: Register) -> Bool {
        var current: String? = team, seen = Set<String>()
        while let id = current, seen.insert(id).inserted {
            if id == ancestor { return true }
            current = register.team(id)?.parent
        }
        return false
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.teams.filter { $0.parent == id }.map { EntityReference(.teams, $0.id) }
            + register.memberships.filter { $0.team == id }.map { EntityReference(.memberships, $0.id) }
            + register.actions.filter { $0.ownerTeam == id }.map { EntityReference(.actions, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.teams.removeAll { $0.id == id }
    }

    public static func team(of id: String, in register: Register) -> String? { id }
}
