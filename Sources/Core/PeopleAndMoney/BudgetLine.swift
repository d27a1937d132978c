/// *Begrotingspost*: one line of the *Tabel Middelen* with what it is budgeted at.
public struct BudgetLine: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var year: Int
    /// As the plan writes it.
    public var name: String
    public var budgeted: Money
    public var note: String?

    public init(id: String, year: Int, name: String, budgeted: Money, note: String? = nil) {
        self.id = id
        self.year = year
        self.name = name
        self.budgeted = budgeted
        self.note = note
    }
}
