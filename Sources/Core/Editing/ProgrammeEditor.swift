public enum ProgrammeEditor: EntityEditor {
    public static let kind = EntityKind.programmes

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.name, .text, required: true),
            FormField(.description, .longText),
            FormField(.organisations, .choices(register.organisations.map { Choice($0.id, .name($0.name)) })),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.programme(id).map { programme in
            FieldValues([(.id, programme.id), (.name, programme.name), (.description, programme.description),
                         (.organisations, programme.organisations.asLines)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let name = reader.text(.name, required: true)
        let id = id ?? reader.newID(fromName: name, taken: register.programmes.map(\.id), fallback: "programma")
        let programme = Programme(id: id, name: name ?? "", description: reader.text(.description),
                                  organisations: reader.references(.organisations, among: register.organisations.map(\.id)))
        let outcome = reader.outcome(id)
        if case .success = outcome { register.programmes.upsert(programme) }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.actionLines.filter { $0.buildsOn.contains { $0.programme == id } }.map { EntityReference(.actionLines, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.programmes.removeAll { $0.id == id }
    }
}
