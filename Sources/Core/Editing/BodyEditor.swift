public enum BodyEditor: EntityEditor {
    public static let kind = EntityKind.bodies

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.name, .text, required: true),
            FormField(.abbreviation, .text),
            FormField(.kind, .choice(Body.Kind.allCases.map { Choice($0.rawValue, .bodyKind($0)) }), required: true),
            FormField(.description, .longText),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.body(id).map { body in
            FieldValues([(.id, body.id), (.name, body.name), (.abbreviation, body.abbreviation), (.kind, body.kind.rawValue),
                         (.description, body.description)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let name = reader.text(.name, required: true)
        let id = id ?? reader.newID(fromName: name, taken: register.bodies.map(\.id), fallback: "gremium")
        let body = Body(id: id, name: name ?? "", abbreviation: reader.text(.abbreviation),
                        kind: reader.choice(.kind, Body.Kind.self, required: true) ?? .steeringGroup, description: reader.text(.description))
        let outcome = reader.outcome(id)
        if case .success = outcome { register.bodies.upsert(body) }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.memberships.filter { $0.body == id }.map { EntityReference(.memberships, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.bodies.removeAll { $0.id == id }
    }
}
