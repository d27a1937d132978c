import Core
import Plot

extension Node where Context == HTML.BodyContext {
    /// What the yearly evaluations decided about a team, body or running programme, on its own
    /// page: the verdict and its day for everyone (it is a fact about the structure, as a team's
    /// end is); the reason stays on the evaluation's page, behind the login.
    static func evaluationDecisions(_ decisions: [EvaluationDecision], _ l: Localizer) -> Node {
        guard !decisions.isEmpty else { return .empty }
        return .section(.class("evaluation-decisions"),
            .h2(.text(l(.evaluation(.decisionsOnRecord)))),
            .ul(.forEach(decisions) { decision in
                .li(.a(.href(SiteURL.evaluation(.evaluation(decision.evaluation)).path),
                       .text(l(.evaluation(.decisionOnRecord(decision.verdict, day: l.date(decision.decidedOn)))))))
            }))
    }
}
