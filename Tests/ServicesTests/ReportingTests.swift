import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing

/// A reporting round walked through on the Zuid-Limburg plan, on each database: the regiegroep
/// opens it, two teams report (one late), one report is sent back and approved after a change,
/// an escalation is answered; every step is in the audit trail, and what is refused writes nothing.
@Suite struct ReportingTests {
    let regiegroep = Account(id: "r1", email: "regie@zl.nl", role: .steeringGroup, name: "Regiegroep Zuid-Limburg")
    let groeneLong = Account(id: "c1", email: "groen@zl.nl", role: .captain, teams: ["team-groene-long"], name: "Aanvoerder Groene long")
    let schakelregio = Account(id: "c2", email: "eu@zl.nl", role: .captain, teams: ["team-europese-schakelregio"], name: "Aanvoerder EU")
    let partner = Account(id: "p1", email: "partner@zl.nl", role: .partner)

    static func day(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: "\(text)T10:00:00Z")!
    }

    func input(_ report: LineReport, summary: String, escalation: String = "") -> LineReportInput {
        LineReportInput(
            actions: report.actions.map { .init(action: $0.action, status: "running", signal: "attention", account: "Gestart", evidence: "", nextStep: "") },
            summary: summary, wentWell: "Samenwerking", stuck: "", escalation: escalation)
    }

    @Test(arguments: ScratchDatabase.available)
    func aRoundFromOpeningToApprovalWithALateReportAndAnAnsweredEscalation(database: ScratchDatabase) async throws {
        try await database.with { db in
            let register = RegisterStore(database: db)
            try await register.load(SeedPlan.register, replacing: false)
            let store = ReportStore(beside: register), trail = AuditTrail(database: db)
            func reporting(on day: String) -> Reporting { Reporting(store: store, register: register, headline: nil, now: { Self.day(day) }) }

            await #expect(throws: AccessRefusal.forbidden) {
                try await reporting(on: "2021-06-01").open(name: "Voortgang", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2021-07-15", by: groeneLong)
            }
            let round = try await reporting(on: "2021-06-01").open(
                name: "Voortgang 1e helft 2021", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2021-07-15", by: regiegroep)
            #expect(round.id == "voortgang-1e-helft-2021")
            #expect(round.openedBy == "Regiegroep Zuid-Limburg", "the name, never the e-mail address")

            // Groene long reports on time.
            let start = try await reporting(on: "2021-07-10").report(round: round, line: "groene-long")
            #expect(start.team == "team-groene-long" && start.version == 0 && !start.actions.isEmpty)
            let length = try await trail.length()
            await #expect(throws: AccessRefusal.forbidden, "another team's aanvoerder writes nothing here") {
                try await reporting(on: "2021-07-10").save(input(start, summary: "x"), round: round.id, line: "groene-long", version: 0, submit: false, by: schakelregio)
            }
            await #expect(throws: AccessRefusal.forbidden) {
                try await reporting(on: "2021-07-10").save(input(start, summary: "x"), round: round.id, line: "groene-long", version: 0, submit: false, by: partner)
            }
            #expect(try await trail.length() == length, "a refusal writes nothing")
            let draft = try await reporting(on: "2021-07-10").save(input(start, summary: "Eerste opzet"), round: round.id, line: "groene-long", version: 0, submit: false, by: groeneLong)
            #expect(draft.state == .draft && draft.version == 1)
            let submitted = try await reporting(on: "2021-07-12").save(input(draft, summary: "Op koers"), round: round.id, line: "groene-long", version: 1, submit: true, by: groeneLong)
            #expect(submitted.state == .submitted && !submitted.wasSubmittedLate(in: round))
            await #expect(throws: Reporting.Refusal.notNow(.save, .submitted), "a submitted report is the regiegroep's to review") {
                try await reporting(on: "2021-07-12").save(input(submitted, summary: "Nog iets"), round: round.id, line: "groene-long", version: 2, submit: false, by: groeneLong)
            }
            await #expect(throws: Reporting.Refusal.commentMissing) {
                try await reporting(on: "2021-07-16").sendBack(round: round.id, line: "groene-long", version: 2, comment: "  ", by: regiegroep)
            }
            await #expect(throws: AccessRefusal.forbidden, "the team does not review its own report") {
                _ = try await reporting(on: "2021-07-16").approve(round: round.id, line: "groene-long", version: 2, by: groeneLong)
            }
            let returned = try await reporting(on: "2021-07-16").sendBack(
                round: round.id, line: "groene-long", version: 2, comment: "Graag de stand van de bossenstrategie erbij.", by: regiegroep)
            #expect(returned.state == .returned && returned.comments.map(\.author) == ["Regiegroep Zuid-Limburg"])
            // A save from the version before the comment is refused, with what is saved now.
            do {
                _ = try await reporting(on: "2021-07-17").save(input(submitted, summary: "Oud"), round: round.id, line: "groene-long", version: 2, submit: true, by: groeneLong)
                Issue.record("a stale save was accepted")
            } catch let conflict as ReportConflict {
                #expect(conflict.saved?.state == .returned)
            }
            let again = try await reporting(on: "2021-07-18").save(
                input(returned, summary: "Op koers; de bossenstrategie is vastgesteld."), round: round.id, line: "groene-long", version: 3, submit: true, by: groeneLong)
            let approval = try await reporting(on: "2021-07-20").approve(round: round.id, line: "groene-long", version: again.version, by: regiegroep)
            let approved = approval.report
            #expect(approved.state == .approved && approved.summary.contains("bossenstrategie"))
            // The approved statuses are the register's now: every reported action is running, each an audited edit.
            let afterApproval = try #require(try await register.current())
            #expect(!approval.statusesApplied.isEmpty && approval.statusesApplied.count == approved.actions.count
                    - approved.actions.filter { SeedPlan.register.action($0.action)?.status == .running }.count)
            #expect(approved.actions.allSatisfy { afterApproval.action($0.action)?.status == .running })
            #expect(try await trail.records().filter { $0.entity == "actions" }.count == approval.statusesApplied.count)
            #expect(approved.wasSubmittedLate(in: round), "handed in again after the due day")

            // The Europese schakelregio reports late, and asks for backing.
            let eu = try await reporting(on: "2021-07-16").report(round: round, line: "europese-schakelregio")
            #expect(eu.isOverdue(in: round, today: "2021-07-16"))
            let late = try await reporting(on: "2021-07-22").save(
                input(eu, summary: "Vertraagd", escalation: "Rugdekking voor de inzet van BZK gevraagd."), round: round.id, line: "europese-schakelregio",
                version: 0, submit: true, by: schakelregio)
            #expect(late.wasSubmittedLate(in: round) && late.escalationOpen)
            let answered = try await reporting(on: "2021-07-25").answer(
                round: round.id, line: "europese-schakelregio", version: late.version, text: "BKO steunt; BZK levert 0,4 fte.", by: regiegroep)
            #expect(!answered.escalationOpen && answered.answer?.on == "2021-07-25")

            let saved = try await store.reports(in: round.id)
            #expect(saved.map(\.line) == ["europese-schakelregio", "groene-long"])
            let trailed = try await trail.records().filter { $0.entity == ReportStore.reportEntity || $0.entity == ReportStore.roundEntity }
            #expect(trailed.count == 1 + 5 + 2, "the round, five steps on one report, two on the other")
            #expect(!trailed.contains { ($0.after ?? "").contains("@zl.nl") }, "no e-mail address inside the reports")

            // The BKO adopts the report; then an action is edited.
            let composed = try await reporting(on: "2021-09-01").compose(round)
            let line = try #require(composed.lines.first { $0.id == "groene-long" })
            #expect(line.report?.state == .approved && line.report?.summary == approved.summary, "the team's own words, not retyped")
            #expect(composed.escalations.map(\.line) == ["europese-schakelregio"] && composed.escalations[0].answer != nil)
            await #expect(throws: AccessRefusal.forbidden) {
                try await reporting(on: "2021-09-01").adopt(round: round.id, decidedOn: "2021-09-01", decidedBy: "Bestuurlijk Kernoverleg", by: groeneLong)
            }
            let adopted = try await reporting(on: "2021-09-02").adopt(round: round.id, decidedOn: "2021-09-01", decidedBy: "Bestuurlijk Kernoverleg", by: regiegroep)
            #expect(adopted.report == composed && ReportStore.isIntact(adopted) && adopted.fingerprint.count == 64)
            await #expect(throws: ReportStore.AdoptionRefusal.alreadyAdopted(round.id), "adopted once") {
                try await reporting(on: "2021-09-03").adopt(round: round.id, decidedOn: "2021-09-03", decidedBy: "BKO", by: regiegroep)
            }
            let edited = try #require(line.actions.first)
            let current = try #require(try await register.current())
            _ = try await RegisterEditing(store: register).apply(RegisterChange(.actions, .update(
                id: edited.id, values: [.status: "done"], version: current.version(of: EntityReference(.actions, edited.id)))), by: regiegroep)
            let kept = try #require(try await store.adopted(round.id))
            #expect(kept == adopted && kept.fingerprint == adopted.fingerprint, "the adopted report does not follow the register")
            #expect(try await reporting(on: "2021-09-05").progressReport(round: round.id).report == adopted.report)
            let now = try await reporting(on: "2021-09-05").compose(round)
            let differences = ProgressReport.differences(adopted: kept.report, now: now)
            #expect(differences.contains { $0.fact.id == "action.\(edited.id).status" && $0.before == edited.status.rawValue && $0.after == "done" })
            #expect(differences.contains { $0.fact.id == "line.groene-long.done" }, "and the line's progress with it")
        }
    }
}
