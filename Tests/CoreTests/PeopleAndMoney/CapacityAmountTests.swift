import Core
import Testing

/// Capacity as people type it: FTE or days a week times persons, circa, PM; and what is refused.
@Suite struct CapacityAmountTests {
    @Test func daysAWeekTimesPersonsIsFTEAtFiveDaysAWeek() throws {
        let amount = try CapacityAmount(parsing: "1,5 d/w x 4")
        #expect(amount.fte == FTE(thousandths: 1200))
        #expect(amount.quantity == .days(DaysPerWeek(hundredths: 150), persons: 4))
        let rate = CapacityRate(perFTEPerYear: Money(euros: 75_000))
        #expect(rate.cost(of: try #require(amount.fte)) == Money(euros: 90_000))
    }

    @Test(arguments: [
        ("1,2 fte", 1200, false), ("1.2", 1200, false), ("1,2", 1200, false), ("2 fte", 2000, false), ("0.4 fte", 400, false),
        ("circa 2 fte", 2000, true), ("ca 0,6", 600, true), ("ca. 3 fte", 3000, true), ("± 3", 3000, true), ("0,4 fte ?", 400, true),
        ("1,5 d /w x 4 = 6 d /wk", 1200, false), ("circa 4 d/wk X 4 = 16 d /wk", 3200, true), ("1 d/wk × 4", 800, false),
        ("0,5 d/w", 100, false), ("0,125 fte", 125, false), ("1,50 FTE", 1500, false),
    ])
    func readsThePlansWayOfWriting(text: String, thousandths: Int, approximate: Bool) throws {
        let amount = try CapacityAmount(parsing: text)
        #expect(amount.fte == FTE(thousandths: thousandths))
        #expect(amount.isApproximate == approximate)
    }

    @Test func pmIsNamedButNotQuantifiedAndNotZero() throws {
        for text in ["PM", "pm", "P.M.", "pro memorie"] {
            let amount = try CapacityAmount(parsing: text)
            #expect(amount.isPM)
            #expect(amount.fte == nil)
        }
        #expect(try CapacityAmount(parsing: "0 fte").fte == .zero)
        #expect(try CapacityAmount(parsing: "0 fte").isPM == false)
    }

    @Test(arguments: [
        ("1,5 x", CapacityAmountError.missingPersons),
        ("1,5 d/w x", .missingPersons),
        ("-1,2 fte", .negative),
        ("ca -2", .negative),
        ("veel", .notANumber("veel")),
        ("abc", .notANumber("abc")),
        ("twee fte", .notANumber("twee fte")),
        ("1,2 uur", .unknownUnit("uur")),
        ("1,5 x 4", .missingDaysUnit),
        ("1,5 d/w x 0", .invalidPersons("0")),
        ("1,5 d/w x 2,5", .invalidPersons("2,5")),
        ("1,5 d/w x 4 = 7 d/wk", .daysTotalMismatch(stated: DaysPerWeek(hundredths: 700), computed: DaysPerWeek(hundredths: 600))),
        ("1,2345 fte", .tooPrecise(maximumDecimals: 3)),
        ("8 d/w", .tooManyDays(DaysPerWeek(hundredths: 800))),
        ("1,2,3", .notANumber("1,2,3")),
        ("", .empty),
        ("   ", .empty),
    ])
    func refusesWhatIsNotAnAmount(text: String, expected: CapacityAmountError) {
        #expect(throws: expected) { try CapacityAmount(parsing: text) }
    }

    @Test func everyRefusalHasAKeyAndAMessageThatNamesTheProblem() {
        #expect(CapacityAmountError.missingPersons.messageKey == "capacityAmount.missingPersons")
        #expect(CapacityAmountError.missingPersons.message.contains("persons"))
        #expect(CapacityAmountError.negative.message.contains("negative"))
        #expect(CapacityAmountError.notANumber("veel").message.contains("'veel'"))
    }

    @Test func theTextReadsBackToTheSameAmount() throws {
        for text in ["ca 1,5 d/w x 4", "0,4 fte ?", "PM", "2 fte", "0,125"] {
            let amount = try CapacityAmount(parsing: text)
            #expect(try CapacityAmount(parsing: amount.description) == amount)
        }
    }
}
