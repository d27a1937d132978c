/// One year of the *Tabel Middelen*: budget, coverage and realisation side by side, every
/// total computed from the lines, fundings and spendings it is built from.
public struct BudgetYear: Sendable {
    /// How coverage compares with the budget. The plan's 2020 line is covered for 2,000 more
    /// than it was budgeted at; Stip shows that rather than rounding it away.
    public enum Balance: Sendable, Hashable, Codable {
        case balanced
        case surplus(Money)
        case shortfall(Money)

        init(coverage: Money, budget: Money) {
            self = coverage == budget ? .balanced : coverage > budget ? .surplus(coverage - budget) : .shortfall(budget - coverage)
        }

        public var isBalanced: Bool { self == .balanced }
    }

    public let year: Int
    public let lines: [BudgetLine]
    public let fundings: [Funding]
    public let spendings: [Spending]
    public let note: String?

    public init(year: Int, lines: [BudgetLine], fundings: [Funding], spendings: [Spending] = [], note: String? = nil) {
        self.year = year
        self.note = note
        self.lines = lines.filter { $0.year == year }
        self.fundings = fundings.filter { $0.year == year }
        let lineIDs = Set(self.lines.map(\.id))
        self.spendings = spendings.filter { lineIDs.contains($0.line) }
    }

    // MARK: Budget

    public var budgeted: Money { lines.map(\.budgeted).sum() }

    // MARK: Coverage

    public var coverage: Money { fundings.map(\.amount).sum() }

    /// Coverage given to this line specifically.
    public func coverage(line: String) -> Money {
        fundings.filter { $0.line == line }.map(\.amount).sum()
    }

    public func coverage(line: String, financier: String) -> Money {
        fundings.filter { $0.line == line && $0.financier == financier }.map(\.amount).sum()
    }

    /// Coverage for the year as a whole, not tied to a line.
    public var yearCoverage: Money {
        fundings.filter { $0.line == nil }.map(\.amount).sum()
    }

    public func yearCoverage(financier: String) -> Money {
        fundings.filter { $0.line == nil && $0.financier == financier }.map(\.amount).sum()
    }

    /// Everything the financier contributes this year, to lines and to the year.
    public func coverage(financier: String) -> Money {
        fundings.filter { $0.financier == financier }.map(\.amount).sum()
    }

    /// The financiers in the order they first appear.
    public var financiers: [String] {
        var seen: [String] = []
        for funding in fundings where !seen.contains(funding.financier) { seen.append(funding.financier) }
        return seen
    }

    /// Coverage minus budget.
    public var difference: Money { coverage - budgeted }

    public var balance: Balance { Balance(coverage: coverage, budget: budgeted) }

    /// A line's own balance; nil when no funding is tied to it (its cover is the year's).
    public func balance(line: String) -> Balance? {
        guard let budget = lines.first(where: { $0.id == line })?.budgeted,
              fundings.contains(where: { $0.line == line }) else { return nil }
        return Balance(coverage: coverage(line: line), budget: budget)
    }

    // MARK: Realisation

    public var spent: Money { spendings.map(\.amount).sum() }

    public func spent(line: String) -> Money {
        spendings.filter { $0.line == line }.map(\.amount).sum()
    }

    /// Budget not yet spent; negative when the line is overspent.
    public func remaining(line: String) -> Money {
        (lines.first { $0.id == line }?.budgeted ?? .zero) - spent(line: line)
    }

    public var remaining: Money { budgeted - spent }
}
