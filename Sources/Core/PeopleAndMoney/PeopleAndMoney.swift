/// Everything a people-and-money file holds (see docs/people-and-money-file.md): the parties,
/// the capacity per year, the budget per year, the reviews and the investment agenda.
public struct PeopleAndMoney: Sendable, Equatable, Codable {
    /// Organisations the plan file does not have, which parties here refer to ('Rijk', 'Triple Helix').
    public var organisations: [Organisation]
    public var parties: [Party]
    public var activities: [CapacityActivity]
    public var capacityYears: [CapacityYear]
    public var commitments: [CapacityCommitment]
    public var budgetLines: [BudgetLine]
    public var fundings: [Funding]
    public var spendings: [Spending]
    /// The plan's *toelichting* per budget year.
    public var budgetNotes: [Int: String]
    public var reviews: [CapacityReview]
    public var investments: [Investment]

    public init(
        organisations: [Organisation] = [], parties: [Party] = [], activities: [CapacityActivity] = [],
        capacityYears: [CapacityYear] = [], commitments: [CapacityCommitment] = [],
        budgetLines: [BudgetLine] = [], fundings: [Funding] = [], spendings: [Spending] = [], budgetNotes: [Int: String] = [:],
        reviews: [CapacityReview] = [], investments: [Investment] = []
    ) {
        self.organisations = organisations
        self.parties = parties
        self.activities = activities
        self.capacityYears = capacityYears
        self.commitments = commitments
        self.budgetLines = budgetLines
        self.fundings = fundings
        self.spendings = spendings
        self.budgetNotes = budgetNotes
        self.reviews = reviews
        self.investments = investments
    }

    public func capacityTable(year: Int) -> CapacityTable? {
        capacityYears.first { $0.year == year }.map {
            CapacityTable(year: $0, activities: activities, parties: parties, commitments: commitments)
        }
    }

    /// The years the budget has lines or funding for.
    public var budgetYears: [Int] {
        Array(Set(budgetLines.map(\.year) + fundings.map(\.year))).sorted()
    }

    public func budgetYear(_ year: Int) -> BudgetYear {
        BudgetYear(year: year, lines: budgetLines, fundings: fundings, spendings: spendings, note: budgetNotes[year])
    }

    public var reviewHistory: CapacityReviewHistory { CapacityReviewHistory(reviews) }

    public var investmentAgenda: InvestmentAgenda { InvestmentAgenda(investments) }
}
