import Foundation

/// Any JSON value, kept with its type, so a write can tell a string from a number and a read
/// can be compared field by field with what a client sends back.
indirect enum APIValue: Codable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([APIValue])
    case object([String: APIValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let items = try? container.decode([APIValue].self) { self = .array(items) }
        else { self = .object(try container.decode([String: APIValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case let .bool(flag): try container.encode(flag)
        case let .number(number):
            if let whole = Int(exactly: number) { try container.encode(whole) } else { try container.encode(number) }
        case let .string(text): try container.encode(text)
        case let .array(items): try container.encode(items)
        case let .object(fields): try container.encode(fields)
        }
    }

    /// Any encodable value as JSON, e.g. a record as the API reads it out.
    static func of(_ value: some Encodable) throws -> APIValue {
        try JSONDecoder().decode(APIValue.self, from: JSONEncoder().encode(value))
    }

    /// The JSON type's name, for a message that says what was sent instead.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
