import Core
import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`.
enum OpenAPIDocument {
    /// A JSON value with keys in the order written, so the document reads top-down.
    indirect enum JSON: Encodable {
        case string(String)
        case bool(Bool)
        case int(Int)
        case array([JSON])
        case object(KeyValuePairs<String, JSON>)
        case dictionary([(String, JSON)])

        func encode(to encoder: any Encoder) throws {
            switch self {
            case let .string(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .bool(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .int(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .array(values):
                var container = encoder.unkeyedContainer()
                for value in values { try container.encode(value) }
            case let .object(pairs):
                try JSON.dictionary(pairs.map { ($0.key, $0.value) }).encode(to: encoder)
            case let .dictionary(pairs):
                var container = encoder.container(keyedBy: Key.self)
                for (key, value) in pairs { try container.encode(value, forKey: Key(key)) }
            }
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    private enum FieldType {
        case string, integer, number, boolean, strings, object(String), objects(String), enumeration([String])

        var schema: JSON {
            switch self {
            case .string: .object(["type": .string("string")])
            case .integer: .object(["type": .string("integer")])
            case .number: .object(["type": .string("number")])
            case .boolean: .object(["type": .string("boolean")])
            case .strings: .object(["type": .string("array"), "items": .object(["type": .string("string")])])
            case let .object(name): .object(["$ref": .string("#/components/schemas/\(name)")])
            case let .objects(name): .object(["type": .string("array"), "items": .object(["$ref": .string("#/components/schemas/\(name)")])])
            case let .enumeration(values): .object(["type": .string("string"), "enum": .array(values.map(JSON.string))])
            }
        }
    }

    private struct Schema {
        var name: String
        var required: [String]
        var fields: [(String, FieldType)]
        var linked: Bool = true
    }

    private static let schemas: [Schema] = [
        Schema(name: "Challenge", required: ["id", "number", "title", "addedValue", "themes"], fields: [
            ("id", .string), ("number", .integer), ("title", .string), ("focus", .string), ("addedValue", .strings), ("themes", .strings),
        ]),
        Schema(name: "Target", required: ["id", "text", "kind", "approximate"], fields: [
            ("id", .string), ("text", .string), ("kind", .enumeration(["relativeGrowth", "gapClosure", "count", "milestone", "qualitative"])),
            ("year", .integer), ("approximate", .boolean), ("value", .number), ("unit", .string),
        ], linked: false),
        Schema(name: "Ambition", required: ["id", "title", "text", "targets"], fields: [
            ("id", .string), ("challenge", .string), ("number", .integer), ("title", .string), ("text", .string), ("note", .string),
            ("targets", .objects("Target")),
        ]),
        Schema(name: "BuildsOn", required: ["text", "programme"], fields: [("text", .string), ("programme", .string)], linked: false),
        Schema(name: "Stakeholders", required: ["text", "organisations"], fields: [("text", .string), ("organisations", .strings)], linked: false),
        Schema(name: "ActionLine", required: ["id", "number", "title", "ambition", "buildsOn", "stakeholders", "addedValue"], fields: [
            ("id", .string), ("number", .integer), ("title", .string), ("ambition", .string), ("ambitionText", .string),
            ("buildsOn", .objects("BuildsOn")), ("stakeholders", .object("Stakeholders")), ("shortTermNote", .string),
            ("outlookNote", .string), ("addedValue", .strings),
        ]),
        Schema(name: "Action", required: ["id", "line", "position", "title", "term", "section", "approximate", "details"], fields: [
            ("id", .string), ("line", .string), ("position", .integer), ("title", .string), ("term", .enumeration(["short", "outlook"])),
            ("section", .enumeration(["main", "ontwikkelagenda"])), ("period", .string), ("year", .integer), ("approximate", .boolean),
            ("details", .strings),
        ]),
        Schema(name: "Programme", required: ["id", "name", "organisations"], fields: [
            ("id", .string), ("name", .string), ("description", .string), ("organisations", .strings),
        ]),
        Schema(name: "Organisation", required: ["id", "name", "aliases", "kind", "country", "mentions"], fields: [
            ("id", .string), ("name", .string), ("aliases", .strings),
            ("kind", .enumeration(["ministry", "province", "municipality", "regionalBody", "waterBoard", "knowledgeInstitution",
                                   "company", "civilSociety", "crossBorderBody", "foreignGovernment", "group"])),
            ("country", .enumeration(["NL", "BE", "DE", "EU"])), ("mentions", .strings),
        ]),
        Schema(name: "Dependency", required: ["id", "from", "to", "text"], fields: [
            ("id", .string), ("from", .string), ("to", .string), ("theme", .string), ("text", .string), ("source", .string),
        ]),
        Schema(name: "Period", required: ["id", "label", "start", "end"], fields: [
            ("id", .string), ("label", .string), ("start", .string), ("end", .string),
        ]),
        Schema(name: "Theme", required: ["id", "name"], fields: [("id", .string), ("name", .string), ("description", .string)]),
        Schema(name: "Body", required: ["id", "name", "kind"], fields: [
            ("id", .string), ("name", .string), ("abbreviation", .string),
            ("kind", .enumeration(Body.Kind.allCases.map(\.rawValue))), ("description", .string),
        ]),
        Schema(name: "TeamCheck", required: ["rule", "met", "count"], fields: [
            ("rule", .enumeration(TeamRule.allCases.map(\.rawValue))), ("met", .boolean), ("count", .integer),
        ], linked: false),
        Schema(name: "Team", required: ["id", "name", "checkedOn", "checks"], fields: [
            ("id", .string), ("name", .string), ("parent", .string), ("actionLine", .string),
            ("governmentRole", .enumeration(GovernmentRole.allCases.map(\.rawValue))), ("description", .string),
            ("checkedOn", .string), ("checks", .objects("TeamCheck")),
        ]),
        Schema(name: "Person", required: ["id", "name"], fields: [("id", .string), ("name", .string), ("organisation", .string)]),
        Schema(name: "Membership", required: ["id", "person", "role", "from"], fields: [
            ("id", .string), ("person", .string), ("team", .string), ("body", .string),
            ("role", .enumeration(Membership.Role.allCases.map(\.rawValue))), ("from", .string), ("until", .string),
        ]),
    ]

    private static let collections: [(APICollection, String, String)] = [
        (.challenges, "Challenge", "De opgaven"),
        (.ambitions, "Ambition", "De ambities met hun meetbare doelen"),
        (.actionLines, "ActionLine", "De actielijnen van het uitvoeringsprogramma"),
        (.actions, "Action", "De acties: korte termijn en doorkijk"),
        (.programmes, "Programme", "De lopende programma’s"),
        (.organisations, "Organisation", "De organisaties die het plan noemt"),
        (.dependencies, "Dependency", "De samenhang tussen de actielijnen"),
        (.periods, "Period", "De perioden waarin acties gedateerd zijn"),
        (.themes, "Theme", "De doorsnijdende thema’s"),
        (.bodies, "Body", "De gremia van de samenwerkingsstructuur"),
        (.teams, "Team", "De opgaveteams en deelteams, met de regels van het plan getoetst op vandaag"),
        (.people, "Person", "De mensen in de samenwerkingsstructuur"),
        (.memberships, "Membership", "Lidmaatschappen van teams en gremia, met hun periode"),
    ]

    static let json: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return try! encoder.encode(document)
    }()

    private static var document: JSON {
        var paths: [(String, JSON)] = [
            (APIPath.plan.path, operation(id: "getPlan", summary: "Het plan: visie, kernwaarden, toegevoegde waarde", schema: .object(["$ref": .string("#/components/schemas/Plan")]))),
        ]
        for (collection, schema, summary) in collections {
            let name = collection.rawValue.replacingOccurrences(of: "-", with: "")
            paths.append((APIPath.list(collection).path, operation(
                id: "list\(name)", summary: summary,
                schema: .object([
                    "type": .string("object"),
                    "required": .array([.string("count"), .string("items")]),
                    "properties": .object([
                        "count": .object(["type": .string("integer")]),
                        "items": .object(["type": .string("array"), "items": .object(["$ref": .string("#/components/schemas/\(schema)")])]),
                    ]),
                ]))))
            paths.append((APIPath.list(collection).path + "/{id}", operation(
                id: "get\(name)", summary: "\(summary): één, met zijn links",
                schema: .object(["$ref": .string("#/components/schemas/\(schema)")]), withID: true)))
        }
        paths = withWrites(paths)
        paths.append((APIPath.tokens.path, .object(["post": .object([
            "operationId": .string("createToken"),
            "summary": .string("Een bearer-token maken met e-mailadres en wachtwoord (HTTP Basic)"),
            "security": .array([.object(["basic": .array([])])]),
            "responses": .object([
                "201": .object(["description": .string("Het token, één keer getoond"), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("token")]),
                    "properties": .object(["token": .object(["type": .string("string")])]),
                ])])])]),
                "401": errorResponse("E-mailadres en wachtwoord horen niet bij elkaar"),
            ]),
        ])])))
        paths.append((APIPath.me.path, .object(["get": .object([
            "operationId": .string("getMe"),
            "summary": .string("Het account achter het token"),
            "security": .array([.object(["bearer": .array([])])]),
            "responses": .object([
                "200": .object(["description": .string("OK"), "content": .object(["application/json": .object(["schema": .object(["type": .string("object")])])])]),
                "401": errorResponse("Geen of een ongeldig token"),
            ]),
        ])])))
        paths.append((APIPath.audit.path, .object(["get": .object([
            "operationId": .string("listAudit"),
            "summary": .string("Het audit-spoor (rekenschap), nieuwste eerst; voor regiegroep en beheerder"),
            "security": .array([.object(["bearer": .array([])])]),
            "parameters": .array(["entity", "id", "account", "from", "until"].map { name in
                .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "schema": .object(["type": .string("string")])])
            }),
            "responses": .object([
                "200": .object(["description": .string("OK"), "content": .object(["application/json": .object(["schema": .object(["type": .string("object")])])])]),
                "401": errorResponse("Geen of een ongeldig token"),
                "403": errorResponse("Deze rol mag het audit-spoor niet lezen"),
            ]),
        ])])))

        paths += PeopleAndMoneyOpenAPI.paths
        paths += MonitorOpenAPI.paths
        paths += FocusOpenAPI.paths
        paths = TargetsOpenAPI.adding(to: paths)

        var components: [(String, JSON)] = schemas.map { ($0.name, objectSchema($0)) }
        components += PeopleAndMoneyOpenAPI.schemas
        components += MonitorOpenAPI.schemas
        components += FocusOpenAPI.schemas
        components += TargetsOpenAPI.schemas
        components.append(("Links", .object([
            "type": .string("object"),
            "description": .string("Links to the entity itself and the entities it refers to, as API paths: one path or a list of paths."),
            "additionalProperties": .object(["oneOf": .array([
                .object(["type": .string("string")]),
                .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
            ])]),
        ])))
        components.append(("Plan", .object([
            "type": .string("object"),
            "required": .array(["plan", "vision", "coreValues", "addedValue", "links"].map(JSON.string)),
            "properties": .object([
                "plan": .object(["type": .string("object")]),
                "vision": .object(["type": .string("object")]),
                "coreValues": FieldType.strings.schema,
                "addedValue": .object(["type": .string("object")]),
                "links": .object(["type": .string("object"), "additionalProperties": .object(["type": .string("string")])]),
            ]),
        ])))
        components.append(("Record", .object([
            "type": .string("object"),
            "required": .array(["kind", "id", "version", "values"].map(JSON.string)),
            "properties": .object([
                "kind": .object(["type": .string("string")]),
                "id": .object(["type": .string("string")]),
                "version": .object(["type": .string("integer")]),
                "values": .object(["type": .string("object"), "additionalProperties": .object(["type": .string("string")])]),
            ]),
        ])))
        components.append(("Error", .object([
            "type": .string("object"),
            "required": .array([.string("error")]),
            "properties": .object(["error": .object([
                "type": .string("object"),
                "required": .array([.string("status"), .string("reason")]),
                "properties": .object(["status": .object(["type": .string("integer")]), "reason": .object(["type": .string("string")])]),
            ])]),
        ])))

        return .object([
            "openapi": .string("3.1.0"),
            "info": .object([
                "title": .string("Stip API"),
                "version": .string("1"),
                "description": .string("Het programmaregister van een NOVI-gebied: opgaven, ambities, actielijnen, acties, lopende programma’s, organisaties, hun samenhang en de samenwerkingsstructuur. Lezen zonder account; toevoegen, bewerken en verwijderen met een bearer-token, vanaf de versie van het record."),
            ]),
            "paths": .dictionary(paths),
            "components": .object([
                "schemas": .dictionary(components),
                "securitySchemes": .object([
                    "bearer": .object(["type": .string("http"), "scheme": .string("bearer")]),
                    "basic": .object(["type": .string("http"), "scheme": .string("basic")]),
                ]),
            ]),
        ])
    }

    /// Every kind of record is written the same way: POST to its collection, PUT and DELETE on
    /// the item, each answering with the record as a write returns it.
    private static func withWrites(_ paths: [(String, JSON)]) -> [(String, JSON)] {
        var paths = paths
        for kind in EntityKind.allCases {
            let list = "\(APIPath.prefix)/\(kind.rawValue)", item = list + "/{id}"
            let name = kind.rawValue.replacingOccurrences(of: "-", with: "")
            let fields = kind.editor.fieldNames.map(\.rawValue)
            let body = JSON.object([
                "type": .string("object"),
                "description": .string("De velden als tekst (lijsten: één per regel, of een JSON-array); velden die een PUT weglaat houden hun waarde."),
                "properties": .dictionary(fields.map { ($0, .object(["oneOf": .array([
                    .object(["type": .string("string")]), .object(["type": .string("number")]), .object(["type": .string("boolean")]),
                    .object(["type": .string("array"), "items": .object(["type": .string("string")])]), .object(["type": .string("null")]),
                ])])) } + [("version", .object(["type": .string("integer")]))]),
                "additionalProperties": .bool(false),
            ])
            let record = JSON.object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/Record")])])])
            let secured: [(String, JSON)] = [("security", .array([.object(["bearer": .array([])])]))]
            let common: [(String, JSON)] = [
                ("401", errorResponse("Geen of een ongeldig token")), ("403", errorResponse("Deze rol mag dit niet")),
            ]
            let post = JSON.dictionary([("operationId", .string("create\(name)")), ("summary", .string("Een record toevoegen"))] + secured + [
                ("requestBody", .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": body])])])),
                ("responses", .dictionary([("201", .object(["description": .string("Toegevoegd"), "content": record]))] + common + [
                    ("400", errorResponse("Geen JSON-object, of een onbekend veld")),
                    ("422", errorResponse("Een veld klopt niet; de problemen per veld staan erbij")),
                ])),
            ])
            let idParameter = JSON.array([.object([
                "name": .string("id"), "in": .string("path"), "required": .bool(true), "schema": .object(["type": .string("string")]),
            ])])
            let put = JSON.dictionary([("operationId", .string("update\(name)")), ("summary", .string("Een record bewerken vanaf zijn versie"))] + secured + [
                ("parameters", idParameter),
                ("requestBody", .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": body])])])),
                ("responses", .dictionary([("200", .object(["description": .string("Opgeslagen"), "content": record]))] + common + [
                    ("400", errorResponse("Geen JSON-object, een onbekend veld of geen versie")),
                    ("404", errorResponse("Er is geen record met dit id")),
                    ("409", .object(["description": .string("Iemand sloeg een nieuwere versie op; dit is het huidige record"), "content": record])),
                    ("422", errorResponse("Een veld klopt niet; de problemen per veld staan erbij")),
                ])),
            ])
            let delete = JSON.dictionary([("operationId", .string("delete\(name)")), ("summary", .string("Een record verwijderen vanaf zijn versie"))] + secured + [
                ("parameters", .array([
                    .object(["name": .string("id"), "in": .string("path"), "required": .bool(true), "schema": .object(["type": .string("string")])]),
                    .object(["name": .string("version"), "in": .string("query"), "required": .bool(true), "schema": .object(["type": .string("integer")])]),
                ])),
                ("responses", .dictionary([("204", .object(["description": .string("Verwijderd")]))] + common + [
                    ("404", errorResponse("Er is geen record met dit id")),
                    ("409", .object(["description": .string("Een nieuwere versie (het huidige record), of andere records verwijzen ernaar (referencedBy)"),
                                     "content": .object(["application/json": .object(["schema": .object(["type": .string("object")])])])])),
                ])),
            ])
            for (path, operations) in [(list, [("post", post)]), (item, [("put", put), ("delete", delete)])] {
                if let index = paths.firstIndex(where: { $0.0 == path }), case let .object(existing) = paths[index].1 {
                    paths[index].1 = .dictionary(existing.map { ($0.key, $0.value) } + operations)
                } else {
                    paths.append((path, .dictionary(operations)))
                }
            }
        }
        return paths
    }

    private static func objectSchema(_ schema: Schema) -> JSON {
        var properties = schema.fields.map { ($0.0, $0.1.schema) }
        var required = schema.required
        if schema.linked {
            properties.append(("links", .object(["$ref": .string("#/components/schemas/Links")])))
            required.append("links")
        }
        return .object([
            "type": .string("object"),
            "required": .array(required.map(JSON.string)),
            "properties": .dictionary(properties),
        ])
    }

    private static func operation(id: String, summary: String, schema: JSON, withID: Bool = false) -> JSON {
        var responses: [(String, JSON)] = [
            ("200", .object(["description": .string("OK"), "content": .object(["application/json": .object(["schema": schema])])])),
        ]
        if withID {
            responses.append(("400", errorResponse("Het id is geen geldig id (kleine letters, cijfers en streepjes)")))
            responses.append(("404", errorResponse("Er is geen record met dit id")))
        }
        responses.append(("503", errorResponse("Er is nog geen plan geladen")))
        var get: [(String, JSON)] = [("operationId", .string(id)), ("summary", .string(summary))]
        if withID {
            get.append(("parameters", .array([.object([
                "name": .string("id"), "in": .string("path"), "required": .bool(true),
                "schema": .object(["type": .string("string"), "pattern": .string("^[a-z0-9][a-z0-9-]*$"), "maxLength": .int(Slug.maximumLength)]),
            ])])))
        }
        get.append(("responses", .dictionary(responses)))
        return .object(["get": .dictionary(get)])
    }

    private static func errorResponse(_ description: String) -> JSON {
        .object([
            "description": .string(description),
            "content": .object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/Error")])])]),
        ])
    }
}
