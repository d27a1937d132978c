public enum OrganisationEditor: EntityEditor {
    public static let kind = EntityKind.organisations

    public static func fields(in register: Register) -> [FormField] {
        [
            FormField(.id, .text, onCreateOnly: true),
            FormField(.name, .text, required: true),
            FormField(.kind, .choice(Organisation.Kind.allCases.map { Choice($0.rawValue, .organisationKind($0)) }), required: true),
            FormField(.country, .choice(Organisation.Country.allCases.map { Choice($0.rawValue, .country($0)) }), required: true),
            FormField(.aliases, .lines),
            FormField(.mentions, .lines),
        ]
    }

    public static func values(of id: String, in register: Register) -> FieldValues? {
        register.organisation(id).map { organisation in
            FieldValues([(.id, organisation.id), (.name, organisation.name), (.kind, organisation.kind.rawValue),
                         (.country, organisation.country.rawValue), (.aliases, organisation.aliases.asLines),
                         (.mentions, organisation.mentions.asLines)])
        }
    }

    public static func write(_ values: FieldValues, id: String?, into register: inout Register) -> Result<String, FieldValuesRefused> {
        var reader = FieldReader(values)
        let name = reader.text(.name, required: true)
        let id = id ?? reader.newID(fromName: name, taken: register.organisations.map(\.id), fallback: "organisatie")
        let organisation = Organisation(
            id: id, name: name ?? "", aliases: reader.lines(.aliases),
            kind: reader.choice(.kind, Organisation.Kind.self, required: true) ?? .group,
            country: reader.choice(.country, Organisation.Country.self, required: true) ?? .nl, mentions: reader.lines(.mentions))
        let outcome = reader.outcome(id)
        if case .success = outcome { register.organisations.upsert(organisation) }
        return outcome
    }

    public static func references(to id: String, in register: Register) -> [EntityReference] {
        register.people.filter { $0.organisation == id }.map { EntityReference(.people, $0.id) }
            + register.programmes.filter { $0.organisations.contains(id) }.map { EntityReference(.programmes, $0.id) }
            + register.actionLines.filter { $0.stakeholders.organisations.contains(id) }.map { EntityReference(.actionLines, $0.id) }
            + register.actions.filter { $0.ownerOrganisation == id }.map { EntityReference(.actions, $0.id) }
    }

    public static func remove(_ id: String, from register: inout Register) {
        register.organisations.removeAll { $0.id == id }
    }
}
