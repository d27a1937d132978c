import Core
import Plot

/// The six *actielijnen* of the implementation programme.
enum ActionLinesPage {
    struct Model: Equatable {
        var plan: PlanInfo
        var lines: [HomePage.Model.LineSummary]
        var ambitions: [String: Ambition]

        init(_ register: Register) {
            plan = register.plan
            lines = HomePage.Model(register).lines
            ambitions = Dictionary(uniqueKeysWithValues: register.ambitions.map { ($0.id, $0) })
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.actionLines), section: .actionLines, source: .init(model.plan)).render(
            .h1(.text(l(.actionLines))),
            .newRecordLinks([.actionLines], l),
            .table(
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.number))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.actionLine))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.ambition))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.shortTerm))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.outlook))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.buildsOn)))
                )),
                .tbody(.forEach(model.lines) { summary in
                    .tr(
                        .td(.text("\(summary.line.number)")),
                        .th(.attribute(named: "scope", value: "row"), .link(.actionLine(summary.line.id), summary.line.title)),
                        .td(.text(model.ambitions[summary.line.ambition]?.title ?? summary.line.ambition)),
                        .td(.class("num"), .text("\(summary.shortTermCount)")),
                        .td(.class("num"), .text("\(summary.outlookCount)")),
                        .td(.class("num"), .text("\(summary.programmeCount)"))
                    )
                })
            )
        )
    }
}

/// One *actielijn* as the plan's page for it: ambition, what it builds on, who is involved,
/// the short term, the outlook and what the NOVI status adds.
enum ActionLinePage {
    struct Model: Equatable {
        var footer = RecordFooter()
        struct Item: Equatable {
            var action: Action
            var period: Period?
        }

        struct BuildsOnItem: Equatable {
            var text: String
            var programme: Programme?
        }

        struct Link: Equatable {
            var dependency: Dependency
            var other: ActionLine
            var outgoing: Bool
            var theme: Theme?
        }

        var plan: PlanInfo
        var line: ActionLine
        var ambition: Ambition?
        var buildsOn: [BuildsOnItem]
        var stakeholders: [Organisation]
        var shortTerm: [Item]
        var appendix: [Item]
        var outlook: [Item]
        var appendixOutlook: [Item]
        var links: [Link]

        init(_ line: ActionLine, in register: Register) {
            plan = register.plan
            self.line = line
            ambition = register.ambition(line.ambition)
            buildsOn = line.buildsOn.map { BuildsOnItem(text: $0.text, programme: register.programme($0.programme)) }
            stakeholders = register.stakeholders(of: line)
            let item = { (action: Action) in Item(action: action, period: action.period.flatMap { register.period($0) }) }
            let short = register.actions(of: line, term: .short)
            let later = register.actions(of: line, term: .outlook)
            shortTerm = short.filter { $0.section == .main }.map(item)
            appendix = short.filter { $0.section == .ontwikkelagenda }.map(item)
            outlook = later.filter { $0.section == .main }.map(item)
            appendixOutlook = later.filter { $0.section == .ontwikkelagenda }.map(item)
            links = register.dependencies(involving: line).compactMap { dependency in
                let outgoing = dependency.from == line.id
                guard let other = register.actionLine(outgoing ? dependency.to : dependency.from) else { return nil }
                return Link(dependency: dependency, other: other, outgoing: outgoing, theme: dependency.theme.flatMap { register.theme($0) })
            }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let line = model.line
        return Layout(l: l, title: line.title, section: .actionLines, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.actionLines, l(.actionLines))),
            .recordHeading("\(l(.actionLine)) \(line.number):", line.title, original: .unwrap(line.ambitionText) { .p(.class("lead"), .text($0)) },
                           model.footer, l),
            .unwrap(model.ambition) { ambition in
                .p(.class("muted"), .text("\(l(.ambition)): "), .link(.ambition(ambition.id), ambition.title))
            },
            .recordText(.unwrap(line.ambitionText) { .p(.class("lead"), .text($0)) }, model.footer, l),

            .div(.class("columns"),
                .section(
                    .h2(.text(l(.buildsOn))),
                    .ul(.forEach(model.buildsOn) { item in
                        .li(.unwrap(item.programme, { programme in .link(.programme(programme.id), item.text) }, else: .text(item.text)))
                    })
                ),
                .section(
                    .h2(.text(l(.stakeholders))),
                    .p(.text(line.stakeholders.text)),
                    .if(!model.stakeholders.isEmpty, .ul(.class("values"), .forEach(model.stakeholders) { organisation in
                        .li(.link(.organisation(organisation.id), organisation.name))
                    }))
                )
            ),

            .h2(.text(l(.shortTerm))),
            items(model.shortTerm, l),
            .unwrap(line.shortTermNote) { .p(.class("note"), .text($0)) },
            .if(!model.appendix.isEmpty, .group(
                .h3(.text("\(l(.ontwikkelagenda)): \(l(.shortTerm))")),
                items(model.appendix, l)
            )),

            .h2(.text(l(.outlook))),
            items(model.outlook, l),
            .unwrap(line.outlookNote) { .p(.class("note"), .text($0)) },
            .if(!model.appendixOutlook.isEmpty, .group(
                .h3(.text("\(l(.ontwikkelagenda)): \(l(.outlook))")),
                items(model.appendixOutlook, l)
            )),

            .h2(.text(l(.addedValueOfLine))),
            .bulletList(line.addedValue),

            .if(!model.links.isEmpty, .group(
                .h2(.text(l(.coherence))),
                .ul(.forEach(model.links) { link in
                    .li(
                        .text(link.outgoing ? "→ " : "← "),
                        .link(.actionLine(link.other.id), link.other.title),
                        .text(": \(link.dependency.text)"),
                        .unwrap(link.theme) { .span(.class("muted"), .text(" (\($0.name))")) }
                    )
                })
            )),
            .recordFooter(model.footer, l)
        )
    }

    private static func items(_ items: [Model.Item], _ l: Localizer) -> Node<HTML.BodyContext> {
        items.isEmpty
            ? .p(.class("muted"), .text(l(.noActions)))
            : .ul(.class("actions"), .forEach(items) { .actionItem($0.action, period: $0.period, l) })
    }
}
