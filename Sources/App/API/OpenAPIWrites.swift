import Core

/// The writes of every kind of record in the OpenAPI document: POST to the collection, PUT and
/// DELETE on the item. Their bodies are made from the same fields as the reads
/// (`APIRecordShape`), with the form's required fields and lengths, so what a GET reads can be
/// changed and sent back.
enum OpenAPIWrites: OpenAPIPart {
    /// The read schema's name for each kind.
    static func schemaName(_ kind: EntityKind) -> String {
        switch kind {
        case .challenges: "Challenge"
        case .ambitions: "Ambition"
        case .targets: "Target"
        case .actionLines: "ActionLine"
        case .actions: "Action"
        case .programmes: "Programme"
        case .organisations: "Organisation"
        case .dependencies: "Dependency"
        case .people: "Person"
        case .bodies: "Body"
        case .teams: "Team"
        case .memberships: "Membership"
        }
    }

    /// One entry of a list: no line break of any kind Swift splits lines on (LF, VT, FF, CR, NEL, LS, PS).
    static let noLineBreak = "^[^\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]*$"

    /// A field's JSON schema, optional ones also taking null (which clears them).
    static func schema(_ field: APIField, nullable: Bool) -> JSON {
        func typed(_ name: String) -> JSON { nullable ? .array([.string(name), .string("null")]) : .string(name) }
        var pairs: [(String, JSON)]
        switch field.type {
        case .string:
            pairs = [("type", typed("string")), ("maxLength", .int(field.maxLength))]
            // An id given is never empty: leave it out to have one made from the name.
            if field.required || field.key == "id" { pairs.append(("minLength", .int(1))) }
            if let choices = field.choices { pairs.append(("enum", .array(choices.map(JSON.string) + (nullable ? [.null] : [])))) }
        case .integer: pairs = [("type", typed("integer"))]
        case .number: pairs = [("type", typed("number"))]
        case .boolean: pairs = [("type", typed("boolean"))]
        case .strings:
            var item: [(String, JSON)] = [("type", .string("string")), ("maxLength", .int(field.maxLength)), ("pattern", .string(noLineBreak))]
            if let choices = field.choices { item.append(("enum", .array(choices.map(JSON.string)))) }
            pairs = [("type", typed("array")), ("maxItems", .int(FieldLength.entries)), ("items", .dictionary(item))]
        case .stakeholders:
            pairs = [
                ("type", typed("object")),
                ("properties", .object([
                    "text": .object(["type": .array([.string("string"), .string("null")]), "maxLength": .int(FieldLength.paragraph)]),
                    "organisations": .object([
                        "type": .string("array"), "maxItems": .int(FieldLength.entries),
                        "items": .object(["type": .string("string"), "maxLength": .int(FieldLength.identifier), "pattern": .string(noLineBreak)]),
                    ]),
                ])),
                ("additionalProperties", .bool(false)),
            ]
        }
        return .dictionary(pairs)
    }

    private static func body(_ kind: EntityKind, creating: Bool) -> JSON {
        let fields = APIRecordShape.fields(of: kind, from: kind.editor.documentedFields).filter { creating || !$0.onCreateOnly }
        var properties = fields.map { ($0.key, schema($0, nullable: !$0.required)) }
        var required = creating ? fields.filter(\.required).map(\.key) : []
        if !creating {
            properties.append(("version", versionSchema))
            required.append("version")
        }
        let description = creating
            ? "De velden van het nieuwe record, zoals een GET ze leest."
            : "De velden die veranderen (weggelaten velden houden hun waarde; null maakt een optioneel veld leeg) en de versie. Alleen-lezen velden uit de GET (links, position, een id) mogen mee zolang ze niet veranderd zijn."
        return .dictionary([
            ("type", .string("object")),
            ("description", .string(description)),
            ("required", .array(required.map(JSON.string))),
            ("properties", .dictionary(properties)),
            ("additionalProperties", .bool(false)),
        ])
    }

    static var versionSchema: JSON {
        .object([
            "type": .string("integer"), "minimum": .int(APIRecordShape.versions.lowerBound), "maximum": .int(APIRecordShape.versions.upperBound),
            "description": .string("De versie waarvan de bewerking uitgaat (uit de GET of de ETag)"),
        ])
    }

    static var schemas: [(String, JSON)] {
        var schemas: [(String, JSON)] = EntityKind.allCases.flatMap { kind -> [(String, JSON)] in
            let name = schemaName(kind)
            let fields = APIRecordShape.fields(of: kind, from: kind.editor.documentedFields)
            return [
                ("\(name)Create", body(kind, creating: true)),
                ("\(name)Update", body(kind, creating: false)),
                ("\(name)Record", .object([
                    "type": .string("object"),
                    "description": .string("Een record zoals een schrijfactie het teruggeeft: zijn velden zoals een GET ze leest, en zijn versie."),
                    "required": strings(["kind", "id", "version", "values"]),
                    "properties": .object([
                        "kind": .object(["type": .string("string"), "enum": strings([kind.rawValue])]),
                        "id": string,
                        "version": integer,
                        "values": .object(["type": .string("object"), "properties": .dictionary(fields.map { ($0.key, schema($0, nullable: false)) })]),
                    ]),
                ])),
            ]
        }
        schemas.append(("Problems", .object([
            "type": .string("object"),
            "required": strings(["error", "problems"]),
            "properties": .object([
                "error": reference("ErrorDetail"),
                "problems": array(.object([
                    "type": .string("object"), "required": strings(["field", "message"]),
                    "properties": .object(["field": string, "message": string]),
                ])),
            ]),
        ])))
        schemas.append(("Referenced", .object([
            "type": .string("object"),
            "required": strings(["error", "referencedBy"]),
            "properties": .object(["error": reference("ErrorDetail"), "referencedBy": array(string)]),
        ])))
        return schemas
    }

    /// The id in a write's path: a register id, or a membership's generated one.
    static var idParameter: JSON {
        .object([
            "name": .string("id"), "in": .string("path"), "required": .bool(true),
            "schema": .object(["type": .string("string"), "pattern": .string("^[a-z0-9][a-z0-9-]*$"), "maxLength": .int(Slug.maximumLength)]),
        ])
    }

    /// Adds the writes to the paths the reads already have.
    static func adding(to paths: [(String, JSON)]) -> [(String, JSON)] {
        var paths = paths
        for kind in EntityKind.allCases {
            let list = "\(APIPath.prefix)/\(kind.rawValue)", item = list + "/{id}"
            let name = schemaName(kind), operationName = kind.rawValue.replacingOccurrences(of: "-", with: "")
            func content(_ schema: String) -> JSON { .object(["application/json": .object(["schema": reference(schema)])]) }
            let secured: [(String, JSON)] = [("security", .array([.object(["bearer": .array([])])]))]
            let common: [(String, JSON)] = [
                ("401", error("Geen of een ongeldig token")), ("403", error("Deze rol mag dit niet")),
                ("503", error("Er is nog geen plan geladen")),
            ]
            let tooLarge: [(String, JSON)] = [("413", error("De inhoud is groter dan een record met elk veld op zijn langst"))]
            let invalid = JSON.object(["description": .string("Een veld klopt niet; de problemen per veld staan erbij"), "content": content("Problems")])
            let post = JSON.dictionary([("operationId", .string("create\(operationName)")), ("summary", .string("Een record toevoegen"))] + secured + [
                ("requestBody", .object(["required": .bool(true), "content": content("\(name)Create")])),
                ("responses", .dictionary([("201", .object(["description": .string("Toegevoegd"), "content": content("\(name)Record")]))] + common + tooLarge + [
                    ("400", error("Geen JSON-object, een onbekend of alleen-lezen veld, of een veld van een ander soort; de reden noemt het veld")),
                    ("422", invalid),
                ])),
            ])
            let put = JSON.dictionary([("operationId", .string("update\(operationName)")), ("summary", .string("Een record bewerken vanaf zijn versie"))] + secured + [
                ("parameters", .array([idParameter])),
                ("requestBody", .object(["required": .bool(true), "content": content("\(name)Update")])),
                ("responses", .dictionary([("200", .object(["description": .string("Opgeslagen"), "content": content("\(name)Record")]))] + common + tooLarge + [
                    ("400", error("Geen JSON-object, geen versie, een onbekend veld, een veranderd alleen-lezen veld of een veld van een ander soort; de reden noemt het veld")),
                    ("404", error("Er is geen record met dit id")),
                    ("409", .object(["description": .string("Iemand sloeg een nieuwere versie op; dit is het huidige record"), "content": content("\(name)Record")])),
                    ("422", invalid),
                ])),
            ])
            let delete = JSON.dictionary([("operationId", .string("delete\(operationName)")), ("summary", .string("Een record verwijderen vanaf zijn versie"))] + secured + [
                ("parameters", .array([
                    idParameter,
                    .object(["name": .string("version"), "in": .string("query"), "required": .bool(true), "schema": versionSchema]),
                ])),
                ("responses", .dictionary([("204", .object(["description": .string("Verwijderd")]))] + common + [
                    ("400", error("De parameter version ontbreekt of is geen geheel getal")),
                    ("404", error("Er is geen record met dit id")),
                    ("409", .object([
                        "description": .string("Een nieuwere versie (het huidige record), of andere records verwijzen ernaar (referencedBy)"),
                        "content": .object(["application/json": .object(["schema": .object(["oneOf": .array([
                            reference("\(name)Record"), reference("Referenced"),
                        ])])])]),
                    ])),
                ])),
            ])
            for (path, operations) in [(list, [("post", post)]), (item, [("put", put), ("delete", delete)])] {
                if let index = paths.firstIndex(where: { $0.0 == path }) {
                    switch paths[index].1 {
                    case let .object(existing): paths[index].1 = .dictionary(existing.map { ($0.key, $0.value) } + operations)
                    case let .dictionary(existing): paths[index].1 = .dictionary(existing + operations)
                    default: paths[index].1 = .dictionary(operations)
                    }
                } else {
                    paths.append((path, .dictionary(operations)))
                }
            }
        }
        return paths
    }
}
