/// One cell of an OData row: CBS sends numbers as JSON numbers, codes and names as strings
/// (codes padded with spaces), and a missing or secret value as `null`.
enum ODataValue: Decodable, Sendable, Equatable {
    case number(Double)
    case text(String)
    case null
    /// Anything else (a boolean, an object): never a value Stip reads.
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .other
        }
    }

    /// The cell as a message quotes it.
    var quoted: String {
        switch self {
        case .number(let value): "\(value)"
        case .text(let text): "'\(text)'"
        case .null: "null"
        case .other: "a value that is neither text nor a number"
        }
    }
}
