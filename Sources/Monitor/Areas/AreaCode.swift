import Foundation

/// The levels of the CBS area division, from the country down to the neighbourhood.
public enum AreaLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case country = "land"
    case province = "provincie"
    case municipality = "gemeente"
    case district = "wijk"
    case neighbourhood = "buurt"

    /// The prefix CBS puts before the digits of a code at this level.
    public var prefix: String {
        switch self {
        case .country: "NL"
        case .province: "PV"
        case .municipality: "GM"
        case .district: "WK"
        case .neighbourhood: "BU"
        }
    }

    /// How many digits follow the prefix.
    public var digits: Int {
        switch self {
        case .country, .province: 2
        case .municipality: 4
        case .district: 6
        case .neighbourhood: 8
        }
    }

    var depth: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: AreaLevel, rhs: AreaLevel) -> Bool { lhs.depth < rhs.depth }
}

/// A CBS area code such as `NL00`, `PV31`, `GM0935`, `WK093501` or `BU09350101`. Codes are
/// only meaningful with a year, since municipalities merge and neighbourhoods are redrawn.
public struct AreaCode: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let level: AreaLevel
    /// The characters after the prefix, zero-padded to the level's width (digits, except in
    /// Amsterdam's district and neighbourhood codes).
    public let digits: String

    /// Reads a code as CBS writes it in its files: surrounding spaces allowed, prefix required.
    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 4,
              let level = AreaLevel.allCases.first(where: { trimmed.hasPrefix($0.prefix) }) else { return nil }
        let digits = trimmed.dropFirst(2)
        // Amsterdam's districts and neighbourhoods carry capital letters after the municipality
        // digits since 2022 (WK0363AF, BU0363AF03); the municipality part is always digits.
        guard digits.count == level.digits,
              digits.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.dropFirst(4).allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }) else { return nil }
        self.level = level
        self.digits = String(digits)
    }

    /// Builds a code from a level and the bare digits CBS code lists use (`0935`, `093501`).
    public init?(level: AreaLevel, digits: some StringProtocol) {
        self.init(level.prefix + digits.trimmingCharacters(in: .whitespaces))
    }

    public var description: String { level.prefix + digits }

    /// The municipality a district or neighbourhood lies in, read from its digits.
    public var municipality: AreaCode? {
        guard level >= .municipality else { return nil }
        return AreaCode(level: .municipality, digits: digits.prefix(4))
    }

    /// The district a neighbourhood lies in, read from its digits.
    public var district: AreaCode? {
        guard level >= .district else { return nil }
        return AreaCode(level: .district, digits: digits.prefix(6))
    }

    /// The area this code lies in by its digits alone: a neighbourhood's district, a district's
    /// municipality; `nil` for a municipality and above, whose province the code does not say.
    public var parent: AreaCode? {
        switch level {
        case .neighbourhood: district
        case .district: municipality
        case .country, .province, .municipality: nil
        }
    }

    public static let netherlands = AreaCode("NL00")!

    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool {
        (lhs.level, lhs.digits) < (rhs.level, rhs.digits)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = AreaCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(text) is not a CBS area code"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
