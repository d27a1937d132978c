import Core
import Plot

/// `/voortgang/{ronde}/{lijn}`: a line's report in a round as it stands, with its comments and
/// the regiegroep's answer; below it the team's form while the report is theirs to change, and
/// the regiegroep's review while it is submitted.
enum ReportPage {
    struct Model: Equatable {
        var csrf: String
        var round: ReportingRound
        var line: ActionLine
        var teamName: String?
        var report: LineReport
        var titles: [String: String]
        var overdue: Bool
        /// The team's form, when the person may write and the report is open for writing.
        var form: ReportForm?
        var conflict: Bool = false
        var mayReview: Bool
        var mayAnswer: Bool
        var reviewProblem: String?
        var notice: String?
        /// What was wrong with an uploaded file, each in words.
        var uploadProblems: [String] = []
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let report = model.report, round = model.round
        let row = ReportingRow(round: round, line: model.line, teamName: model.teamName, report: report.version > 0 ? report : nil, overdue: model.overdue)
        let renderer = FormFieldRenderer(l: l)
        return Layout(l: l, title: l(.reporting(.reportTitle(line: model.line.title, round: round.name))), section: nil, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.reporting(.rounds).path), .text(l(.reporting(.title)))), .text(" › "),
               .a(.href(SiteURL.reporting(.round(round.id)).path), .text(round.name))),
            .h1(.text(l(.reporting(.reportTitle(line: "\(model.line.number). \(model.line.title)", round: round.name))))),
            .p(.text("\(l(.reporting(.teamColumn))): \(model.teamName ?? l(.reporting(.noTeam))) · "
                     + l(.reporting(.period(from: l.date(round.periodStart), to: l.date(round.periodEnd)))) + " · " + l(.reporting(.due(l.date(round.dueOn)))))),
            .p(ReportingNodes.state(row, l)),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .if(model.conflict, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.reporting(.conflict))))),
            .unwrap(model.reviewProblem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .h2(.text(l(.reporting(.actionsTitle)))),
            .if(report.actions.isEmpty, .p(.class("muted"), .text(l(.reporting(.noActions))))),
            .if(!report.actions.isEmpty, .table(
                .caption(.text(l(.reporting(.actionsTitle)))),
                .thead(.tr(ReportingNodes.th(l(.reporting(.actionColumn))), ReportingNodes.th(l(.reporting(.statusColumn))),
                           ReportingNodes.th(l(.reporting(.signalColumn))), ReportingNodes.th(l(.reporting(.accountColumn))),
                           ReportingNodes.th(l(.reporting(.evidenceColumn))), ReportingNodes.th(l(.reporting(.nextStepColumn))))),
                .tbody(.forEach(report.actions) { entry in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.action(entry.action).path), .text(model.titles[entry.action] ?? entry.action))),
                        .td(.text(l(.actionStatus(entry.status)))),
                        .td(.span(.class("signal \(entry.signal.rawValue)"), .text(l(.reporting(.signal(entry.signal)))))),
                        .td(.text(entry.account)),
                        .td(.forEach(entry.evidence) { link in
                            .p(LineReportInput.isLink(link) ? .a(.href(link), .attribute(named: "rel", value: "noopener"), .text(link)) : .text(link))
                        }),
                        .td(.text(entry.nextStep))
                    )
                })
            )),
            .dl(.class("facts"),
                .dt(.text(l(.reporting(.summary)))), .dd(.text(report.summary.isEmpty ? "—" : report.summary)),
                .dt(.text(l(.reporting(.wentWell)))), .dd(.text(report.wentWell.isEmpty ? "—" : report.wentWell)),
                .dt(.text(l(.reporting(.stuck)))), .dd(.text(report.stuck.isEmpty ? "—" : report.stuck)),
                .dt(.text(l(.reporting(.escalation)))), .dd(.text(report.escalation.isEmpty ? "—" : report.escalation)),
                .unwrap(report.answer) { answer in
                    .group(.dt(.text(l(.reporting(.answer)))), .dd(.text(answer.text), .span(.class("muted"), .text(" (\(l(.reporting(.answeredBy(answer.by, l.date(answer.on))))))"))))
                }
            ),
            .if(!report.comments.isEmpty, .group(
                .h2(.text(l(.reporting(.comments)))),
                .ul(.forEach(report.comments) { comment in
                    .li(.p(.text(comment.text)), .p(.class("muted"), .text(l(.reporting(.commentBy(comment.author, l.date(String(comment.at.prefix(10)))))))))
                })
            )),
            .unwrap(model.form) { form in
                .group(
                    .h2(.text(l(.reporting(.writeTitle)))),
                    .form(.method(.post), .action(SiteURL.reporting(.report(round.id, model.line.id)).path), .class("stacked report-form"),
                        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                        .input(.type(.hidden), .name("version"), .value(String(report.version))),
                        .forEach(form.actions) { group in
                            .fieldset(.legend(group.title), renderer.nodes(group.fields))
                        },
                        renderer.nodes(form.line),
                        .div(.class("buttons"),
                            .button(.type(.submit), .name("step"), .value("save"), .text(l(.reporting(.saveDraft)))),
                            .button(.type(.submit), .name("step"), .value("submit"), .text(l(.reporting(.submit)))))),
                    .if(!report.actions.isEmpty, .group(
                        .h3(.id("csv"), .text(l(.reporting(.uploadTitle)))),
                        .p(.text(l(.reporting(.uploadIntro)))),
                        .if(!model.uploadProblems.isEmpty, .div(.class("error"), .attribute(named: "role", value: "alert"),
                            .p(.text(l(.reporting(.uploadRefused)))),
                            .ul(.forEach(model.uploadProblems) { .li(.text($0)) }))),
                        .p(.a(.href(SiteURL.reporting(.template(round.id, model.line.id)).path), .text(l(.reporting(.templateLink))))),
                        .form(.method(.post), .action(SiteURL.reporting(.upload(round.id, model.line.id)).path), .class("stacked"),
                              .attribute(named: "enctype", value: "multipart/form-data"),
                            .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                            .input(.type(.hidden), .name("version"), .value(String(report.version))),
                            .label(.for("upload-file"), .text(l(.reporting(.uploadFile)) + " *")),
                            .input(.type(.file), .name("bestand"), .id("upload-file"), .required(true), .attribute(named: "accept", value: ".csv,text/csv")),
                            .button(.type(.submit), .text(l(.reporting(.uploadButton)))))))
                )
            },
            .if(model.mayReview, .group(
                .h2(.text(l(.reporting(.reviewTitle)))),
                .form(.method(.post), .action(SiteURL.reporting(.approve(round.id, model.line.id)).path),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    .input(.type(.hidden), .name("version"), .value(String(report.version))),
                    .button(.type(.submit), .text(l(.reporting(.approve))))),
                .form(.method(.post), .action(SiteURL.reporting(.sendBack(round.id, model.line.id)).path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    .input(.type(.hidden), .name("version"), .value(String(report.version))),
                    renderer.node(FormInput(name: "comment", label: l(.reporting(.sendBackComment)), kind: .textarea(rows: 3), required: true)),
                    .button(.type(.submit), .text(l(.reporting(.sendBack)))))
            )),
            .if(model.mayAnswer, .group(
                .h2(.text(l(.reporting(.answerEscalation)))),
                .form(.method(.post), .action(SiteURL.reporting(.answer(round.id, model.line.id)).path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    .input(.type(.hidden), .name("version"), .value(String(report.version))),
                    renderer.node(FormInput(name: "answer", label: l(.reporting(.answer)), kind: .textarea(rows: 3), required: true,
                                            value: report.answer?.text ?? "")),
                    .button(.type(.submit), .text(l(.reporting(.answerEscalation)))))
            ))
        )
    }
}
