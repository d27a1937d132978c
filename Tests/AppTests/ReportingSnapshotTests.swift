@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Testing

/// The reporting pages rendered from the seed plan and an invented round with one report, on a
/// fixed day, compared whole with the copies in __Snapshots__.
@Suite struct ReportingSnapshotTests {
    let register = SeedPlan.register
    let l = Localizer()
    static let today = "2021-07-20"
    let round = ReportingRound(id: "voortgang-1e-helft-2021", name: "Voortgang 1e helft 2021", periodStart: "2021-01-01", periodEnd: "2021-06-30",
                               dueOn: "2021-07-15", openedBy: "Regiegroep", openedAt: "2021-06-01T09:00:00Z")

    /// The Groene Long report as submitted late, sent back once, with an escalation answered.
    var report: LineReport {
        var report = LineReport.start(round: round, line: register.actionLine("groene-long")!, in: register)
        for index in report.actions.indices {
            report.actions[index].status = index == 0 ? .done : .running
            report.actions[index].signal = index == 1 ? .risk : .onCourse
            report.actions[index].account = "Toelichting bij actie \(index + 1)."
            report.actions[index].evidence = ["https://example.org/verslag-\(index + 1)"]
            report.actions[index].nextStep = "Werkplan vaststellen"
        }
        report.summary = "Het team is gevormd."
        report.escalation = "Vraag aan het BKO: capaciteit vrijmaken."
        report.answer = .init(text: "Het BKO steunt.", by: "Regiegroep", on: "2021-07-18")
        report.comments = [.init(author: "Regiegroep", at: "2021-07-16T10:00:00Z", text: "Graag de bossenstrategie erbij.")]
        report.state = .submitted
        report.submittedAt = "2021-07-17T10:00:00Z"
        report.version = 3
        return report
    }

    var rows: [ReportingRow] { ReportingRow.all([round], reports: [report], register: register, today: Self.today) }

    @Test func rounds() {
        let model = RoundsPage.Model(csrf: "csrf", rounds: [round], rows: rows, mayOpen: true, fields: RoundsPage.fields(l), notice: nil)
        assertSnapshot(of: RoundsPage.render(model, l), as: .html, named: "voortgang")
    }

    @Test func oneRound() {
        let model = RoundPage.Model(round: round, rows: rows, progress: RoundPage.progress(register, at: round.periodEnd))
        assertSnapshot(of: RoundPage.render(model, l), as: .html, named: "ronde")
    }

    @Test func reportForReview() {
        let titles = register.actionTitles
        let model = ReportPage.Model(csrf: "csrf", round: round, line: register.actionLine("groene-long")!, teamName: "Team groene long", report: report,
                                     titles: titles, overdue: false, form: nil, mayReview: true, mayAnswer: true)
        assertSnapshot(of: ReportPage.render(model, l), as: .html, named: "rapportage-beoordelen")
    }

    @Test func reportFormWithAProblem() {
        var returned = report
        returned.state = .returned
        let titles = register.actionTitles
        let form = ReportForm(returned, titles: titles, l)
        let first = returned.actions[0].action
        let filled = form.filled([ReportForm.name(first, "evidence"): "javascript:alert(1)"],
                                 problems: [ReportForm.name(first, "evidence"): l(.editing(.problem(.notALink("javascript:alert(1)"))))], saved: nil)
        let model = ReportPage.Model(csrf: "csrf", round: round, line: register.actionLine("groene-long")!, teamName: "Team groene long", report: returned,
                                     titles: titles, overdue: false, form: filled, mayReview: false, mayAnswer: false)
        assertSnapshot(of: ReportPage.render(model, l), as: .html, named: "rapportage-schrijven")
    }

    var composed: ProgressReport {
        ProgressReport.compose(round: round, register: register, reports: [report], measurements: TargetsSnapshotTests.measurements.map(\.measurement),
                               peopleAndMoney: nil)
    }

    var adopted: AdoptedReport {
        AdoptedReport(report: composed, decidedOn: "2021-09-01", decidedBy: "Bestuurlijk Kernoverleg", recordedBy: "Regiegroep",
                      recordedAt: "2021-09-02T10:00:00Z", fingerprint: String(repeating: "ab", count: 32))
    }

    @Test func progressReportConcept() {
        let forms = ProgressReportPage.Forms(csrf: "csrf", mayAdopt: true, fields: ProgressReportPage.adoptFields(l, today: Self.today), problem: nil)
        var report = composed
        // Invented figures: one better, one worse, one without a value for the region in 2020.
        report.monitor = .init(region: "zuid-limburg", baselineYear: 2015, year: 2020, indicators: [
            .init(id: "bijstand", unit: "% van de inwoners", direction: -1, baseline: 3.1808, current: 3.3684),
            .init(id: "wekelijkse-sporters", unit: "% van de volwassenen", direction: 1, baseline: 48.2, current: 50.1),
            .init(id: "rokers", unit: "% van de volwassenen", direction: -1, baseline: 24.1, current: nil),
        ])
        let model = ProgressReportPage.Model(report: report, adopted: nil, unapproved: 6, forms: forms)
        assertSnapshot(of: ProgressReportPage.render(model, l), as: .html, named: "rapportage-concept")
    }

    @Test func progressReportAdoptedAndPublic() {
        let model = ProgressReportPage.Model(report: adopted.report, adopted: adopted, unapproved: 0, forms: nil)
        assertSnapshot(of: ProgressReportPage.render(model, l), as: .html, named: "verantwoording-rapportage")
        assertSnapshot(of: AccountabilityPage.render([adopted], l), as: .html, named: "verantwoording")
    }

    @Test func comparison() {
        var changed = register
        let action = changed.actions.firstIndex { $0.id == report.actions[0].action }!
        changed.actions[action].status = .cancelled
        let now = ProgressReport.compose(round: round, register: changed, reports: [report], measurements: [], peopleAndMoney: nil)
        let differences = ProgressReport.differences(adopted: adopted.report, now: now)
        #expect(differences.contains { $0.fact.kind == .actionStatus && $0.after == "cancelled" })
        assertSnapshot(of: ComparisonPage.render(.init(adopted: adopted, differences: differences), l), as: .html, named: "vergelijking")
    }
}
