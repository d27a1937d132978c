import Core
import Plot

/// The form to edit an action; on a conflict it shows the saved values beside the person's own.
enum ActionEditPage {
    struct Model: Equatable {
        var csrf: String
        var action: Action
        /// What the form shows: the stored values, or what the person typed.
        var form: ActionEdit
        /// The year as typed, when it was not a number.
        var yearText: String?
        var problems: [String: String] = [:]
        /// Set when someone saved a newer version since this edit began.
        var saved: Action?
        var periods: [Period]
        var teams: [TaskTeam]
        var organisations: [Organisation]

        init(csrf: String, action: Action, form: ActionEdit, register: Register, yearText: String? = nil,
             problems: [String: String] = [:], saved: Action? = nil) {
            self.csrf = csrf
            self.action = action
            self.form = form
            self.yearText = yearText
            self.problems = problems
            self.saved = saved
            periods = register.periods
            teams = register.teams
            organisations = register.organisations
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.editAction), section: .actions, source: nil).render(
            .p(.class("breadcrumb"), .link(.actions, l(.actions)), .text(" › "), .link(.action(model.action.id), model.action.title)),
            .h1(.text(l(.editAction))),
            .unwrap(model.saved) { saved in
                .div(.class("conflict"), .attribute(named: "role", value: "alert"),
                    .h2(.text(l(.conflictTitle))),
                    .p(.text(l(.conflictExplanation))),
                    .table(
                        .thead(.tr(
                            .th(.attribute(named: "scope", value: "col"), .text("")),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.savedVersion))),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.yourVersion)))
                        )),
                        .tbody(.forEach(comparison(saved: saved, mine: model.form, model, l)) { row in
                            .tr(.class(row.1 == row.2 ? "" : "differs"),
                                .th(.attribute(named: "scope", value: "row"), .text(row.0)), .td(.text(row.1)), .td(.text(row.2)))
                        })
                    )
                )
            },
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(SiteURL.editAction(model.action.id).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                // After a conflict the form carries the saved version, so saving now means 'mine, knowingly'.
                .input(.type(.hidden), .name("version"), .value("\(model.saved?.version ?? model.form.version)")),
                field("title", l(.title), model, .input(.type(.text), .name("title"), .id("title"), .value(model.form.title), .required(true))),
                field("status", l(.status), model, .select(.attribute(named: "name", value: "status"), .attribute(named: "id", value: "status"), .forEach(Action.Status.allCases) { status in
                    .choice(status.rawValue, l(.actionStatus(status)), selected: status == model.form.status)
                })),
                field("period", l(.period), model, .select(.attribute(named: "name", value: "period"), .attribute(named: "id", value: "period"),
                    .choice("", l(.none), selected: model.form.period == nil),
                    .forEach(model.periods) { period in
                        .choice(period.id, periodLabel(period), selected: period.id == model.form.period)
                    })),
                field("year", l(.year), model, .input(.type(.text), .name("year"), .id("year"),
                    .value(model.yearText ?? model.form.year.map(String.init) ?? ""), .attribute(named: "inputmode", value: "numeric"))),
                field("ownerTeam", l(.ownerTeam), model, .select(.attribute(named: "name", value: "ownerTeam"), .attribute(named: "id", value: "ownerTeam"),
                    .choice("", l(.none), selected: model.form.ownerTeam == nil),
                    .forEach(model.teams) { team in .choice(team.id, team.name, selected: team.id == model.form.ownerTeam) })),
                field("ownerOrganisation", l(.ownerOrganisation), model, .select(.attribute(named: "name", value: "ownerOrganisation"), .attribute(named: "id", value: "ownerOrganisation"),
                    .choice("", l(.none), selected: model.form.ownerOrganisation == nil),
                    .forEach(model.organisations) { organisation in
                        .choice(organisation.id, organisation.name, selected: organisation.id == model.form.ownerOrganisation)
                    })),
                .button(.type(.submit), .text(model.saved == nil ? l(.save) : l(.saveMine))),
                .a(.href(SiteURL.action(model.action.id).path), .text(l(.cancel)))
            )
        )
    }


    /// A label, the control, and the field's problem beneath it, tied together for screen readers.
    private static func field(_ name: String, _ label: String, _ model: Model, _ control: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        .group(
            .label(.for(name), .text(label)),
            control,
            .unwrap(model.problems[name]) { .p(.class("field-error"), .id("\(name)-error"), .text($0)) }
        )
    }

    private static func comparison(saved: Action, mine: ActionEdit, _ model: Model, _ l: Localizer) -> [(String, String, String)] {
        func team(_ id: String?) -> String { id.flatMap { id in model.teams.first { $0.id == id }?.name } ?? l(.none) }
        func organisation(_ id: String?) -> String { id.flatMap { id in model.organisations.first { $0.id == id }?.name } ?? l(.none) }
        func period(_ id: String?) -> String { id.flatMap { id in model.periods.first { $0.id == id }.map(periodLabel) } ?? l(.none) }
        return [
            (l(.title), saved.title, mine.title),
            (l(.status), l(.actionStatus(saved.status)), l(.actionStatus(mine.status))),
            (l(.period), period(saved.period), period(mine.period)),
            (l(.year), saved.year.map(String.init) ?? "", mine.year.map(String.init) ?? ""),
            (l(.ownerTeam), team(saved.ownerTeam), team(mine.ownerTeam)),
            (l(.ownerOrganisation), organisation(saved.ownerOrganisation), organisation(mine.ownerOrganisation)),
        ]
    }
}
