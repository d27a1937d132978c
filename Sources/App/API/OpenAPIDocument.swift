import Core
import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`.
enum OpenAPIDocument {
    /// A JSON value with keys in the order written, so the document reads top-down.
    indirect enum JSON: Encodable {
        case null
        case string(String)
        case bool(Bool)
        case int(Int)
        case number(Double)
        case array([JSON])
        case object(KeyValuePairs<String, JSON>)
        case dictionary([(String, JSON)])

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .null:
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            case let .string(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .bool(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .int(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .number(value):
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
        /// Editable records carry the `version` a PUT or DELETE starts from.
        var versioned: Bool = true
    }

    private static let schemas: [Schema] = [
        Schema(name: "Challenge", required: ["id", "number", "title", "addedValue", "themes"], fields: [
            ("id", .string), ("number", .integer), ("title", .string), ("focus", .string), ("addedValue", .strings), ("themes", .strings),
        ]),
        // An ambition's own targets; `/api/v1/targets` shows them with their status as `Target`.
        Schema(name: "AmbitionTarget", required: ["id", "text", "kind", "approximate"], fields: [
            ("id", .string), ("text", .string), ("kind", .enumeration(["relativeGrowth", "gapClosure", "count", "milestone", "qualitative"])),
            ("year", .integer), ("approximate", .boolean), ("value", .number), ("unit", .string),
        ], linked: false, versioned: false),
        Schema(name: "Ambition", required: ["id", "title", "text", "targets"], fields: [
            ("id", .string), ("challenge", .string), ("number", .integer), ("title", .string), ("text", .string), ("note", .string),
            ("targets", .objects("AmbitionTarget")),
        ]),
        Schema(name: "BuildsOn", required: ["text", "programme"], fields: [("text", .string), ("programme", .string)], linked: false, versioned: false),
        Schema(name: "Stakeholders", required: ["text", "organisations"], fields: [("text", .string), ("organisations", .strings)], linked: false, versioned: false),
        Schema(name: "ActionLine", required: ["id", "number", "title", "ambition", "buildsOn", "stakeholders", "addedValue"], fields: [
            ("id", .string), ("number", .integer), ("title", .string), ("ambition", .string), ("ambitionText", .string),
            ("buildsOn", .objects("BuildsOn")), ("stakeholders", .object("Stakeholders")), ("shortTermNote", .string),
            ("outlookNote", .string), ("addedValue", .strings),
        ]),
        // An action holds its version among its own fields.
        Schema(name: "Action", required: ["id", "line", "position", "title", "term", "section", "approximate", "details", "status", "version"], fields: [
            ("id", .string), ("line", .string), ("position", .integer), ("title", .string), ("term", .enumeration(Action.Term.allCases.map(\.rawValue))),
            ("section", .enumeration(Action.Section.allCases.map(\.rawValue))), ("period", .string), ("year", .integer), ("approximate", .boolean),
            ("details", .strings), ("status", .enumeration(Action.Status.allCases.map(\.rawValue))), ("ownerTeam", .string),
            ("ownerOrganisation", .string), ("version", .integer),
        ], versioned: false),
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
        ], versioned: false),
        Schema(name: "Theme", required: ["id", "name"], fields: [("id", .string), ("name", .string), ("description", .string)], versioned: false),
        Schema(name: "Body", required: ["id", "name", "kind"], fields: [
            ("id", .string), ("name", .string), ("abbreviation", .string),
            ("kind", .enumeration(Body.Kind.allCases.map(\.rawValue))), ("description", .string),
        ]),
        Schema(name: "TeamCheck", required: ["rule", "met", "count"], fields: [
            ("rule", .enumeration(TeamRule.allCases.map(\.rawValue))), ("met", .boolean), ("count", .integer),
        ], linked: false, versioned: false),
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

    /// The document as served, in each language (`OpenAPITranslation`).
    static let json: [ScreenLanguage: Data] = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let dutch = document
        return Dictionary(uniqueKeysWithValues: ScreenLanguage.allCases.map { ($0, try! encoder.encode(translated(dutch, into: $0))) })
    }()

    static var document: JSON {
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
                schema: .object(["$ref": .string("#/components/schemas/\(schema)")]), withID: true,
                versioned: EntityKind(rawValue: collection.rawValue) != nil)))
        }
        paths = OpenAPIWrites.adding(to: paths)
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
                "429": retryLater("Te veel mislukte pogingen voor dit account of vanaf dit adres: wacht het aantal seconden van Retry-After"),
                "503": retryLater("Te veel wachtwoorden tegelijk te controleren: probeer het na Retry-After seconden opnieuw"),
            ]),
        ])])))
        paths.append((APIPath.me.path, .object(["get": .object([
            "operationId": .string("getMe"),
            "summary": .string("Het account achter het token"),
            "security": .array([.object(["bearer": .array([])])]),
            "responses": .object([
                "200": .object(["description": .string("OK"), "content": .object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/Account")])])])]),
                "401": errorResponse("Geen of een ongeldig token"),
            ]),
        ])])))
        paths.append((APIPath.audit.path, .object(["get": .object([
            "operationId": .string("listAudit"),
            "summary": .string("Het audit-spoor (rekenschap), nieuwste eerst; voor regiegroep en beheerder"),
            "security": .array([.object(["bearer": .array([])])]),
            "parameters": .array(AuditRoutes.parameters.map(\.declaration)),
            "responses": .object([
                "200": .object(["description": .string("OK"), "content": .object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/AuditList")])])])]),
                "400": errorResponse("Een parameter is te lang of geen datum; de reden noemt hem"),
                "401": errorResponse("Geen of een ongeldig token"),
                "403": errorResponse("Deze rol mag het audit-spoor niet lezen"),
            ]),
        ])])))

        paths += PeopleAndMoneyOpenAPI.paths
        paths += MonitorOpenAPI.paths
        paths += FocusOpenAPI.paths
        paths = TargetsOpenAPI.adding(to: paths)
        paths += ReportingOpenAPI.paths
        paths += ConsultationOpenAPI.paths

        var components: [(String, JSON)] = schemas.map { ($0.name, objectSchema($0)) }
        components += PeopleAndMoneyOpenAPI.schemas
        components += MonitorOpenAPI.schemas
        components += FocusOpenAPI.schemas
        components += TargetsOpenAPI.schemas
        components += ReportingOpenAPI.schemas
        components += ConsultationOpenAPI.schemas
        components += OpenAPIWrites.schemas
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
        components.append(("Account", .object([
            "type": .string("object"),
            "required": .array(["id", "email", "role", "teams"].map(JSON.string)),
            "properties": .object([
                "id": FieldType.string.schema, "email": FieldType.string.schema,
                "role": FieldType.enumeration(AccountRole.allCases.map(\.rawValue)).schema, "teams": FieldType.strings.schema,
                "name": FieldType.string.schema,
            ]),
        ])))
        components.append(("AuditList", .object([
            "type": .string("object"),
            "required": .array([.string("count"), .string("items")]),
            "properties": .object([
                "count": FieldType.integer.schema,
                "items": .object(["type": .string("array"), "items": .object([
                    "type": .string("object"),
                    "required": .array(["id", "at", "accountEmail", "entity", "entityID", "operation"].map(JSON.string)),
                    "properties": .object([
                        "id": FieldType.string.schema, "at": FieldType.string.schema, "accountID": FieldType.string.schema,
                        "accountEmail": FieldType.string.schema, "entity": FieldType.string.schema, "entityID": FieldType.string.schema,
                        "operation": FieldType.enumeration(AuditRecord.Operation.allCases.map(\.rawValue)).schema,
                        "before": .object(["type": .string("string"), "description": .string("De velden ervoor, als JSON-tekst")]),
                        "after": .object(["type": .string("string"), "description": .string("De velden erna, als JSON-tekst")]),
                    ]),
                ])]),
            ]),
        ])))
        components.append(("ErrorDetail", .object([
            "type": .string("object"),
            "required": .array([.string("status"), .string("reason")]),
            "properties": .object([
                "status": .object(["type": .string("integer")]),
                "reason": .object(["type": .string("string"), "description": .string("In woorden; bij een 400 met het veld of de parameter die niet klopt")]),
            ]),
        ])))
        components.append(("Error", .object([
            "type": .string("object"),
            "required": .array([.string("error")]),
            "properties": .object(["error": .object(["$ref": .string("#/components/schemas/ErrorDetail")])]),
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

    private static func objectSchema(_ schema: Schema) -> JSON {
        var properties = schema.fields.map { ($0.0, $0.1.schema) }
        var required = schema.required
        if schema.linked {
            properties.append(("links", .object(["$ref": .string("#/components/schemas/Links")])))
            required.append("links")
        }
        if schema.linked, schema.versioned {
            properties.append(("version", FieldType.integer.schema))
            required.append("version")
        }
        return .object([
            "type": .string("object"),
            "required": .array(required.map(JSON.string)),
            "properties": .dictionary(properties),
        ])
    }

    private static func operation(id: String, summary: String, schema: JSON, withID: Bool = false, versioned: Bool = false) -> JSON {
        var ok: [(String, JSON)] = [("description", .string("OK")), ("content", .object(["application/json": .object(["schema": schema])]))]
        if versioned { ok.append(("headers", etag)) }
        var responses: [(String, JSON)] = [("200", .dictionary(ok))]
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

    /// The record's version as the ETag of its GET.
    static let etag = JSON.object(["ETag": .object([
        "description": .string("De versie van het record, tussen aanhalingstekens (\"3\")"), "required": .bool(true),
        "schema": .object(["type": .string("string"), "pattern": .string("^\"[0-9]+\"$")]),
    ])])

    /// An error answer that says, in `Retry-After`, when to try again.
    static func retryLater(_ description: String) -> JSON {
        .object([
            "description": .string(description),
            "headers": .object(["Retry-After": .object(["description": .string("Seconden"), "schema": .object(["type": .string("integer")])])]),
            "content": .object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/Error")])])]),
        ])
    }

    private static func errorResponse(_ description: String) -> JSON {
        .object([
            "description": .string(description),
            "content": .object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/Error")])])]),
        ])
    }
}
