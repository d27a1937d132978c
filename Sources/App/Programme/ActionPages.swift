import Core
import Plot

/// Every action of the programme, line by line.
enum ActionsPage {
    struct Model: Equatable {
        struct Group: Equatable {
            var line: ActionLine
            var items: [ActionLinePage.Model.Item]
        }

        var plan: PlanInfo
        var groups: [Group]
        var total: Int

        init(_ register: Register) {
            plan = register.plan
            groups = register.actionLines.map { line in
                Group(line: line, items: (register.actions(of: line, term: .short) + register.actions(of: line, term: .outlook)).map {
                    .init(action: $0, period: $0.period.flatMap { register.period($0) })
                })
            }
            total = register.actions.count
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.actions), section: .actions, source: .init(model.plan)).render(
            .h1(.text(l(.actions)), .span(.class("count"), .text(" (\(model.total))"))),
            .newRecordLinks([.actions], l),
            .p(.text(l(.allActionsIntro))),
            .forEach(model.groups) { group in
                .table(
                    .caption(.link(.actionLine(group.line.id), "\(group.line.number). \(group.line.title)"),
                             .text(" — \(l(.actionCount(group.items.count)))")),
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(l(.action))),
                        .th(.attribute(named: "scope", value: "col"), .text(l(.term))),
                        .th(.attribute(named: "scope", value: "col"), .text(l(.when)))
                    )),
                    .tbody(.forEach(group.items) { item in
                        .tr(
                            .td(.link(.action(item.action.id), item.action.title),
                                .if(item.action.section == .ontwikkelagenda, .span(.class("muted"), .text(" (\(l(.ontwikkelagenda)))")))),
                            .td(.text(l(.termLabel(item.action.term)))),
                            .td(.when(item.action, period: item.period, l))
                        )
                    })
                )
            }
        )
    }
}

/// One action.
enum ActionPage {
    struct Model: Equatable {
        var footer = RecordFooter()
        var plan: PlanInfo
        var action: Action
        var line: ActionLine?
        var period: Period?
        var team: TaskTeam?
        var organisation: Organisation?

        init(_ action: Action, in register: Register) {
            plan = register.plan
            self.action = action
            line = register.actionLine(action.line)
            period = action.period.flatMap { register.period($0) }
            team = register.team(of: action)
            organisation = action.ownerOrganisation.flatMap { register.organisation($0) }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.action.title, section: .actions, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.actions, l(.actions)),
               .unwrap(model.line) { line in .group(.text(" › "), .link(.actionLine(line.id), line.title)) }),
            .recordHeading(nil, model.action.title, original: .bulletList(model.action.details), model.footer, l),
            .dl(.class("facts"),
                .dt(.text(l(.actionLine))),
                .dd(.unwrap(model.line, { .a(.href(SiteURL.actionLine($0.id).path), .text($0.title)) }, else: .text(model.action.line))),
                .dt(.text(l(.term))),
                .dd(.text(l(.termLabel(model.action.term)) + (model.action.section == .ontwikkelagenda ? " · \(l(.ontwikkelagenda))" : ""))),
                .dt(.text(l(.when))),
                .dd(.when(model.action, period: model.period, l)),
                .dt(.text(l(.status))),
                .dd(.text(l(.actionStatus(model.action.status)))),
                .dt(.text(l(.ownerTeam))),
                .dd(.unwrap(model.team, { .link(.team($0.id), $0.name) }, else: .text(l(.none)))),
                .dt(.text(l(.ownerOrganisation))),
                .dd(.unwrap(model.organisation, { .link(.organisation($0.id), $0.name) }, else: .text(l(.none))))
            ),
            .if(!model.action.details.isEmpty, .recordText(.group(
                .h2(.text(l(.details))),
                .bulletList(model.action.details)
            ), model.footer, l)),
            .recordFooter(model.footer, l)
        )
    }
}
