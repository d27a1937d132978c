import Core
import Testing

/// The seeded *Tabel Middelen*: 2020 covered for 2,000 more than budgeted, 2021 balanced.
@Suite struct BudgetYearTests {
    let data = SeedPeopleAndMoney.data

    @Test func the2020LineIsCoveredForMoreThanItsBudget() throws {
        let year = data.budgetYear(2020)
        #expect(year.lines.map(\.name) == ["Opstellen Plan van aanpak NOVI-gebied"])
        #expect(year.budgeted == Money(euros: 125_000))
        #expect(year.coverage == Money(euros: 127_000))
        #expect(year.coverage(financier: "triple-helix") == Money(euros: 25_000))
        #expect(year.coverage(financier: "gemeenten-zuid-limburg") == Money(euros: 60_000))
        #expect(year.coverage(financier: "provincie-limburg") == Money(euros: 30_000))
        #expect(year.coverage(financier: "rijk") == Money(euros: 12_000))
        #expect(year.balance == .surplus(Money(euros: 2_000)))
        #expect(!year.balance.isBalanced)
        #expect(year.difference == Money(euros: 2_000))
        let line = try #require(year.lines.first)
        #expect(year.coverage(line: line.id) == Money(euros: 127_000))
        #expect(year.balance(line: line.id) == .surplus(Money(euros: 2_000)))
        #expect(year.yearCoverage == .zero)
    }

    @Test func the2021BudgetIsSevenLinesCoveredForTheYearAndBalanced() {
        let year = data.budgetYear(2021)
        #expect(year.lines.count == 7)
        #expect(year.lines.map(\.budgeted) == [50_000, 75_000, 50_000, 250_000, 80_000, 50_000, 75_000].map { Money(euros: $0) })
        #expect(year.lines.first?.name == "Externe procesondersteuning partnerschap Rijk-Regio")
        #expect(year.budgeted == Money(euros: 630_000))
        #expect(year.coverage == Money(euros: 630_000))
        #expect(year.yearCoverage(financier: "provincie-limburg") == Money(euros: 130_000))
        #expect(year.yearCoverage(financier: "rijk") == Money(euros: 500_000))
        #expect(year.financiers == ["provincie-limburg", "rijk"])
        #expect(year.balance == .balanced)
        // Covered for the year as a whole, so no line has a balance of its own.
        #expect(year.lines.allSatisfy { year.balance(line: $0.id) == nil })
        #expect(data.budgetYears == [2020, 2021])
    }

    @Test func aShortfallIsFlaggedToo() {
        let line = BudgetLine(id: "x", year: 2022, name: "X", budgeted: Money(euros: 100))
        let year = BudgetYear(year: 2022, lines: [line], fundings: [Funding(year: 2022, financier: "rijk", amount: Money(euros: 60))])
        #expect(year.balance == .shortfall(Money(euros: 40)))
    }

    @Test func realisationIsRecordedPerLineAndPeriod() throws {
        let lines = [
            BudgetLine(id: "monitoring", year: 2021, name: "Monitoring", budgeted: Money(euros: 75_000)),
            BudgetLine(id: "communicatie", year: 2021, name: "Communicatie", budgeted: Money(euros: 50_000)),
        ]
        let h1 = try #require(YearMonth(year: 2021, month: 1)), h1End = try #require(YearMonth(year: 2021, month: 6))
        let h2 = try #require(YearMonth(year: 2021, month: 7)), h2End = try #require(YearMonth(year: 2021, month: 12))
        let year = BudgetYear(year: 2021, lines: lines, fundings: [], spendings: [
            Spending(line: "monitoring", from: h1, until: h1End, amount: Money(euros: 30_000)),
            Spending(line: "monitoring", from: h2, until: h2End, amount: Money(euros: 50_000)),
            Spending(line: "communicatie", from: h1, until: h1End, amount: Money(cents: 1_234_567)),
            Spending(line: "elders", from: h1, until: h1End, amount: Money(euros: 1)),
        ])
        #expect(year.spent(line: "monitoring") == Money(euros: 80_000))
        #expect(year.remaining(line: "monitoring") == Money(euros: -5_000))
        #expect(year.spent == Money(cents: 9_234_567))
        #expect(year.remaining == Money(cents: 12_500_000 - 9_234_567))
    }
}
