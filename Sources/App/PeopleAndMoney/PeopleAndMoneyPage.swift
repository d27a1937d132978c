import Core
import Plot

/// `/middelen`: the capacity per year (Stip's sum beside the plan's), the budget per year with
/// its balance, the reviews and the investment agenda, each linking to its table.
enum PeopleAndMoneyPage {
    struct Model {
        var plan: PlanInfo
        /// Nil when no people-and-money file has been loaded yet.
        var data: PeopleAndMoney?

        init(_ data: PeopleAndMoney?, register: Register) {
            plan = register.plan
            self.data = data
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.money(.peopleAndMoney)), section: .money, source: .init(model.plan)).render(
            .moneyStyles,
            .h1(.text(l(.money(.peopleAndMoney)))),
            .p(.class("lead"), .text(l(.money(.overviewIntro)))),
            .unwrap(model.data, { data in .group(
                .h2(.text(l(.money(.capacityHeading)))),
                .table(
                    .class("money"),
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(l(.money(.year)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.computedColumn)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.statedColumn)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.inEuros))))
                    )),
                    .tbody(.forEach(data.capacityYears.map(\.year)) { year in
                        let table = data.capacityTable(year: year)!
                        return .tr(
                            .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.money(.capacity(year)).path), .text(l(.money(.capacityTitle(year)))))),
                            .td(.class("num"), .text(l.capacity(table.overall))),
                            .td(.class("num"), .text(table.statedOverall.map(l.capacity) ?? "–")),
                            .td(.class("num"), .text(table.overallCost(basis: .stated).map(l.cost) ?? table.overallCost(basis: .computed).map(l.cost) ?? "–")))
                    })
                ),
                .h2(.text(l(.money(.budgetHeading)))),
                .table(
                    .class("money"),
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(l(.money(.year)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.budgeted)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.coverage)))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.spent)))),
                        .th(.attribute(named: "scope", value: "col"), .text(l(.money(.balanceHeading))))
                    )),
                    .tbody(.forEach(data.budgetYears) { year in
                        let budget = data.budgetYear(year)
                        return .tr(
                            .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.money(.budget(year)).path), .text(l(.money(.budgetTitle(year)))))),
                            .td(.class("num"), .text(l.euros(budget.budgeted))),
                            .td(.class("num"), .text(l.euros(budget.coverage))),
                            .td(.class("num"), .text(l.euros(budget.spent))),
                            .td(.class(budget.balance.isBalanced ? "ok" : "differs"), .text(BudgetPage.balanceText(budget.balance, l))))
                    })
                ),
                .h2(.text(l(.money(.reviewsTitle)))),
                .p(.text(data.reviews.isEmpty ? l(.money(.noReviewsYet)) : l(.money(.reviewCount(data.reviews.count)))),
                   .text(" "), .a(.href(SiteURL.money(.reviews).path), .text(l(.money(.reviewHistoryLink))))),
                .h2(.text(l(.money(.investmentsTitle)))),
                .p(.text(data.investments.isEmpty ? l(.money(.noInvestmentsYet)) : l(.money(.investmentTotal(data.investments.count, l.euros(data.investmentAgenda.total))))),
                   .text(" "), .a(.href(SiteURL.money(.investments).path), .text(l(.money(.investmentsLink)))))
            ) }, else: .p(.class("muted"), .text(l(.money(.nothingLoaded)))))
        )
    }
}
