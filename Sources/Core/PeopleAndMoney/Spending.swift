/// *Realisatie*: what was actually spent on a budget line over a period of months.
public struct Spending: Sendable, Hashable, Codable {
    public var line: String
    public var from: YearMonth
    public var until: YearMonth
    /// Negative for a correction of an earlier entry.
    public var amount: Money
    public var note: String?

    public init(line: String, from: YearMonth, until: YearMonth, amount: Money, note: String? = nil) {
        self.line = line
        self.from = from
        self.until = until
        self.amount = amount
        self.note = note
    }
}
