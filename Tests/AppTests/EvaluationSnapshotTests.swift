@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Testing

/// The evaluation pages from an invented evaluation: twelve answers over three teams, one decision.
@Suite struct EvaluationSnapshotTests {
    let l = Localizer()
    let evaluation = Evaluation(id: "evaluatie-2021", year: 2021, name: "Evaluatie samenwerking 2021", opensOn: "2021-11-01", closesOn: "2021-11-30",
                                openedBy: "Regiegroep", openedAt: "2021-10-25T09:00:00Z")

    var results: EvaluationResults {
        let counts = [("team-groene-long", 5), ("team-europese-schakelregio", 4), ("team-sterke-en-gezonde-steden", 3)]
        let responses = counts.flatMap { team, count in
            (0..<count).map { index in
                EvaluationResponse(evaluation: evaluation.id, unit: EvaluationUnit(.team, team),
                                   scores: Dictionary(uniqueKeysWithValues: EvaluationQuestion.allCases.map { ($0, 1 + (index % 5)) }), comment: "Opmerking \(team) \(index)")
            }
        }
        return EvaluationResults(evaluation, responses: responses)
    }

    @Test func overview() {
        let model = EvaluationsPage.Model(csrf: "csrf", results: [results], mayOpen: true, fields: EvaluationsPage.fields(l, year: 2022))
        assertSnapshot(of: EvaluationsPage.render(model, l), as: .html, named: "evaluatie")
    }

    @Test func oneEvaluation() {
        let register = SeedPlan.register
        var names: [EvaluationUnit: String] = [:]
        for team in register.teams { names[EvaluationUnit(.team, team.id)] = team.name }
        let subjects: [(EvaluationDecision.Subject, String)] = register.teams.map { (.team($0.id), $0.name) }
        let decision = EvaluationDecision(evaluation: evaluation.id, subject: .team("team-sterke-en-gezonde-steden"), verdict: .scaleDown,
                                          reason: "Opgave belegd bij Trendbreuk.", decidedOn: "2021-12-01", recordedBy: "Regiegroep", endedMemberships: ["a", "b"])
        let model = EvaluationPage.Model(
            csrf: "csrf", results: results, names: names, answerFields: EvaluationPage.answerFields([EvaluationUnit(.team, "team-groene-long")], names: names, l),
            decisions: [decision], decisionFields: EvaluationPage.decisionFields(subjects, today: "2021-12-01", l),
            subjectNames: Dictionary(subjects.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }))
        assertSnapshot(of: EvaluationPage.render(model, l), as: .html, named: "evaluatie-2021")
    }
}
