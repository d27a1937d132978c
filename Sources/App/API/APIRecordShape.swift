import Core
import Foundation
import Vapor

/// One field of a record as the API reads and writes it: the same name and JSON type both ways.
struct APIField: Sendable {
    enum JSONType: Sendable, Equatable {
        case string, integer, number, boolean, strings
        /// An action line's stakeholders: `{"text": "...", "organisations": ["id", ...]}`.
        case stakeholders
    }

    var key: String
    var type: JSONType
    var required: Bool
    /// Given when the record is made, never changed after (an id, an action's line and term).
    var onCreateOnly: Bool
    var maxLength: Int
    /// The allowed values of a fixed choice (a kind, a country, a status); nil when any id will do.
    var choices: [String]?
}

/// The fields of each kind of record for reading and writing, made from the form's fields so the
/// forms, the API and its OpenAPI document cannot drift apart; and the conversions between the
/// API's typed JSON and the form's text, which the editors in Core check.
enum APIRecordShape {
    /// The largest write body read: a record with every field at its longest.
    static let maximumBodySize: ByteCount = "4mb"
    /// The versions a write may name, as the OpenAPI document declares them.
    static let versions = 1...Int(Int32.max)

    /// The fields of a kind, from its editor's form fields.
    static func fields(of kind: EntityKind, from formFields: [FormField]) -> [APIField] {
        var fields: [APIField] = []
        for field in formFields {
            // An action line's stakeholders read as one object; the form has a text and a list.
            if kind == .actionLines, field.name == .stakeholdersText { continue }
            if kind == .actionLines, field.name == .stakeholders {
                fields.append(APIField(key: "stakeholders", type: .stakeholders, required: false, onCreateOnly: false,
                                       maxLength: FieldLength.paragraph, choices: nil))
                continue
            }
            let type: APIField.JSONType
            var choices: [String]?
            switch field.kind {
            case .text, .longText, .date: type = .string
            case let .choice(options):
                type = .string
                choices = options.isEmpty || options.contains(where: { if case .name = $0.label { true } else { false } })
                    ? nil : options.map(\.value)
            case .integer: type = .integer
            case .decimal: type = .number
            case .flag: type = .boolean
            case .lines, .choices: type = .strings
            }
            fields.append(APIField(key: field.name.rawValue, type: type, required: field.required, onCreateOnly: field.onCreateOnly,
                                   maxLength: FieldLength.maximum(of: field.kind, name: field.name), choices: choices))
        }
        return fields
    }

    /// A record's form values as the API shows them in a write's answer: typed, empty ones left out.
    static func json(_ values: FieldValues, kind: EntityKind) -> [String: APIValue] {
        var object: [String: APIValue] = [:]
        for field in kind.editor.documentedFields {
            if kind == .actionLines, field.name == .stakeholdersText { continue }
            if kind == .actionLines, field.name == .stakeholders {
                object["stakeholders"] = .object([
                    "text": .string(values[.stakeholdersText] ?? ""),
                    "organisations": .array(lines(values[.stakeholders]).map(APIValue.string)),
                ])
                continue
            }
            let text = values[field.name] ?? ""
            switch field.kind {
            case .text, .longText, .date, .choice: if !text.isEmpty { object[field.name.rawValue] = .string(text) }
            case .integer, .decimal: if let number = Double(text) { object[field.name.rawValue] = .number(number) }
            case .flag: object[field.name.rawValue] = .bool(!text.isEmpty)
            case .lines, .choices: object[field.name.rawValue] = .array(lines(text).map(APIValue.string))
            }
        }
        return object
    }

    private static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map(String.init)
    }

    /// Why a body cannot be read as a record's fields; each names the field it is about.
    enum Refusal: Error, Equatable {
        case notAnObject
        case wrongType(field: String, expected: String, got: String)
        case unknownField(String)
        case readOnly(String)
        case missingVersion
        case tooManyEntries(field: String, maximum: Int)
    }

    /// A write's JSON object as form values and its `version`. `current` is the record as a GET
    /// reads it (nil for a new one): a field the client cannot write is let through when it is
    /// unchanged from that, so a record read, changed and sent back is saved.
    static func values(from data: Data?, kind: EntityKind, current: [String: APIValue]?) throws(Refusal) -> (FieldValues, Int?) {
        guard let data, let parsed = try? JSONDecoder().decode(APIValue.self, from: data), case let .object(object) = parsed else {
            throw .notAnObject
        }
        let fields = fields(of: kind, from: kind.editor.documentedFields)
        var values = FieldValues(), version: Int?
        for key in object.keys.sorted() {
            let value = object[key]!
            if key == "version" {
                guard case let .number(number) = value, let whole = Int(exactly: number), versions.contains(whole) else {
                    throw .wrongType(field: "version", expected: "een geheel getal van 1 tot \(versions.upperBound)", got: value.typeName)
                }
                version = whole
                continue
            }
            if current != nil, derivedKeys(of: kind).contains(key) { continue }
            guard let field = fields.first(where: { $0.key == key }), current == nil || !field.onCreateOnly else {
                // Read-only (links, position, an id once given): fine as it was read, refused by name when changed.
                if let current {
                    guard let was = current[key] else { throw .unknownField(key) }
                    if was == value { continue }
                    throw .readOnly(key)
                }
                throw fields.contains(where: { $0.key == key }) ? .readOnly(key) : .unknownField(key)
            }
            try write(value, as: field, into: &values)
        }
        return (values, version)
    }

    /// What a GET of a target adds from its measurements (its status, path, latest value): read
    /// from other data, so a PUT leaves them be whatever the client sends back.
    static func derivedKeys(of kind: EntityKind) -> Set<String> {
        kind == .targets
            ? ["challenge", "measure", "indicator", "status", "latest", "measurementCount", "level", "path", "points", "measurements", "links"]
            : []
    }

    /// The API's name for a form field, in a problem of a 422.
    static func key(of name: FieldName, kind: EntityKind) -> String {
        switch (kind, name) {
        case (.actionLines, .stakeholdersText): "stakeholders.text"
        case (.actionLines, .stakeholders): "stakeholders.organisations"
        default: name.rawValue
        }
    }

    private static func write(_ value: APIValue, as field: APIField, into values: inout FieldValues) throws(Refusal) {
        let name = FieldName(rawValue: field.key)
        func refuse(_ expected: String) -> Refusal { .wrongType(field: field.key, expected: expected, got: value.typeName) }
        switch (field.type, value) {
        case (_, .null) where !field.required:
            // Null clears an optional field.
            if field.type == .stakeholders {
                values[.stakeholdersText] = ""
                values[.stakeholders] = ""
            } else if let name {
                values[name] = ""
            }
        case (.string, .string("")) where field.key == "id":
            // An empty id would make a record whose address is the list's.
            throw .wrongType(field: field.key, expected: "een id (of laat het veld weg)", got: "een lege tekst")
        case let (.string, .string(text)): values[name!] = text
        case let (.integer, .number(number)):
            guard number.rounded() == number else { throw refuse("een geheel getal") }
            // Too large for Stip is out of the field's range: the editor says so, as a 422.
            values[name!] = Int(exactly: number).map(String.init) ?? String(number)
        case let (.number, .number(number)): values[name!] = String(number)
        case let (.boolean, .bool(flag)): values[name!] = flag ? "true" : ""
        case let (.strings, .array(items)): values[name!] = try strings(items, field.key).joined(separator: "\n")
        case let (.stakeholders, .object(parts)):
            for key in parts.keys where key != "text" && key != "organisations" { throw .unknownField("stakeholders.\(key)") }
            switch parts["text"] {
            case nil: break
            case .null?: values[.stakeholdersText] = ""
            case let .string(text)?: values[.stakeholdersText] = text
            case let other?: throw .wrongType(field: "stakeholders.text", expected: "tekst (string) of null", got: other.typeName)
            }
            switch parts["organisations"] {
            case nil: break
            case let .array(items)?: values[.stakeholders] = try strings(items, "stakeholders.organisations").joined(separator: "\n")
            case let other?: throw .wrongType(field: "stakeholders.organisations", expected: "een lijst van ids", got: other.typeName)
            }
        case (.string, _): throw refuse(field.required ? "tekst (string)" : "tekst (string) of null")
        case (.integer, _): throw refuse(field.required ? "een geheel getal" : "een geheel getal of null")
        case (.number, _): throw refuse(field.required ? "een getal" : "een getal of null")
        case (.boolean, _): throw refuse("true of false")
        case (.strings, _): throw refuse("een lijst van teksten (array of strings)")
        case (.stakeholders, _): throw refuse("een object met text en organisations")
        }
    }

    private static func strings(_ items: [APIValue], _ key: String) throws(Refusal) -> [String] {
        guard items.count <= FieldLength.entries else { throw .tooManyEntries(field: key, maximum: FieldLength.entries) }
        var texts: [String] = []
        for item in items {
            // A list entry is one line of the form's list, so it cannot hold a line break of its own.
            guard case let .string(text) = item, !text.contains(where: \.isNewline) else {
                throw .wrongType(field: key, expected: "een lijst van teksten zonder regeleinden", got: item.typeName == "string" ? "een tekst met een regeleinde" : item.typeName)
            }
            texts.append(text)
        }
        return texts
    }
}

extension APIRecordShape.Refusal {
    /// The words after "De inhoud van dit verzoek is niet te lezen:", naming the field.
    var detail: String {
        switch self {
        case .notAnObject: "de inhoud moet een JSON-object met velden zijn"
        case let .wrongType(field, expected, got): "het veld ‘\(field)’ moet \(expected) zijn, niet \(got)"
        case let .unknownField(field): "het veld ‘\(field)’ bestaat niet voor dit soort record"
        case let .readOnly(field): "het veld ‘\(field)’ kan hier niet worden veranderd (Stip bepaalt het, of het ligt vast na het aanmaken)"
        case .missingVersion: "het veld ‘version’ ontbreekt: stuur de versie mee waarvan de bewerking uitging"
        case let .tooManyEntries(field, maximum): "het veld ‘\(field)’ heeft meer dan \(maximum) regels"
        }
    }
}
