import Core
import Testing

/// Euros are exact: integer cents, Dutch thousands dots and decimal commas read without guessing.
@Suite struct MoneyTests {
    @Test(arguments: [
        ("125.000", 12_500_000), ("630000", 63_000_000), ("€ 1.200.000", 120_000_000), ("50.000,-", 5_000_000),
        ("125.000,50", 12_500_050), ("0,5", 50), ("EUR 75.000", 7_500_000),
    ])
    func readsEurosAsTheyAreWritten(text: String, cents: Int) throws {
        #expect(try Money(parsing: text) == Money(cents: cents))
    }

    @Test(arguments: [
        ("125.50", MoneyError.notAnAmount("125.50")), ("1.2345", .notAnAmount("1.2345")), ("veel", .notAnAmount("veel")),
        ("-5", .negative), ("1,234", .tooPrecise), ("", .empty),
    ])
    func refusesWhatIsAmbiguousOrWrong(text: String, expected: MoneyError) {
        #expect(throws: expected) { try Money(parsing: text) }
    }

    @Test func correctionsMayBeNegativeWhenAllowed() throws {
        #expect(try Money(parsing: "-1.000", allowNegative: true) == Money(euros: -1000))
    }

    @Test func theRateRoundsToTheCent() {
        let rate = CapacityRate(perFTEPerYear: Money(euros: 75_000))
        #expect(rate.cost(of: FTE(thousandths: 1)) == Money(euros: 75))
        let odd = CapacityRate(perFTEPerYear: Money(cents: 1_001))
        #expect(odd.cost(of: FTE(thousandths: 500)) == Money(cents: 501))
        #expect(FTE(thousandths: 10_900).description == "10.9")
        #expect(Money(cents: 81_750_000).description == "817500")
    }
}
