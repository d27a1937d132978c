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
        // Byte by byte: Foundation's trimming and `Character.isNumber` were half of an import.
        let code = Self.withBytes(of: text) { Parsed($0) }
        switch code {
        case .code(let level, let digits): self.init(checked: level, digits: digits)
        case .invalid: return nil
        case .notASCII: self.init(unicode: text)
        }
    }

    /// Reads a code from the bytes of a file's field (an import's hot path: no `String` for a
    /// bad code, none for the blanks around a good one).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        switch AreaCode.Parsed(bytes) {
        case .code(let level, let digits): self.init(checked: level, digits: digits)
        case .invalid: return nil
        case .notASCII: self.init(unicode: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Builds a code from a level and the bare digits CBS code lists use (`0935`, `093501`).
    public init?(level: AreaLevel, digits: some StringProtocol) {
        let code = Self.withBytes(of: digits) { Parsed(level, $0) }
        switch code {
        case .code(let level, let digits): self.init(checked: level, digits: digits)
        case .invalid: return nil
        case .notASCII: self.init(unicode: level.prefix + digits.trimmingCharacters(in: .whitespaces))
        }
    }

    /// `init(level:digits:)` from the bytes of a file's field.
    init?(level: AreaLevel, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        switch Parsed(level, bytes) {
        case .code(let level, let digits): self.init(checked: level, digits: digits)
        case .invalid: return nil
        case .notASCII: self.init(unicode: level.prefix + String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces))
        }
    }

    private init(checked level: AreaLevel, digits: String) {
        self.level = level
        self.digits = digits
    }

    /// What the bytes of a code say; text with bytes above ASCII goes the Unicode way, so that
    /// e.g. a no-break space around a code is trimmed as Foundation's `.whitespaces` does.
    private enum Parsed {
        /// The digits as a `String` already: the bytes may be a temporary copy that is gone
        /// once `withBytes` returns.
        case code(AreaLevel, String)
        case invalid
        case notASCII

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let code = AreaCode.trimmed(bytes)
            guard code.allSatisfy({ $0 < 0x80 }) else { self = .notASCII; return }
            guard code.count >= 4 else { self = .invalid; return }
            let level: AreaLevel
            switch (code[0], code[1]) {
            case (UInt8(ascii: "N"), UInt8(ascii: "L")): level = .country
            case (UInt8(ascii: "P"), UInt8(ascii: "V")): level = .province
            case (UInt8(ascii: "G"), UInt8(ascii: "M")): level = .municipality
            case (UInt8(ascii: "W"), UInt8(ascii: "K")): level = .district
            case (UInt8(ascii: "B"), UInt8(ascii: "U")): level = .neighbourhood
            default: self = .invalid; return
            }
            self = AreaCode.check(level, UnsafeBufferPointer(rebasing: code[2...]))
        }

        /// The bare digits of a code at a known level.
        init(_ level: AreaLevel, _ bytes: UnsafeBufferPointer<UInt8>) {
            let digits = AreaCode.trimmed(bytes)
            guard digits.allSatisfy({ $0 < 0x80 }) else { self = .notASCII; return }
            self = AreaCode.check(level, digits)
        }
    }

    /// The UTF-8 of some text, in place when it is stored contiguously (a native String or Substring).
    private static func withBytes<T>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Without the spaces and tabs around it (in ASCII, all of `.whitespaces`).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    /// ASCII digits after the prefix: the municipality's four always digits, then digits or
    /// capitals (Amsterdam's districts and neighbourhoods since 2022: WK0363AF, BU0363AF03).
    private static func check(_ level: AreaLevel, _ digits: UnsafeBufferPointer<UInt8>) -> Parsed {
        guard digits.count == level.digits else { return .invalid }
        for (offset, byte) in digits.enumerated() {
            let isDigit = byte &- UInt8(ascii: "0") < 10
            guard isDigit || (offset >= 4 && byte &- UInt8(ascii: "A") < 26) else { return .invalid }
        }
        return .code(level, String(decoding: digits, as: UTF8.self))
    }

    /// The rules on Characters, for text that is not ASCII (never in CBS's files).
    private init?(unicode text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 4,
              let level = AreaLevel.allCases.first(where: { trimmed.hasPrefix($0.prefix) }) else { return nil }
        let digits = trimmed.dropFirst(2)
        guard digits.count == level.digits,
              digits.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.dropFirst(4).allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }) else { return nil }
        self.level = level
        self.digits = String(digits)
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
