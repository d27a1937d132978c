import Core
import Testing

/// Half-yearly capacity reviews and the regional investment agenda.
@Suite struct ReviewAndInvestmentTests {
    static let reviews = [
        CapacityReview(id: "najaar-2021", date: "2021-11-15", body: "directeurennetwerk", decisions: [
            .init(activity: "team-groene-long", verdict: .scaleUp, reason: "Meer werk rond de RES"),
        ]),
        CapacityReview(id: "voorjaar-2021", date: "2021-05-10", body: "directeurennetwerk", decisions: [
            .init(activity: "team-groene-long", verdict: .maintain, reason: "Toereikend"),
            .init(activity: "communicatieteam", verdict: .scaleDown, reason: "Strategie staat"),
        ]),
    ]

    @Test func theLatestDecisionPerActivityWinsAndTheHistoryIsKept() throws {
        let history = CapacityReviewHistory(Self.reviews)
        #expect(history.reviews.map(\.id) == ["voorjaar-2021", "najaar-2021"])
        let latest = try #require(history.latest(activity: "team-groene-long"))
        #expect(latest.decision.verdict == .scaleUp)
        #expect(latest.date == "2021-11-15")
        #expect(history.history(activity: "team-groene-long").map(\.decision.verdict) == [.scaleUp, .maintain])
        #expect(history.latestByActivity["communicatieteam"]?.decision.verdict == .scaleDown)
        #expect(history.latest(activity: "ambtelijk-regieteam") == nil)
    }

    @Test func theSeedHoldsNoReviewsAndNoInvestmentsBecauseThePlanQuantifiesNone() {
        #expect(SeedPeopleAndMoney.data.reviews.isEmpty)
        #expect(SeedPeopleAndMoney.data.investments.isEmpty)
        #expect(SeedPeopleAndMoney.data.investmentAgenda.total == .zero)
    }

    @Test func investmentsAreTotalledPerLineSourceAndStatus() {
        let agenda = InvestmentAgenda([
            Investment(id: "a", actionLine: "groene-long", source: .eu, status: .desired, amount: Money(euros: 1_000_000), description: "A"),
            Investment(id: "b", actionLine: "groene-long", source: .region, status: .committed, amount: Money(euros: 250_000), description: "B"),
            Investment(id: "c", actionLine: "einstein-telescoop", source: .nationalGovernment, status: .committed, amount: Money(euros: 500_000), description: "C"),
        ])
        #expect(agenda.total == Money(euros: 1_750_000))
        #expect(agenda.total(actionLine: "groene-long") == Money(euros: 1_250_000))
        #expect(agenda.total(source: .eu) == Money(euros: 1_000_000))
        #expect(agenda.total(source: .business) == .zero)
        #expect(agenda.total(status: .committed) == Money(euros: 750_000))
        #expect(agenda.total(actionLine: "groene-long", source: .region) == Money(euros: 250_000))
        #expect(agenda.actionLines == ["groene-long", "einstein-telescoop"])
        #expect(Investment.Status.desired < .realised)
    }
}
