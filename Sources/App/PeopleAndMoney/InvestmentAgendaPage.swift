import Core
import Plot

/// The *Regionale Investeringsagenda*: every investment, and the totals per action line (by
/// source), per source and per status.
enum InvestmentAgendaPage {
    struct Model {
        var plan: PlanInfo
        var agenda: InvestmentAgenda
        var lineTitles: [String: String]

        init(_ data: PeopleAndMoney, register: Register) {
            plan = register.plan
            agenda = data.investmentAgenda
            lineTitles = Dictionary(register.actionLines.map { ($0.id, "\($0.number). \($0.title)") }, uniquingKeysWith: { first, _ in first })
        }

        func lineTitle(_ id: String) -> String { lineTitles[id] ?? id }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let agenda = model.agenda
        let sources = Investment.Source.allCases
        return Layout(l: l, title: l(.money(.investmentsTitle)), section: .money, source: .init(model.plan)).render(
            .moneyStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.money(.overview).path), .text(l(.money(.peopleAndMoney))))),
            .h1(.text(l(.money(.investmentsTitle)))),
            .p(.class("lead"), .text(l(.money(.investmentsIntro)))),
            .p(.class("actions-bar"),
                .a(.href(SiteURL.money(.newInvestment).path), .text(l(.money(.addInvestment)))),
                .text(" · "),
                .a(.href(SiteURL.money(.investmentsCSV).path), .text(l(.downloadCSV)))),
            .if(agenda.investments.isEmpty, .p(.class("muted"), .text(l(.money(.noInvestmentsYet)))), else: .group(
                .h2(.text(l(.money(.perActionLine)))),
                .div(.class("wide"), .table(
                    .class("money"),
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(l(.actionLine))),
                        .forEach(sources) { .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.source($0))))) },
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.total))))
                    )),
                    .tbody(.forEach(agenda.actionLines) { line in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.actionLine(line).path), .text(model.lineTitle(line)))),
                            .forEach(sources) { source in
                                let amount = agenda.total(actionLine: line, source: source)
                                return .td(.class("num"), .text(amount == .zero ? "" : l.euros(amount)))
                            },
                            .td(.class("num"), .text(l.euros(agenda.total(actionLine: line)))))
                    }),
                    .tfoot(.tr(.class("computed"),
                        .th(.attribute(named: "scope", value: "row"), .text(l(.money(.total)))),
                        .forEach(sources) { .td(.class("num"), .text(l.euros(agenda.total(source: $0)))) },
                        .td(.class("num"), .text(l.euros(agenda.total)))))
                )),
                .h2(.text(l(.money(.perStatus)))),
                .table(
                    .class("money"),
                    .tbody(.forEach(Investment.Status.allCases) { status in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(l(.money(.status(status))))),
                            .td(.class("num"), .text(l.euros(agenda.total(status: status)))))
                    })
                ),
                .h2(.text(l(.money(.allInvestments)))),
                .div(.class("wide"), .table(
                    .class("money"),
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(l(.money(.description)))),
                        .th(.attribute(named: "scope", value: "col"), .text(l(.actionLine))),
                        .th(.attribute(named: "scope", value: "col"), .text(l(.money(.sourceHeading)))),
                        .th(.attribute(named: "scope", value: "col"), .text(l(.status))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.amount)))),
                        .th(.attribute(named: "scope", value: "col"), .text(""))
                    )),
                    .tbody(.forEach(agenda.investments) { investment in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(investment.description)),
                            .td(.text(model.lineTitle(investment.actionLine))),
                            .td(.text(l(.money(.source(investment.source))))),
                            .td(.text(l(.money(.status(investment.status))))),
                            .td(.class("num"), .text(l.euros(investment.amount))),
                            .td(.a(.href(SiteURL.money(.editInvestment(investment.id)).path), .text(l(.edit)))))
                    })
                ))
            ))
        )
    }
}
