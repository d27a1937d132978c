import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing

/// The yearly evaluation, on each database: twelve people of three teams answer; a team with
/// fewer than five answers shows no result of its own (only the total does); nobody answers
/// twice; and *afschakelen* of a team ends its memberships on the decision's day, with the decision,
/// in one go.
@Suite struct EvaluatingTests {
    let regiegroep = Account(id: "r", email: "regie@zl.nl", role: .steeringGroup, name: "Regiegroep")
    static let teams = ["team-groene-long": 5, "team-europese-schakelregio": 4, "team-sterke-en-gezonde-steden": 3]

    func scores(_ value: Int) -> [EvaluationQuestion: Int] {
        Dictionary(uniqueKeysWithValues: EvaluationQuestion.allCases.map { ($0, value) })
    }

    @Test(arguments: ScratchDatabase.available)
    func twelveAnswersThreeTeamsOneTooSmallToShowAndAScaleDownThatEndsMemberships(database: ScratchDatabase) async throws {
        try await database.with { db in
            let register = RegisterStore(database: db)
            try await register.load(SeedPlan.register, replacing: false)
            let evaluating = Evaluating(store: EvaluationStore(beside: register), register: register,
                                        now: { ISO8601DateFormatter().date(from: "2021-11-15T10:00:00Z")! })
            await #expect(throws: AccessRefusal.forbidden) {
                try await evaluating.open(year: 2021, name: "x", opensOn: "2021-11-01", closesOn: "2021-11-30",
                                          by: Account(id: "c", email: "c@zl.nl", role: .captain, teams: ["team-groene-long"]))
            }
            let evaluation = try await evaluating.open(year: 2021, name: "Evaluatie samenwerking 2021", opensOn: "2021-11-01", closesOn: "2021-11-30", by: regiegroep)
            var number = 0
            for (team, count) in Self.teams.sorted(by: { $0.key < $1.key }) {
                for index in 0..<count {
                    number += 1
                    let member = Account(id: "lid-\(number)", email: "lid\(number)@zl.nl", role: .captain, teams: [team])
                    try await evaluating.answer(EvaluationResponse(evaluation: evaluation.id, unit: EvaluationUnit(.team, team),
                                                                   scores: scores(1 + (index % 5)), comment: "Opmerking \(number)"), by: member)
                }
            }
            let again = Account(id: "lid-1", email: "lid1@zl.nl", role: .captain, teams: ["team-europese-schakelregio"])
            await #expect(throws: EvaluationProblem.alreadyAnswered) {
                try await evaluating.answer(EvaluationResponse(evaluation: evaluation.id, unit: EvaluationUnit(.team, "team-europese-schakelregio"),
                                                               scores: scores(3), comment: ""), by: again)
            }
            await #expect(throws: EvaluationProblem.notYourUnit) {
                try await evaluating.answer(EvaluationResponse(evaluation: evaluation.id, unit: EvaluationUnit(.team, "team-groene-long"),
                                                               scores: scores(3), comment: ""), by: Account(id: "lid-99", email: "x@zl.nl", role: .captain, teams: ["team-europese-schakelregio"]))
            }
            let results = try await evaluating.results(evaluation.id, for: regiegroep)
            #expect(results.answers == 12 && results.total?.answers == 12 && results.total?.comments.count == 12)
            let byTeam = Dictionary(uniqueKeysWithValues: results.units.map { ($0.unit.id, $0) })
            #expect(byTeam["team-groene-long"]?.summary?.answers == 5)
            #expect(byTeam["team-groene-long"]?.summary?.means[.direction] == 3.0, "scores 1 to 5, one each")
            #expect(byTeam["team-sterke-en-gezonde-steden"]?.answers == 3 && byTeam["team-sterke-en-gezonde-steden"]?.summary == nil,
                    "three answers: counted in the total only")
            #expect(byTeam["team-europese-schakelregio"]?.summary == nil)
            let stored = try await EvaluationStore(beside: register).responses(to: evaluation.id)
            let written = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
            #expect(stored.count == 12 && !written.contains("lid-"), "no answer says who gave it")

            // Two members of Groene Long, then the team is scaled down on 1 December.
            let editing = RegisterEditing(store: register)
            for name in ["Anna Jansen", "Bram Peters"] {
                _ = try await editing.addMembership(to: "team-groene-long", MembershipInput(name: name, role: .member, from: "2021-03-01"), by: regiegroep)
            }
            let trail = AuditTrail(database: db), before = try await trail.length()
            let decision = try await evaluating.decide(evaluation: evaluation.id, subject: .team("team-groene-long"), verdict: .scaleDown,
                                                       reason: "Opgave belegd bij het programma Nationaal Landschap.", decidedOn: "2021-12-01", by: regiegroep)
            #expect(decision.endedMemberships.count == 2)
            let memberships = try #require(try await register.current()).memberships.filter { $0.team == "team-groene-long" }
            #expect(memberships.count == 2 && memberships.allSatisfy { $0.until == "2021-12-01" })
            #expect(try await trail.length() == before + 3, "two memberships ended and the decision, each with its audit record")
            let kept = try await EvaluationStore(beside: register).decisions(of: evaluation.id)
            #expect(kept == [decision])
        }
    }
}

/// Days are the programme's: late in the evening in Amsterdam is still that day, whatever UTC says.
@Suite struct ProgrammeDayTests {
    @Test(arguments: ScratchDatabase.available)
    func anAnswerGivenLateInTheEveningIsDatedThatDay(database: ScratchDatabase) async throws {
        try await database.with { db in
            let register = RegisterStore(database: db)
            try await register.load(SeedPlan.register, replacing: false)
            let regie = Account(id: "r", email: "r@zl.nl", role: .steeringGroup)
            let store = ReportStore(beside: register)
            // 23:30 in Amsterdam on 25 July 2021 is 21:30 UTC; 00:30 on the 26th is 22:30 UTC on the 25th.
            let evening = Reporting(store: store, register: register, headline: nil, now: { ISO8601DateFormatter().date(from: "2021-07-25T22:30:00Z")! })
            let round = try await evening.open(name: "R", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2021-07-15", by: regie)
            let start = try await evening.report(round: round, line: "samenwerking")
            let input = LineReportInput(actions: [], summary: "", wentWell: "", stuck: "", escalation: "Steun gevraagd")
            let saved = try await evening.save(input, round: round.id, line: "samenwerking", version: 0, submit: true, by: regie)
            #expect(start.team == nil && saved.escalationOpen)
            let answered = try await evening.answer(round: round.id, line: "samenwerking", version: saved.version, text: "Ja", by: regie)
            #expect(answered.answer?.on == "2021-07-26", "00:30 on the 26th in Amsterdam")
        }
    }
}
