import Core
import Plot

/// One year's *Tabel Middelen*: the lines with what they are budgeted at, coverage per
/// financier (per line or for the year), the totals and the balance, realisation beside them.
enum BudgetPage {
    struct Model {
        var plan: PlanInfo
        var budget: BudgetYear
        var parties: [Party]
        var years: [Int]

        init(_ data: PeopleAndMoney, register: Register, year: Int) {
            plan = register.plan
            budget = data.budgetYear(year)
            parties = data.parties
            // A financier that is no column (yet) still gets one, after the plan's.
            for financier in budget.financiers where !parties.contains(where: { $0.id == financier }) {
                parties.append(Party(id: financier, label: financier))
            }
            years = data.budgetYears
        }

        var year: Int { budget.year }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let budget = model.budget
        let title = l(.money(.budgetTitle(model.year)))
        let columns = model.parties.count + 5
        return Layout(l: l, title: title, section: .money, source: .init(model.plan)).render(
            .moneyStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.money(.overview).path), .text(l(.money(.peopleAndMoney))))),
            .h1(.text(title)),
            .p(.class("lead"), .text(l(.money(.budgetIntro)))),
            .yearLinks(model.years, current: model.year, l) { .money(.budget($0)) },
            .unwrap(budget.note) { .p(.class("note"), .text($0)) },
            balanceNotice(budget, l),
            .div(.class("wide"), .table(
                .class("money budget"),
                .caption(.text(l(.money(.budgetCaption(model.year))))),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .attribute(named: "rowspan", value: "2"), .text(l(.money(.expense)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .attribute(named: "rowspan", value: "2"), .text(l(.money(.budgeted)))),
                        .th(.class("num group"), .attribute(named: "scope", value: "colgroup"), .attribute(named: "colspan", value: String(model.parties.count + 1)), .text(l(.money(.coverage)))),
                        .th(.class("num group"), .attribute(named: "scope", value: "colgroup"), .attribute(named: "colspan", value: "2"), .text(l(.money(.realisation))))
                    ),
                    .tr(
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.total)))),
                        .forEach(model.parties) { .th(.class("num"), .attribute(named: "scope", value: "col"), .text($0.label)) },
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.spent)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.remaining))))
                    )
                ),
                .tbody(
                    .forEach(budget.lines) { line in
                        let covered = budget.fundings.contains { $0.line == line.id }
                        return .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(line.name),
                                .unwrap(line.note) { .span(.class("cell-note"), .text($0)) }),
                            .td(.class("num"), .text(l.euros(line.budgeted))),
                            .td(.class("num"), .text(covered ? l.euros(budget.coverage(line: line.id)) : "")),
                            .forEach(model.parties) { party in
                                let amount = budget.coverage(line: line.id, financier: party.id)
                                return .td(.class("num"), .text(amount == .zero ? "" : l.euros(amount)))
                            },
                            .td(.class("num"), .text(l.euros(budget.spent(line: line.id)))),
                            .td(.class(budget.remaining(line: line.id) < .zero ? "num differs" : "num"), .text(l.euros(budget.remaining(line: line.id))))
                        )
                    },
                    .if(budget.yearCoverage != .zero, .tr(.class("year-coverage"),
                        .th(.attribute(named: "scope", value: "row"), .text(l(.money(.yearCoverage(model.year))))),
                        .td(.class("num"), .text("")),
                        .td(.class("num"), .text(l.euros(budget.yearCoverage))),
                        .forEach(model.parties) { party in
                            let amount = budget.yearCoverage(financier: party.id)
                            return .td(.class("num"), .text(amount == .zero ? "" : l.euros(amount)))
                        },
                        .td(.class("num"), .text("")), .td(.class("num"), .text(""))))
                ),
                .tfoot(
                    .tr(.class("computed"),
                        .th(.attribute(named: "scope", value: "row"), .text(l(.money(.budgetTotal(model.year))))),
                        .td(.class("num"), .text(l.euros(budget.budgeted))),
                        .td(.class("num"), .text(l.euros(budget.coverage))),
                        .forEach(model.parties) { party in
                            let amount = budget.coverage(financier: party.id)
                            return .td(.class("num"), .text(amount == .zero ? "" : l.euros(amount)))
                        },
                        .td(.class("num"), .text(l.euros(budget.spent))),
                        .td(.class("num"), .text(l.euros(budget.remaining)))),
                    .tr(.class(budget.balance.isBalanced ? "balance ok" : "balance flag"),
                        .th(.attribute(named: "scope", value: "row"), .text(l(.money(.balanceHeading)))),
                        .td(.attribute(named: "colspan", value: String(columns - 1)), .text(balanceText(budget.balance, l))))
                )
            )),
            .p(.class("actions-bar"),
                .a(.href(SiteURL.money(.spendingForm(line: nil)).path), .text(l(.money(.recordSpending)))),
                .text(" · "),
                .a(.href(SiteURL.money(.budgetCSV(model.year)).path), .text(l(.downloadCSV)))),
            .h2(.text(l(.money(.spendingsHeading)))),
            .if(budget.spendings.isEmpty, .p(.class("muted"), .text(l(.money(.noSpendings)))), else: .table(
                .class("money"),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.budgetLine)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.period)))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.amount)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.explanation))))
                )),
                .tbody(.forEach(budget.spendings) { spending in
                    .tr(
                        .td(.text(budget.lines.first { $0.id == spending.line }?.name ?? spending.line)),
                        .td(.text(periodText(spending, l))),
                        .td(.class("num"), .text(l.euros(spending.amount))),
                        .td(.text(spending.note ?? "")))
                })))
        )
    }

    static func balanceText(_ balance: BudgetYear.Balance, _ l: Localizer) -> String {
        switch balance {
        case .balanced: l(.money(.balanced))
        case let .surplus(money): l(.money(.surplus(l.euros(money))))
        case let .shortfall(money): l(.money(.shortfall(l.euros(money))))
        }
    }

    private static func balanceNotice(_ budget: BudgetYear, _ l: Localizer) -> Node<HTML.BodyContext> {
        .if(!budget.balance.isBalanced && !budget.lines.isEmpty,
            .p(.class("flag"), .attribute(named: "role", value: "note"), .strong(.text("⚠ ")), .text(balanceText(budget.balance, l))))
    }

    static func periodText(_ spending: Spending, _ l: Localizer) -> String {
        let from = l.month(spending.from.month, year: spending.from.year), until = l.month(spending.until.month, year: spending.until.year)
        return from == until ? from : "\(from) – \(until)"
    }
}
