import Core
import StipTestSupport
import Testing

/// The rules of a reporting round on the Zuid-Limburg plan: which actions a round asks about,
/// which are late, how progress adds up, how a report moves through its review and who may move it.
@Suite struct ReportingRulesTests {
    let register = SeedPlan.register
    let firstHalf2021 = ReportingRound(id: "r", name: "Voortgang 1e helft 2021", periodStart: "2021-01-01", periodEnd: "2021-06-30",
                                      dueOn: "2021-07-15", openedBy: "Regiegroep", openedAt: "2021-06-01T09:00:00Z")

    @Test func aRoundAsksAboutTheActionsDatedInItsPeriodAndTheRunningOnes() throws {
        var register = self.register
        let line = try #require(register.actionLines.first { line in register.actions.contains { $0.line == line.id && $0.period == "nov-dec-2020" } })
        let lineActions = register.actions.filter { $0.line == line.id }
        let inPeriod = lineActions.filter { action in
            guard let span = ReportingScope.span(of: action, in: register) else { return false }
            return span.upperBound >= YearMonth("2021-01")! && span.lowerBound <= YearMonth("2021-06")!
        }
        let asked = ReportingScope.actions(of: line, in: firstHalf2021, register: register).map(\.id)
        #expect(Set(asked) == Set(inPeriod.map(\.id)))
        // An action of November 2020 is not asked about, until it is running.
        let old = try #require(lineActions.first { $0.period == "nov-dec-2020" })
        #expect(!asked.contains(old.id))
        register.actions[register.actions.firstIndex { $0.id == old.id }!].status = .running
        #expect(ReportingScope.actions(of: line, in: firstHalf2021, register: register).map(\.id).contains(old.id))
    }

    @Test func anActionIsLateOnceItsLastMonthHasPassedWhileItIsNotDone() throws {
        var register = self.register
        let action = try #require(register.actions.first { $0.period == "nov-dec-2020" })
        #expect(!ReportingScope.isLate(action, at: "2020-12-31", in: register))
        #expect(ReportingScope.isLate(action, at: "2021-01-01", in: register))
        let index = register.actions.firstIndex { $0.id == action.id }!
        register.actions[index].status = .done
        #expect(!ReportingScope.isLate(register.actions[index], at: "2021-01-01", in: register))
        register.actions[index].status = .cancelled
        #expect(!ReportingScope.isLate(register.actions[index], at: "2021-01-01", in: register))
    }

    @Test func progressIsTheShareDoneOfTheActionsNotDroppedAndAddsUpToAmbitionAndChallenge() throws {
        var register = self.register
        let challenge = try #require(register.challenges.first { register.ambitions(of: $0).count >= 2 })
        let ambitions = register.ambitions(of: challenge)
        let line = try #require(register.actionLines(for: ambitions[0]).first)
        let actions = register.actions.filter { $0.line == line.id }
        #expect(actions.count >= 4)
        for (offset, status) in [Action.Status.done, .done, .cancelled].enumerated() {
            register.actions[register.actions.firstIndex { $0.id == actions[offset].id }!].status = status
        }
        let progress = ProgressRollup.of(line, at: "2021-07-01", in: register)
        #expect(progress.total == actions.count)
        #expect(progress.done == 2 && progress.dropped == 1)
        #expect(progress.share == 2.0 / Double(actions.count - 1), "done ÷ (all − dropped)")
        let lateByHand = actions.dropFirst(3).filter { ReportingScope.isLate($0, at: "2021-07-01", in: register) }.count
        #expect(progress.late == lateByHand, "the done and dropped are never late")
        let ambition = ProgressRollup.of(ambitions[0], at: "2021-07-01", in: register)
        let ambitionLines = register.actionLines(for: ambitions[0]).map { ProgressRollup.of($0, at: "2021-07-01", in: register) }
        #expect(ambition.total == ambitionLines.map(\.total).reduce(0, +) && ambition.done == ambitionLines.map(\.done).reduce(0, +))
        let whole = ProgressRollup.of(challenge, at: "2021-07-01", in: register)
        let byAmbition = ambitions.map { ProgressRollup.of($0, at: "2021-07-01", in: register) }
        #expect(whole.total == byAmbition.map(\.total).reduce(0, +))
        #expect(whole.done == 2 && whole.late == byAmbition.map(\.late).reduce(0, +))
        #expect(Progress().share == nil, "nothing to count is no progress, not 0 %")
    }

    @Test func aReportMovesDraftSubmittedReturnedSubmittedApprovedAndNoOtherWay() {
        #expect(ReportStep.save.next(from: .draft) == .draft)
        #expect(ReportStep.submit.next(from: .draft) == .submitted)
        #expect(ReportStep.save.next(from: .submitted) == nil, "a submitted report is not changed by its team")
        #expect(ReportStep.sendBack.next(from: .submitted) == .returned)
        #expect(ReportStep.save.next(from: .returned) == .returned)
        #expect(ReportStep.submit.next(from: .returned) == .submitted)
        #expect(ReportStep.approve.next(from: .submitted) == .approved)
        for step in ReportStep.allCases { #expect(step.next(from: .approved) == nil, "an approved report stays as it is") }
        #expect(ReportStep.approve.next(from: .draft) == nil)
    }

    @Test func theTeamsAanvoerderWritesTheRegiegroepReviewsAPartnerDoesNeither() throws {
        let line = try #require(register.actionLines.first { line in register.teams.contains { $0.actionLine == line.id } })
        let report = LineReport.start(round: firstHalf2021, line: line, in: register)
        let team = try #require(report.team)
        let captain = Account(id: "c", email: "c@x.nl", role: .captain, teams: [team])
        let otherCaptain = Account(id: "o", email: "o@x.nl", role: .captain, teams: ["een-ander-team"])
        let regiegroep = Account(id: "r", email: "r@x.nl", role: .steeringGroup)
        let partner = Account(id: "p", email: "p@x.nl", role: .partner)
        #expect(throws: Never.self) { try ReportRights.require(.submit, on: report, by: captain) }
        #expect(throws: AccessRefusal.forbidden) { try ReportRights.require(.save, on: report, by: otherCaptain) }
        #expect(throws: AccessRefusal.forbidden) { try ReportRights.require(.approve, on: report, by: captain) }
        #expect(throws: Never.self) { try ReportRights.require(.approve, on: report, by: regiegroep) }
        #expect(throws: AccessRefusal.forbidden) { try ReportRights.require(.save, on: report, by: partner) }
        #expect(throws: AccessRefusal.forbidden) { try ReportRights.requireRead(by: partner) }
        #expect(throws: AccessRefusal.notLoggedIn) { try ReportRights.requireRead(by: nil) }
    }

    @Test func typedInputIsCheckedWholeAndChangesNothingWhenAnyFieldIsWrong() throws {
        let line = try #require(register.actionLines.first { !ReportingScope.actions(of: $0, in: firstHalf2021, register: register).isEmpty })
        let report = LineReport.start(round: firstHalf2021, line: line, in: register)
        let action = report.actions[0].action
        func input(status: String = "running", evidence: String = "https://example.org/verslag") -> LineReportInput {
            LineReportInput(actions: [.init(action: action, status: status, signal: "attention", account: " Loopt, \u{7}met vertraging. ",
                                            evidence: evidence, nextStep: "Besluit in BKO")],
                            summary: "Op koers", wentWell: "", stuck: "", escalation: "Rugdekking gevraagd")
        }
        let saved = try input().applied(to: report).get()
        #expect(saved.actions[0].status == .running && saved.actions[0].signal == .attention)
        #expect(saved.actions[0].account == "Loopt, met vertraging.", "trimmed, control characters gone")
        #expect(saved.escalationOpen)
        guard case let .failure(problems) = input(status: "klaar", evidence: "javascript:alert(1)").applied(to: report) else {
            Issue.record("a wrong status and a script link were accepted")
            return
        }
        #expect(problems.byField["actions.\(action).status"] == .unknownChoice("klaar"))
        #expect(problems.byField["actions.\(action).evidence"] == .notALink("javascript:alert(1)"))
        #expect(throws: ReportingRoundProblem.periodReversed) {
            try ReportingRound.check(name: "x", periodStart: "2021-07-01", periodEnd: "2021-01-01", dueOn: "2021-08-01")
        }
    }
}
