/// What `TableInfos` says about a CBS table: its title and the period it covers.
public struct CBSTableInfo: Decodable, Sendable, Equatable {
    /// `85984NED`.
    public var identifier: String
    /// `Kerncijfers wijken en buurten 2024`.
    public var title: String
    /// As CBS writes it: `2024`, or a span for tables of several years.
    public var period: String
    /// When CBS last changed the table, e.g. `2025-03-27T02:00:00`.
    public var modified: String?

    enum CodingKeys: String, CodingKey {
        case identifier = "Identifier", title = "Title", period = "Period", modified = "Modified"
    }

    public init(identifier: String, title: String, period: String, modified: String? = nil) {
        self.identifier = identifier
        self.title = title
        self.period = period
        self.modified = modified
    }

    /// The years the period names (`2024` → [2024]; `2016-2020` → [2016, 2020]), in order.
    public var years: [Int] {
        var years: [Int] = []
        var digits = ""
        for character in period + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), !years.contains(year) { years.append(year) }
            digits = ""
        }
        return years
    }
}
