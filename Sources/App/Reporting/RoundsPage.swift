import Core
import Plot

/// `/voortgang`: every round with its count of reports, what is open in all of them (overdue
/// first), and for the regiegroep the form to open a round.
enum RoundsPage {
    struct Model: Equatable {
        var csrf: String
        var rounds: [ReportingRound]
        var rows: [ReportingRow]
        var mayOpen: Bool
        var fields: [FormInput]
        var notice: String?
    }

    static func fields(_ l: Localizer) -> [FormInput] {
        [FormInput(name: "name", label: l(.reporting(.roundName)), required: true, hint: l(.reporting(.roundNameHint))),
         FormInput(name: "periodStart", label: l(.reporting(.periodStart)), kind: .date, required: true),
         FormInput(name: "periodEnd", label: l(.reporting(.periodEnd)), kind: .date, required: true),
         FormInput(name: "dueOn", label: l(.reporting(.dueOn)), kind: .date, required: true)]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let open = model.rows.filter(\.isOpen).sorted(by: ReportingRow.overdueFirst)
        return Layout(l: l, title: l(.reporting(.title)), section: nil, source: nil).render(
            .h1(.text(l(.reporting(.title)))),
            .p(.class("lead"), .text(l(.reporting(.intro)))),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .if(model.rounds.isEmpty, .p(.class("muted"), .text(l(.reporting(.noRounds))))),
            .if(!model.rounds.isEmpty, .table(
                .caption(.text(l(.reporting(.title)))),
                .thead(.tr(ReportingNodes.th(l(.reporting(.roundColumn))), ReportingNodes.th(l(.reporting(.periodColumn))),
                           ReportingNodes.th(l(.reporting(.dueColumn))), ReportingNodes.th(l(.reporting(.reportsColumn))))),
                .tbody(.forEach(model.rounds) { round in
                    let rows = model.rows.filter { $0.round.id == round.id }
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.reporting(.round(round.id)).path), .text(round.name))),
                        .td(.text(l(.reporting(.period(from: l.date(round.periodStart), to: l.date(round.periodEnd)))))),
                        .td(.text(l.date(round.dueOn))),
                        .td(.text(l(.reporting(.counts(
                            submitted: rows.filter { $0.state == .submitted }.count, approved: rows.filter { $0.state == .approved }.count, total: rows.count)))))
                    )
                })
            )),
            .h2(.text(l(.reporting(.dueAndOverdue)))),
            .p(.text(l(.reporting(.dueAndOverdueIntro)))),
            .if(open.isEmpty, .p(.class("muted"), .text(l(.reporting(.nothingDue))))),
            .if(!open.isEmpty, .table(
                .caption(.text(l(.reporting(.dueAndOverdue)))),
                .thead(.tr(ReportingNodes.th(l(.reporting(.lineColumn))), ReportingNodes.th(l(.reporting(.teamColumn))),
                           ReportingNodes.th(l(.reporting(.roundColumn))), ReportingNodes.th(l(.reporting(.dueColumn))),
                           ReportingNodes.th(l(.reporting(.stateColumn))))),
                .tbody(.forEach(open) { row in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"),
                            .a(.href(SiteURL.reporting(.report(row.round.id, row.line.id)).path), .text("\(row.line.number). \(row.line.title)"))),
                        .td(.text(row.teamName ?? l(.reporting(.noTeam)))),
                        .td(.text(row.round.name)),
                        .td(.text(l.date(row.round.dueOn))),
                        .td(ReportingNodes.state(row, l))
                    )
                })
            )),
            .p(.a(.href(SiteURL.reporting(.calendar).path), .text(l(.reporting(.calendarLink))))),
            .if(model.mayOpen, .group(
                .h2(.text(l(.reporting(.openRound)))),
                .form(.method(.post), .action(SiteURL.reporting(.rounds).path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    FormFieldRenderer(l: l, idPrefix: "round-").nodes(model.fields),
                    .button(.type(.submit), .text(l(.reporting(.open)))))
            ))
        )
    }
}
