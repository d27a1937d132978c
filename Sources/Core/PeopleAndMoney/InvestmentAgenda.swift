/// The regional investment agenda with its totals per action line, per source and per status.
public struct InvestmentAgenda: Sendable {
    public let investments: [Investment]

    public init(_ investments: [Investment]) {
        self.investments = investments
    }

    public var total: Money { investments.map(\.amount).sum() }

    public func total(actionLine: String) -> Money {
        investments.filter { $0.actionLine == actionLine }.map(\.amount).sum()
    }

    public func total(source: Investment.Source) -> Money {
        investments.filter { $0.source == source }.map(\.amount).sum()
    }

    public func total(status: Investment.Status) -> Money {
        investments.filter { $0.status == status }.map(\.amount).sum()
    }

    /// One cell of a line-by-source table.
    public func total(actionLine: String, source: Investment.Source) -> Money {
        investments.filter { $0.actionLine == actionLine && $0.source == source }.map(\.amount).sum()
    }

    /// The action lines that have investments, in the order they first appear.
    public var actionLines: [String] {
        var seen: [String] = []
        for investment in investments where !seen.contains(investment.actionLine) { seen.append(investment.actionLine) }
        return seen
    }
}
