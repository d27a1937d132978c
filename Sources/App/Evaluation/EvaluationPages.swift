import Core
import Plot

/// `/evaluatie`: every evaluation with its totals, year beside year, so the partners see whether
/// the collaboration gets better; and for the regiegroep the form to open the next one.
enum EvaluationsPage {
    struct Model: Equatable {
        var csrf: String
        var results: [EvaluationResults]
        var mayOpen: Bool
        var fields: [FormInput]
    }

    static func fields(_ l: Localizer, year: Int) -> [FormInput] {
        [FormInput(name: "name", label: l(.evaluation(.name)), required: true, value: l(.evaluation(.defaultName(year)))),
         FormInput(name: "year", label: l(.evaluation(.year)), kind: .number(whole: true), required: true, value: String(year)),
         FormInput(name: "opensOn", label: l(.evaluation(.opensOn)), kind: .date, required: true),
         FormInput(name: "closesOn", label: l(.evaluation(.closesOn)), kind: .date, required: true)]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.evaluation(.title)), section: nil, source: nil).render(
            .h1(.text(l(.evaluation(.title)))),
            .p(.class("lead"), .text(l(.evaluation(.intro)))),
            .if(model.results.isEmpty, .p(.class("muted"), .text(l(.evaluation(.none))))),
            .if(!model.results.isEmpty, .table(
                .caption(.text("\(l(.evaluation(.resultsTitle))): \(l(.evaluation(.total)).lowercased())")),
                .thead(.tr(ReportingNodes.th(""), .forEach(model.results) { ReportingNodes.th(String($0.evaluation.year)) })),
                .tbody(
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(l(.evaluation(.answersColumn)))),
                        .forEach(model.results) { .td(.class("num"), .a(.href(SiteURL.evaluation(.evaluation($0.evaluation.id)).path), .text(l.number($0.answers)))) }),
                    .forEach(EvaluationQuestion.allCases) { question in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(l(.evaluation(.question(question))))),
                            .forEach(model.results) { result in .td(.class("num"), .text(EvaluationPage.mean(result.total?.means[question], l))) })
                    })
            )),
            .if(model.mayOpen, .group(
                .h2(.text(l(.evaluation(.openTitle)))),
                .form(.method(.post), .action(SiteURL.evaluation(.evaluations).path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    FormFieldRenderer(l: l, idPrefix: "evaluation-").nodes(model.fields),
                    .button(.type(.submit), .text(l(.evaluation(.open)))))))
        )
    }
}

/// `/evaluatie/{id}`: the answer form while it is open, the results as far as they may be shown,
/// and the decisions, with the regiegroep's form to record one.
enum EvaluationPage {
    struct Model: Equatable {
        var csrf: String
        var results: EvaluationResults
        var names: [EvaluationUnit: String]
        /// Nil when the person cannot answer now.
        var answerFields: [FormInput]?
        var answeredBefore = false
        var decisions: [EvaluationDecision]
        var decisionFields: [FormInput]?
        var subjectNames: [EvaluationDecision.Subject: String]
        var notice: String?
        var problem: String?
    }

    static func mean(_ value: Double?, _ l: Localizer) -> String {
        guard let value else { return "—" }
        let tenths = Int((value * 10).rounded())
        return "\(l.number(tenths / 10)),\(tenths % 10)"
    }

    static func answerFields(_ units: [EvaluationUnit], names: [EvaluationUnit: String], _ l: Localizer) -> [FormInput] {
        [FormInput(name: "unit", label: l(.evaluation(.unit)),
                   kind: .select(units.map { FormChoice(value: "\($0.kind.rawValue):\($0.id)", label: names[$0] ?? $0.id) }), required: true)]
        + EvaluationQuestion.allCases.map { question in
            FormInput(name: question.rawValue, label: l(.evaluation(.question(question))),
                      kind: .select((1...5).map { FormChoice(value: String($0), label: String($0)) }), required: true,
                      hint: l(.evaluation(.questionHelp(question))))
        }
        + [FormInput(name: "comment", label: l(.evaluation(.comment)), kind: .textarea(rows: 4), hint: l(.evaluation(.commentHint)))]
    }

    static func decisionFields(_ subjects: [(EvaluationDecision.Subject, String)], today: String, _ l: Localizer) -> [FormInput] {
        [FormInput(name: "subject", label: l(.evaluation(.subject)), kind: .select(subjects.map { FormChoice(value: key($0.0), label: $0.1) }), required: true),
         FormInput(name: "verdict", label: l(.evaluation(.verdictLabel)),
                   kind: .select(EvaluationDecision.Verdict.allCases.map { FormChoice(value: $0.rawValue, label: l(.evaluation(.verdict($0)))) }, none: nil),
                   required: true, value: EvaluationDecision.Verdict.maintain.rawValue),
         FormInput(name: "reason", label: l(.evaluation(.reason)), kind: .textarea(rows: 3), required: true),
         FormInput(name: "decidedOn", label: l(.evaluation(.decidedOn)), kind: .date, required: true, value: today)]
    }

    static func key(_ subject: EvaluationDecision.Subject) -> String {
        switch subject {
        case let .team(id): "team:\(id)"
        case let .body(id): "body:\(id)"
        case let .programme(id): "programme:\(id)"
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let evaluation = model.results.evaluation
        let renderer = FormFieldRenderer(l: l)
        return Layout(l: l, title: evaluation.name, section: nil, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.evaluation(.evaluations).path), .text(l(.evaluation(.title))))),
            .h1(.text(evaluation.name)),
            .p(.text(l(.evaluation(.period(l.date(evaluation.opensOn), l.date(evaluation.closesOn)))))),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(model.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .unwrap(model.answerFields, { fields in
                .group(
                    .h2(.text(l(.evaluation(.answerTitle)))),
                    .form(.method(.post), .action(SiteURL.evaluation(.answer(evaluation.id)).path), .class("stacked"),
                        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                        renderer.nodes(fields),
                        .button(.type(.submit), .text(l(.evaluation(.send))))))
            }, else: .p(.class("muted"), .text(l(.evaluation(model.answeredBefore ? .answeredBefore : .closedNow))))),
            .h2(.text(l(.evaluation(.resultsTitle)))),
            .p(.class("hint"), .text(l(.evaluation(.resultsRule)))),
            .table(
                .caption(.text(l(.evaluation(.resultsTitle)))),
                .thead(.tr(ReportingNodes.th(""), ReportingNodes.th(l(.evaluation(.answersColumn))),
                           .forEach(EvaluationQuestion.allCases) { ReportingNodes.th(l(.evaluation(.question($0)))) })),
                .tbody(
                    row(l(.evaluation(.total)), answers: model.results.answers, summary: model.results.total, l),
                    .forEach(model.results.units, { unit in
                        row(l(.evaluation(.unitName(unit.unit.kind, model.names[unit.unit] ?? unit.unit.id))), answers: unit.answers, summary: unit.summary, l)
                    }))
            ),
            .unwrap(model.results.total) { total in
                .if(!total.comments.isEmpty, .group(.h3(.text(l(.evaluation(.comment)))), .ul(.forEach(total.comments) { .li(.text($0)) })))
            },
            .h2(.text(l(.evaluation(.decisionsTitle)))),
            .if(model.decisions.isEmpty, .p(.class("muted"), .text(l(.evaluation(.noDecisions))))),
            .ul(.forEach(model.decisions) { decision in
                .li(.strong(.text("\(model.subjectNames[decision.subject] ?? key(decision.subject)): \(l(.evaluation(.verdict(decision.verdict))))")),
                    .text(" (\(l.date(decision.decidedOn))). \(decision.reason)"),
                    .if(!decision.endedMemberships.isEmpty, .text(" " + l(.evaluation(.endedMemberships(decision.endedMemberships.count))))))
            }),
            .unwrap(model.decisionFields) { fields in
                .form(.method(.post), .action(SiteURL.evaluation(.decide(evaluation.id)).path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    FormFieldRenderer(l: l, idPrefix: "decision-").nodes(fields),
                    .button(.type(.submit), .text(l(.evaluation(.decide)))))
            }
        )
    }

    private static func row(_ name: String, answers: Int, summary: EvaluationResults.Summary?, _ l: Localizer) -> Node<HTML.TableContext> {
        .tr(.th(.attribute(named: "scope", value: "row"), .text(name)),
            .td(.class("num"), .text(l.number(answers))),
            summary == nil
                ? .td(.attribute(named: "colspan", value: String(EvaluationQuestion.allCases.count)), .class("muted"), .text(l(.evaluation(.tooFew(answers)))))
                : .forEach(EvaluationQuestion.allCases) { .td(.class("num"), .text(mean(summary?.means[$0], l))) })
    }
}
