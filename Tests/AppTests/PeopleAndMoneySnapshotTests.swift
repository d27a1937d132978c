@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Testing

/// The pages of *Mensen en middelen* and their forms, rendered from the seed alone (with two
/// invented reviews and investments, which the seed has none of) and compared whole with the
/// copies in __Snapshots__.
@Suite struct PeopleAndMoneySnapshotTests {
    let data = SeedPeopleAndMoneyFile.data
    let register = SeedPlan.register
    let l = Localizer()
    static let csrf = "csrf-token-snapshot"

    static let reviewedAndInvested: PeopleAndMoney = {
        var data = SeedPeopleAndMoneyFile.data
        data.reviews = [
            CapacityReview(id: "voorjaar-2021", date: "2021-05-10", body: "directeurennetwerk", decisions: [
                .init(activity: "team-groene-long", verdict: .maintain, reason: "Toereikend"),
                .init(activity: "communicatieteam", verdict: .scaleDown, reason: "Strategie staat"),
            ]),
            CapacityReview(id: "najaar-2021", date: "2021-11-15", body: "directeurennetwerk", decisions: [
                .init(activity: "team-groene-long", verdict: .scaleUp, reason: "Meer werk rond de RES"),
            ], note: "Halfjaarlijkse herijking"),
        ]
        data.investments = [
            Investment(id: "groene-long-eu", actionLine: "groene-long", source: .eu, status: .desired,
                       amount: Money(euros: 1_000_000), description: "Klimaatbestendig watersysteem"),
            Investment(id: "groene-long-regio", actionLine: "groene-long", source: .region, status: .committed,
                       amount: Money(euros: 250_000), description: "Overgangen stad en platteland"),
            Investment(id: "einstein-telescoop-rijk", actionLine: "einstein-telescoop", source: .nationalGovernment, status: .committed,
                       amount: Money(euros: 500_000), description: "Kandidatuur Einstein Telescoop"),
        ]
        return data
    }()

    @Test func capacity2021() {
        assertSnapshot(of: CapacityPage.render(.init(data, register: register, year: 2021), l), as: .html, named: "middelen-inzet-2021")
    }

    @Test func budget2020() {
        assertSnapshot(of: BudgetPage.render(.init(data, register: register, year: 2020), l), as: .html, named: "middelen-begroting-2020")
    }

    @Test func capacityChart2021() {
        assertSnapshot(of: CapacityPage.Model(data, register: register, year: 2021).chart(l).render(), as: .svg, named: "middelen-inzet-2021")
    }

    @Test func overview() {
        assertSnapshot(of: PeopleAndMoneyPage.render(.init(data, register: register), l), as: .html, named: "middelen")
    }

    @Test func overviewBeforeAnyFileIsLoaded() {
        assertSnapshot(of: PeopleAndMoneyPage.render(.init(nil, register: register), l), as: .html, named: "middelen-leeg")
    }

    @Test func reviews() {
        assertSnapshot(of: ReviewsPage.render(.init(Self.reviewedAndInvested, register: register), l), as: .html, named: "herijkingen")
    }

    @Test func investmentAgenda() {
        assertSnapshot(of: InvestmentAgendaPage.render(.init(Self.reviewedAndInvested, register: register), l), as: .html, named: "investeringen")
    }

    // MARK: The forms, as the routes fill them

    func commitmentForm(_ values: [String: String], version: Int, preview: String? = nil) -> MoneyFormPage.Model {
        MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.fillInCommitment)), intro: l(.money(.commitmentIntro)), csrf: Self.csrf,
            action: .money(.commitmentForm(year: nil, activity: nil, party: nil)), back: .money(.capacity(2021)),
            groups: CommitmentForm.groups(data, l), values: values, version: version, preview: preview)
    }

    var storedCommitment: CapacityCommitment {
        get throws { try #require(data.commitments.first { $0.year == 2021 }) }
    }

    @Test func commitmentForm() throws {
        let stored = try storedCommitment
        let preview = l(.money(.nowStored)) + ": " + CommitmentForm.preview(stored.amount, rate: data.capacityTable(year: 2021)?.rate, l)
        assertSnapshot(of: MoneyFormPage.render(commitmentForm(CommitmentForm.values(stored, l), version: 3, preview: preview), l),
                       as: .html, named: "inzet-invullen")
    }

    @Test func commitmentFormWithProblems() throws {
        var values = CommitmentForm.values(try storedCommitment, l)
        values["inzet"] = "veel"
        values["jaar"] = "twintig"
        var model = commitmentForm(values, version: 3)
        guard case let .problems(problems) = CommitmentForm.read(values, data, l) else {
            Issue.record("the form took 'veel' as an amount")
            return
        }
        model.problems = problems
        assertSnapshot(of: MoneyFormPage.render(model, l), as: .html, named: "inzet-met-fouten")
    }

    /// Someone saved the cell since this edit began: the saved values beside the typed ones.
    @Test func commitmentFormInConflict() throws {
        let stored = try storedCommitment
        var typed = CommitmentForm.values(stored, l)
        typed["inzet"] = "2 fte"
        typed["toelichting"] = "Na herijking"
        var model = commitmentForm(typed, version: 4)
        model.saved = CommitmentForm.values(stored, l)
        assertSnapshot(of: MoneyFormPage.render(model, l), as: .html, named: "inzet-conflict")
    }

    @Test func rateForm() {
        let model = MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.rateTitle(2021))), intro: l(.money(.rateIntro)), csrf: Self.csrf,
            action: .money(.capacityRate(2021)), back: .money(.capacity(2021)),
            groups: [.init(legend: nil, fields: [.init(name: "tarief", label: l(.money(.ratePerFTE)), hint: l(.money(.moneyHint)))])],
            values: ["tarief": "75.000"], version: 1)
        assertSnapshot(of: MoneyFormPage.render(model, l), as: .html, named: "tarief")
    }

    @Test func spendingForm() throws {
        let line = try #require(data.budgetLines.first)
        let model = MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.recordSpending)), intro: l(.money(.spendingIntro)), csrf: Self.csrf,
            action: .money(.spendingForm(line: nil)), back: .money(.budget(line.year)),
            groups: SpendingForm.groups(data, l), values: ["post": line.id], version: 0)
        assertSnapshot(of: MoneyFormPage.render(model, l), as: .html, named: "besteding")
    }

    @Test func reviewForm() {
        let model = MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.addReview)), intro: l(.money(.reviewFormIntro)), csrf: Self.csrf,
            action: .money(.newReview), back: .money(.reviews), groups: ReviewForm.groups(data, register, l),
            values: ["gremium": ReviewForm.defaultBody], version: 0)
        assertSnapshot(of: MoneyFormPage.render(model, l), as: .html, named: "herijking")
    }

    @Test func investmentForm() throws {
        let investment = try #require(Self.reviewedAndInvested.investments.first)
        let model = MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.editInvestment)), intro: nil, csrf: Self.csrf,
            action: .money(.editInvestment(investment.id)), back: .money(.investments),
            groups: InvestmentForm.groups(register, l), values: InvestmentForm.values(investment, l), version: 2)
        assertSnapshot(of: MoneyFormPage.render(model, l), as: .html, named: "investering")
    }
}
