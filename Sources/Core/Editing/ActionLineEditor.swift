public enum ActionLineEditor: EntityEditor {
    public static let kind = EntityKind.actionLines

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.number, .integer, required: true),
            FormField(.title, .text, required: true),
            FormField(.ambition, .choice(register.ambitions.map { Choice($0.id, .name($0.title)) }), required: true),
            FormField(.ambitionText, .longText),
            FormField(.stakeholdersText, .longText),
            FormField(.stakeholders, .choices(register.organisations.map { Choice($0.id, .name($0.name)) })),
            FormField(.shortTermNote, .longText),
            FormField(.outlookNote, .longText),
            FormField(.addedValue, .lines),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.actionLine(id).map { line in
            FieldValues([(.id, line.id), (.number, String(line.number)), (.title, line.title), (.ambition, line.ambition),
                         (.ambitionText, line.ambitionText), (.stakeholdersText, line.stakeholders.text),
                         (.stakeholders, line.stakeholders.organisations.asLines), (.shortTermNote, line.shortTermNote),
                         (.outlookNote, line.outlookNote), (.addedValue, line.addedValue.asLines)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let number = reader.integer(.number, required: true, allowed: 1...99)
        let title = reader.text(.title, required: true)
        let id = id ?? reader.newID(fromName: title, taken: register.actionLines.map(\.id), fallback: "actielijn")
        if let number, register.actionLines.contains(where: { $0.number == number && $0.id != id }) { reader.report(.number, .numberTaken(number)) }
        // 'Voortbouwen op' keeps the plan's wording per programme; it is edited in the plan file, not here.
        let line = ActionLine(
            id: id, number: number ?? 0, title: title ?? "",
            ambition: reader.reference(.ambition, among: register.ambitions.map(\.id), required: true) ?? "",
            ambitionText: reader.text(.ambitionText), buildsOn: register.actionLine(id)?.buildsOn ?? [],
            stakeholders: .init(text: reader.text(.stakeholdersText) ?? "",
                                organisations: reader.references(.stakeholders, among: register.organisations.map(\.id))),
            shortTermNote: reader.text(.shortTermNote), outlookNote: reader.text(.outlookNote), addedValue: reader.lines(.addedValue))
        let outcome = reader.outcome(id)
        if case .success = outcome {
            register.actionLines.upsert(line)
            register.actionLines.sort { $0.number < $1.number }
        }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.actions.filter { $0.line == id }.map { EntityReference(.actions, $0.id) }
            + register.teams.filter { $0.actionLine == id }.map { EntityReference(.teams, $0.id) }
            + register.dependencies.filter { $0.from == id || $0.to == id }.map { EntityReference(.dependencies, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.actionLines.removeAll { $0.id == id }
    }
}
