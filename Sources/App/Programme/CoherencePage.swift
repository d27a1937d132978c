import Core
import Plot

/// The plan's *samenhang* (ch. 2.2): which action lines need or strengthen which, as a matrix
/// and as a list with the plan's own words.
enum CoherencePage {
    struct Model: Equatable {
        struct Row: Equatable {
            var dependency: Dependency
            var from: ActionLine
            var to: ActionLine
            var theme: Theme?
        }

        var plan: PlanInfo
        var lines: [ActionLine]
        var rows: [Row]

        init(_ register: Register) {
            plan = register.plan
            lines = register.actionLines
            rows = register.dependencies.compactMap { dependency in
                guard let from = register.actionLine(dependency.from), let to = register.actionLine(dependency.to) else { return nil }
                return Row(dependency: dependency, from: from, to: to, theme: dependency.theme.flatMap { register.theme($0) })
            }
        }

        func count(from: ActionLine, to: ActionLine) -> Int {
            rows.count { $0.from.id == from.id && $0.to.id == to.id }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.coherence), section: .coherence, source: .init(model.plan)).render(
            .h1(.text(l(.coherence))),
            .newRecordLinks([.dependencies], l),
            .p(.class("lead"), .text(l(.coherenceIntro))),
            .div(.class("figure"),
                .table(.class("matrix"),
                    .caption(.text(l(.coherenceMatrixCaption))),
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text("\(l(.from)) \\ \(l(.to))")),
                        .forEach(model.lines) { line in
                            .th(.attribute(named: "scope", value: "col"), .abbr(.title(line.title), .text("\(line.number). \(line.title)")))
                        }
                    )),
                    .tbody(.forEach(model.lines) { from in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text("\(from.number). \(from.title)")),
                            .forEach(model.lines) { to in
                                let count = model.count(from: from, to: to)
                                return .td(
                                    .if(count > 0, .class("has")),
                                    .if(count > 0, .a(.href("#van-\(from.id)"), .text("\(count)")), else: .text(from.id == to.id ? "—" : ""))
                                )
                            }
                        )
                    })
                )
            ),
            .forEach(model.lines) { from in
                let rows = model.rows.filter { $0.from.id == from.id }
                return .if(!rows.isEmpty, .section(
                    .id("van-\(from.id)"),
                    .h2(.text("\(l(.from)): \(from.title)")),
                    .table(
                        .thead(.tr(
                            .th(.attribute(named: "scope", value: "col"), .text(l(.to))),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.coherence))),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.theme))),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.source)))
                        )),
                        .tbody(.forEach(rows) { row in
                            .tr(
                                .td(.link(.actionLine(row.to.id), row.to.title)),
                                .td(.text(row.dependency.text)),
                                .td(.text(row.theme?.name ?? "")),
                                .td(.text(row.dependency.source ?? ""))
                            )
                        })
                    )
                ))
            }
        )
    }
}
