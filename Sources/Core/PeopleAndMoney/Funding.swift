/// *Dekking*: what a financier contributes, either to one budget line or to the year as a whole
/// (2021: the Rijk and the province cover the year's 630,000 together, not line by line).
public struct Funding: Sendable, Hashable, Codable {
    public var year: Int
    /// A party's id.
    public var financier: String
    public var amount: Money
    /// The budget line it covers; nil when it covers the year as a whole.
    public var line: String?
    public var note: String?

    public init(year: Int, financier: String, amount: Money, line: String? = nil, note: String? = nil) {
        self.year = year
        self.financier = financier
        self.amount = amount
        self.line = line
        self.note = note
    }
}
