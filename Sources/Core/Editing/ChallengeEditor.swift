public enum ChallengeEditor: EntityEditor {
    public static let kind = EntityKind.challenges

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.number, .integer, required: true),
            FormField(.title, .text, required: true),
            FormField(.focus, .longText),
            FormField(.addedValue, .lines),
            FormField(.themes, .choices(register.themes.map { Choice($0.id, .name($0.name)) })),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.challenge(id).map { challenge in
            FieldValues([(.id, challenge.id), (.number, String(challenge.number)), (.title, challenge.title), (.focus, challenge.focus),
                         (.addedValue, challenge.addedValue.asLines), (.themes, challenge.themes.asLines)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let number = reader.integer(.number, required: true, allowed: 1...99)
        let title = reader.text(.title, required: true)
        let id = id ?? reader.newID(fromName: title, taken: register.challenges.map(\.id), fallback: "opgave")
        if let number, register.challenges.contains(where: { $0.number == number && $0.id != id }) { reader.report(.number, .numberTaken(number)) }
        let challenge = Challenge(id: id, number: number ?? 0, title: title ?? "", focus: reader.text(.focus),
                                  addedValue: reader.lines(.addedValue), themes: reader.references(.themes, among: register.themes.map(\.id)))
        let outcome = reader.outcome(id)
        if case .success = outcome {
            register.challenges.upsert(challenge)
            register.challenges.sort { $0.number < $1.number }
        }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.ambitions.filter { $0.challenge == id }.map { EntityReference(.ambitions, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.challenges.removeAll { $0.id == id }
    }
}
