import Core
import Testing

/// A malformed people-and-money file is refused whole, naming file, line, column and field.
@Suite struct PeopleAndMoneyFileTests {
    /// A small valid file; each test breaks it in one place. Line numbers below count from 1.
    static let valid = """
    format: stip-people-and-money/1
    organisations:
      - id: rijk
        name: Rijk
        kind: group
        country: NL
    parties:
      - id: rijk
        label: Rijk
    activities:
      - id: regieteam
        name: Ambtelijk regieteam
        kind: steeringTeam
    capacity:
      - year: 2021
        rate:
          perFTE: 75.000
        rows:
          - activity: regieteam
            commitments:
              - party: rijk
                amount: 1,5 d/w x 4
    budget:
      - year: 2021
        lines:
          - id: monitoring
            name: Monitoring
            budgeted: 75.000
            spending:
              - from: 2021-01
                until: 2021-06
                amount: 10.000
        funding:
          - financier: rijk
            amount: 75.000
    reviews:
      - id: voorjaar-2021
        date: 2021-05-10
        body: directeurennetwerk
        decisions:
          - activity: regieteam
            verdict: maintain
            reason: Toereikend
    investments:
      - id: ria-1
        actionLine: groene-long
        source: eu
        status: desired
        amount: 1.000.000
        description: Voorbeeld
    """

    static func refusal(_ yaml: String) throws -> PlanFileError {
        do {
            _ = try PeopleAndMoneyFile.parse(yaml, file: "middelen.yaml")
        } catch {
            return error
        }
        throw Unexpected.accepted
    }

    enum Unexpected: Error { case accepted }

    @Test func theValidFileLoads() throws {
        let data = try PeopleAndMoneyFile.parse(Self.valid, file: "middelen.yaml")
        let table = try #require(data.capacityTable(year: 2021))
        #expect(table.total(party: "rijk").fte == FTE(thousandths: 1200))
        #expect(table.cost(party: "rijk", basis: .computed)?.amount == Money(euros: 90_000))
        #expect(data.budgetYear(2021).balance == .balanced)
        #expect(data.budgetYear(2021).spent == Money(euros: 10_000))
        #expect(data.reviewHistory.latest(activity: "regieteam")?.decision.verdict == .maintain)
        #expect(data.investmentAgenda.total(source: .eu) == Money(euros: 1_000_000))
    }

    @Test func anInvalidAmountIsRefusedAtItsPlace() throws {
        let error = try Self.refusal(Self.valid.replacingOccurrences(of: "amount: 1,5 d/w x 4", with: "amount: 1,5 x"))
        #expect(error.file == "middelen.yaml")
        let problem = try #require(error.problems.first)
        #expect(error.problems.count == 1)
        #expect(problem.line == 22)
        #expect(problem.column == 21)
        #expect(problem.field == "capacity[0].rows[0].commitments[0].amount")
        #expect(problem.message == CapacityAmountError.missingPersons.message)
        #expect(error.description.contains("middelen.yaml:22:21: capacity[0].rows[0].commitments[0].amount:"))
    }

    @Test func negativeAndLettersAreRefusedToo() throws {
        let negative = try Self.refusal(Self.valid.replacingOccurrences(of: "amount: 1,5 d/w x 4", with: "amount: -2 fte"))
        #expect(negative.problems.map(\.message) == [CapacityAmountError.negative.message])
        let letters = try Self.refusal(Self.valid.replacingOccurrences(of: "amount: 1,5 d/w x 4", with: "amount: veel"))
        #expect(letters.problems.map(\.message) == [CapacityAmountError.notANumber("veel").message])
    }

    @Test func anUnknownFieldIsRefused() throws {
        let error = try Self.refusal(Self.valid.replacingOccurrences(of: "    rate:\n", with: "    rates:\n"))
        let problem = try #require(error.problems.first)
        #expect(problem.line == 16)
        #expect(problem.column == 5)
        #expect(problem.field == "capacity[0].rates")
    }

    @Test func aReferenceThatPointsNowhereIsRefused() throws {
        let error = try Self.refusal(Self.valid.replacingOccurrences(of: "- financier: rijk", with: "- financier: provincie"))
        let problem = try #require(error.problems.first)
        #expect(problem.field == "budget[0].funding[0].financier")
        #expect(problem.line == 34)
        #expect(problem.message.contains("'provincie'"))
    }

    @Test func moneyWithADotBeforeCentsIsRefusedNotGuessed() throws {
        let error = try Self.refusal(Self.valid.replacingOccurrences(of: "budgeted: 75.000", with: "budgeted: 75.50"))
        let problem = try #require(error.problems.first)
        #expect(problem.field == "budget[0].lines[0].budgeted")
        #expect(problem.line == 28)
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let broken = Self.valid
            .replacingOccurrences(of: "verdict: maintain", with: "verdict: handhaven")
            .replacingOccurrences(of: "date: 2021-05-10", with: "date: 10-05-2021")
            .replacingOccurrences(of: "- year: 2021\n    lines", with: "- year: twintig\n    lines")
        let error = try Self.refusal(broken)
        #expect(Set(error.problems.map(\.field)) == ["budget[0].year", "reviews[0].date", "reviews[0].decisions[0].verdict"])
    }

    @Test func aValueWhereAMappingBelongsHasEachRequiredFieldReportedMissingThere() throws {
        let error = try Self.refusal(Self.valid.replacingOccurrences(of: "  - id: rijk\n    label: Rijk", with: "  - rijk"))
        let problems = error.problems.prefix(2)
        #expect(problems.map(\.field) == ["parties[0].id", "parties[0].label"])
        #expect(problems.allSatisfy { $0.line == 8 && $0.column == 5 && $0.message == "is required but missing" })
    }

    /// `{=: a}` is a mapping, not the text 'a': its activity is not the one whose partOf is 'elders'.
    @Test func anIdThatIsNoTextDoesNotBorrowAnotherActivitysPartOf() throws {
        let error = try Self.refusal(Self.valid.replacingOccurrences(of: "activities:\n", with: """
            activities:
              - {id: a, name: A, kind: steeringTeam, partOf: elders}
              - {id: {=: a}, name: B, kind: steeringTeam, partOf: elders}

            """))
        #expect(error.problems.map(\.field) == ["activities[1].id", "activities[0].partOf"])
    }

    @Test func againstThePlanAPartyMustBeAnOrganisation() throws {
        let plan = try PlanFile.load(path: SeedPeopleAndMoney.planPath)
        let yaml = Self.valid.replacingOccurrences(of: "  - id: rijk\n    label: Rijk", with: "  - id: rijk\n    label: Rijk\n  - id: gemeente-nergens\n    label: Nergens")
        do {
            _ = try PeopleAndMoneyFile.parse(yaml, file: "middelen.yaml", plan: plan)
            Issue.record("accepted a party that is no organisation")
        } catch {
            #expect(error.problems.map(\.field) == ["parties[1].id"])
        }
    }

    @Test func theShippedFileLoadsAgainstTheShippedPlan() {
        let data = SeedPeopleAndMoney.data
        #expect(data.organisations.map(\.id) == ["triple-helix", "rijk"])
        #expect(data.capacityYears.map(\.year) == [2020, 2021])
        #expect(data.commitments.count == 19)
    }
}
