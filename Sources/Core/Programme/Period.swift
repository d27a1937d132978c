/// A year and month, written `yyyy-mm` in a plan file.
public struct YearMonth: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init?(year: Int, month: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    /// Months since year 0, so spans can be measured.
    public var ordinal: Int { year * 12 + (month - 1) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = YearMonth(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a year and month (yyyy-mm)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A stretch of time the plan dates short-term actions by ('November-december', 'Overig 2021').
public struct Period: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// As the plan writes it.
    public var label: String
    public var start: YearMonth
    public var end: YearMonth

    public init(id: String, label: String, start: YearMonth, end: YearMonth) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
    }
}
