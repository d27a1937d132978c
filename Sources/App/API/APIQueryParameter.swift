import Core
import Foundation
import Vapor

/// A query parameter of the API with what it takes: checked on each request and declared in the
/// OpenAPI document from the same rule, so the two cannot differ. A value it cannot take is a
/// 400 that names the parameter.
struct APIQueryParameter: Sendable {
    enum Rule: Sendable {
        case oneOf([String])
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        /// Text of these characters, at most so long.
        case text(TextCharacters, maxLength: Int)
        /// A day, yyyy-mm-dd.
        case date
    }

    enum TextCharacters: Sendable {
        /// Letters, digits and hyphens (a region).
        case slug
        /// Letters, digits, hyphens and colons (a map layer such as `theme:wonen`).
        case layer
        /// Anything.
        case any

        var pattern: String? {
            switch self {
            case .slug: "^[A-Za-z0-9-]*$"
            case .layer: "^[A-Za-z0-9:-]*$"
            case .any: nil
            }
        }

        func allows(_ text: String) -> Bool {
            switch self {
            case .slug: text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
            case .layer: text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == ":") }
            case .any: true
            }
        }
    }

    var name: String
    var description: String
    var rule: Rule
    /// Whether `name=` with nothing after it means something (no minimum, a criterion left out).
    var emptyAllowed = false

    var schema: OpenAPIDocument.JSON {
        typealias JSON = OpenAPIDocument.JSON
        func bound(_ value: Double) -> JSON { value.rounded() == value && abs(value) < 1e15 ? .int(Int(value)) : .number(value) }
        let typed: JSON
        switch rule {
        case let .oneOf(values): typed = .object(["type": .string("string"), "enum": .array(values.map(JSON.string))])
        case let .integer(range): typed = .object(["type": .string("integer"), "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)])
        case let .number(range): typed = .object(["type": .string("number"), "minimum": bound(range.lowerBound), "maximum": bound(range.upperBound)])
        case let .text(characters, maxLength):
            var pairs: [(String, JSON)] = [("type", .string("string")), ("maxLength", .int(maxLength))]
            if let pattern = characters.pattern { pairs.append(("pattern", .string(pattern))) }
            typed = .dictionary(pairs)
        case .date: typed = .object(["type": .string("string"), "pattern": .string("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")])
        }
        guard emptyAllowed else { return typed }
        return .object(["anyOf": .array([typed, .object(["type": .string("string"), "maxLength": .int(0)])])])
    }

    /// The parameter as an OpenAPI parameter object (optional, in the query).
    var declaration: OpenAPIDocument.JSON {
        .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "description": .string(description), "schema": schema])
    }

    /// What is wrong with a value, in words after "de parameter ‘name’ ", or nil when it is right.
    func problem(_ value: String) -> String? {
        if value.isEmpty, emptyAllowed { return nil }
        switch rule {
        case let .oneOf(values):
            return values.contains(value) ? nil : "is geen van \(values.joined(separator: ", "))"
        case let .integer(range):
            guard value.wholeNumber, let number = Int(value) else { return "is geen geheel getal" }
            return range.contains(number) ? nil : "ligt niet tussen \(range.lowerBound) en \(range.upperBound)"
        case let .number(range):
            guard value.decimalNumber, let number = Double(value), number.isFinite else { return "is geen getal (met een punt als decimaalteken)" }
            return range.contains(number) ? nil : "ligt niet tussen \(Self.plain(range.lowerBound)) en \(Self.plain(range.upperBound))"
        case let .text(characters, maxLength):
            if value.unicodeScalars.count > maxLength { return "is langer dan \(maxLength) tekens" }
            return characters.allows(value) ? nil : "bevat tekens die hier niet kunnen"
        case .date:
            let digits = value.utf8.allSatisfy { $0 == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            return digits && ISODate.isValid(value) ? nil : "is geen datum (jjjj-mm-dd)"
        }
    }

    private static func plain(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    /// Checks a request's query against the parameters: each at most once, as one plain value
    /// (not `name[]=` or `name[key]=`), and as its rule says.
    static func check(_ request: Request, _ parameters: [APIQueryParameter]) throws {
        var seen: [String: Int] = [:]
        for pair in (request.url.query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = String(parts[0]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                throw AppError.unreadableBody("een parameternaam is niet te lezen")
            }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            let base = key.split(separator: "[", maxSplits: 1).first.map(String.init) ?? key
            guard let parameter = parameters.first(where: { $0.name == base }) else { continue }
            if key != base { throw AppError.unreadableBody("de parameter ‘\(base)’ heeft één waarde, geen lijst of object") }
            seen[base, default: 0] += 1
            if seen[base]! > 1 { throw AppError.unreadableBody("de parameter ‘\(base)’ staat er meer dan één keer") }
            guard let value = raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                throw AppError.unreadableBody("de parameter ‘\(base)’ is niet te lezen")
            }
            if let problem = parameter.problem(value) {
                throw AppError.unreadableBody("de parameter ‘\(base)’ \(problem)")
            }
        }
    }
}

private extension String {
    /// Digits with an optional minus, as JSON Schema's integer in a query.
    var wholeNumber: Bool {
        let digits = hasPrefix("-") ? dropFirst() : Substring(self)
        return !digits.isEmpty && digits.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// A JSON number: digits, an optional fraction and exponent.
    var decimalNumber: Bool {
        range(of: "^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$", options: .regularExpression) != nil
    }
}
