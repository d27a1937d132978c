public enum ActionEditor: EntityEditor {
    public static let kind = EntityKind.actions

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.line, .choice(register.actionLines.map { Choice($0.id, .name("\($0.number). \($0.title)")) }), required: true, onCreateOnly: true),
            FormField(.term, .choice(Action.Term.allCases.map { Choice($0.rawValue, .term($0)) }), required: true, onCreateOnly: true),
            FormField(.title, .longText, required: true),
            FormField(.status, .choice(Action.Status.allCases.map { Choice($0.rawValue, .actionStatus($0)) }), required: true),
            FormField(.period, .choice(register.periods.map { Choice($0.id, .name($0.label)) })),
            FormField(.year, .integer),
            FormField(.approximate, .flag),
            FormField(.ownerTeam, .choice(register.teams.map { Choice($0.id, .name($0.name)) })),
            FormField(.ownerOrganisation, .choice(register.organisations.map { Choice($0.id, .name($0.name)) })),
            FormField(.details, .lines),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.action(id).map { action in
            FieldValues([(.id, action.id), (.line, action.line), (.term, action.term.rawValue), (.title, action.title),
                         (.status, action.status.rawValue), (.period, action.period), (.year, action.year.map(String.init)),
                         (.approximate, action.approximate ? "true" : nil), (.ownerTeam, action.ownerTeam),
                         (.ownerOrganisation, action.ownerOrganisation), (.details, action.details.asLines)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let existing = id.flatMap(register.action)
        // Line and term are where the plan puts an action; they are chosen once, when it is made.
        let line = existing?.line ?? reader.reference(.line, among: register.actionLines.map(\.id), required: true)
        let term = existing?.term ?? reader.choice(.term, Action.Term.self, required: true)
        let title = reader.text(.title, required: true)
        let id = id ?? reader.newID(fromName: "\(line ?? "actie") \(title?.prefix(40) ?? "")", taken: register.actions.map(\.id), fallback: "actie")
        let position = existing?.position ?? ((register.actions.filter { $0.line == line }.map(\.position).max() ?? 0) + 1)
        let action = Action(
            id: id, line: line ?? "", position: position, title: title ?? "", term: term ?? .short, section: existing?.section ?? .main,
            period: reader.reference(.period, among: register.periods.map(\.id)), year: reader.integer(.year, allowed: 2000...2100),
            approximate: reader.flag(.approximate), details: reader.lines(.details),
            status: reader.choice(.status, Action.Status.self, required: true) ?? .planned,
            ownerTeam: reader.reference(.ownerTeam, among: register.teams.map(\.id)),
            ownerOrganisation: reader.reference(.ownerOrganisation, among: register.organisations.map(\.id)),
            version: existing?.version ?? 1)
        let outcome = reader.outcome(id)
        if case .success = outcome {
            if let index = register.actions.firstIndex(where: { $0.id == id }) { register.actions[index] = action } else { register.actions.append(action) }
        }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] { [] }

    public static func remove(_ id: String, from register: inout Register) {
        register.actions.removeAll { $0.id == id }
    }

    public static func team(of id: String, in register: Register) -> String? {
        register.action(id).flatMap { register.team(of: $0)?.id }
    }
}
