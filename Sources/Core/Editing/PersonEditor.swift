public enum PersonEditor: EntityEditor {
    public static let kind = EntityKind.people

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.name, .text, required: true),
            FormField(.organisation, .choice(register.organisations.map { Choice($0.id, .name($0.name)) })),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.person(id).map { FieldValues([(.id, $0.id), (.name, $0.name), (.organisation, $0.organisation)]) }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let name = reader.text(.name, required: true)
        let id = id ?? reader.newID(fromName: name, taken: register.people.map(\.id), fallback: "persoon")
        let person = Person(id: id, name: name ?? "", organisation: reader.reference(.organisation, among: register.organisations.map(\.id)))
        let outcome = reader.outcome(id)
        if case .success = outcome { register.people.upsert(person) }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.memberships.filter { $0.person == id }.map { EntityReference(.memberships, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.people.removeAll { $0.id == id }
    }
}
