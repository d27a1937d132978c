public enum AmbitionEditor: EntityEditor {
    public static let kind = EntityKind.ambitions

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.challenge, .choice(register.challenges.map { Choice($0.id, .name($0.title)) })),
            FormField(.number, .integer),
            FormField(.title, .text, required: true),
            FormField(.text, .longText, required: true),
            FormField(.note, .longText),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.ambition(id).map { ambition in
            FieldValues([(.id, ambition.id), (.challenge, ambition.challenge), (.number, ambition.number.map(String.init)),
                         (.title, ambition.title), (.text, ambition.text), (.note, ambition.note)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let title = reader.text(.title, required: true)
        let id = id ?? reader.newID(fromName: title, taken: register.ambitions.map(\.id), fallback: "ambitie")
        // Targets are edited on their own; an edit of the ambition keeps them.
        let ambition = Ambition(
            id: id, challenge: reader.reference(.challenge, among: register.challenges.map(\.id)),
            number: reader.integer(.number, allowed: 1...99), title: title ?? "", text: reader.text(.text, required: true) ?? "",
            note: reader.text(.note), targets: register.ambition(id)?.targets ?? [])
        let outcome = reader.outcome(id)
        if case .success = outcome { register.ambitions.upsert(ambition) }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.actionLines.filter { $0.ambition == id }.map { EntityReference(.actionLines, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.ambitions.removeAll { $0.id == id }
    }
}
