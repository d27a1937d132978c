import Core
import Plot

/// One year's *Tabel Mensen* as the plan prints it, with Stip's own totals beside the plan's,
/// the difference, the translation into euros, a stacked bar per party, and the latest review.
enum CapacityPage {
    struct Model {
        var plan: PlanInfo
        var year: Int
        var table: CapacityTable
        /// Every year with a Tabel Mensen, for the links between them.
        var years: [Int]
        var latest: [String: CapacityReviewHistory.Entry]
        var bodyNames: [String: String]
        /// The cell just saved, to confirm what it came to.
        var saved: CapacityCommitment?

        init(_ data: PeopleAndMoney, register: Register, year: Int, saved: String? = nil) {
            plan = register.plan
            self.year = year
            table = data.capacityTable(year: year)
                ?? CapacityTable(year: CapacityYear(year: year, rows: []), activities: data.activities, parties: data.parties, commitments: [])
            years = data.capacityYears.map(\.year)
            latest = data.reviewHistory.latestByActivity
            bodyNames = Dictionary(register.bodies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            self.saved = saved.flatMap { id in table.commitments.first { $0.id == id } }
        }

        /// A row with parts shows its subtotal: the plan's 'Totaal bemensing opgaveteams'.
        func shown(activity: String, party: String) -> CapacitySum {
            table.hasParts(activity) ? table.subtotal(activity: activity, party: party) : table.cell(activity: activity, party: party)
        }

        func rowTotal(_ activity: String) -> CapacitySum {
            table.parties.map { shown(activity: activity, party: $0.id) }.reduce(.empty, +)
        }

        func chart(_ l: Localizer) -> CapacityChart {
            let quantified = table.rows.filter { row in table.commitments.contains { $0.activity == row.id && $0.amount.fte != nil } }
            let bars = table.parties.map { party in
                let total = table.total(party: party.id)
                let stated = table.stated(party: party.id)
                var caption = l.capacity(total)
                if let stated { caption += " · \(l(.money(.planSays))) \(l.capacity(stated))" }
                return CapacityChart.Bar(
                    party: party.label,
                    segments: quantified.enumerated().map { index, row in
                        .init(activity: row.name, thousandths: table.cell(activity: row.id, party: party.id).fte.thousandths, colour: index)
                    },
                    hasPM: total.hasPM, stated: stated?.fte?.thousandths, caption: caption)
            }
            return CapacityChart(
                title: l(.money(.chartTitle(year))), description: l(.money(.chartDescription(year))),
                statedLabel: table.year.statedLabel ?? l(.money(.statedTotal)), bars: bars, legend: quantified.map(\.name))
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let table = model.table
        let title = l(.money(.capacityTitle(model.year)))
        return Layout(l: l, title: title, section: .money, source: .init(model.plan)).render(
            .moneyStyles,
            .p(.class("breadcrumb"), .a(.href(SiteURL.money(.overview).path), .text(l(.money(.peopleAndMoney))))),
            .h1(.text(title)),
            .p(.class("lead"), .text(l(.money(.capacityIntro)))),
            .yearLinks(model.years, current: model.year, l) { .money(.capacity($0)) },
            .unwrap(model.saved) { saved in
                .p(.class("saved"), .attribute(named: "role", value: "status"), .text(savedNotice(saved, model, l)))
            },
            .unwrap(table.year.note) { .p(.class("note"), .text("\(l(.money(.yearNote))): \($0)")) },
            .div(.class("wide"), .table(
                .class("money capacity"),
                .caption(.text(l(.money(.capacityCaption(model.year))))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.activity)))),
                    .forEach(table.parties) { .th(.class("num"), .attribute(named: "scope", value: "col"), .text($0.label)) },
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.money(.total)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.explanation))))
                )),
                .tbody(.forEach(table.rows) { activity in
                    .tr(
                        .class(activity.partOf == nil ? (table.hasParts(activity.id) ? "subtotal" : "") : "part"),
                        .th(.attribute(named: "scope", value: "row"), .text(activity.name)),
                        .forEach(table.parties) { party in cell(activity, party, model, l) },
                        .td(.class("num"), .text(l.capacity(model.rowTotal(activity.id)))),
                        .td(.class("note"), .text(table.year.rows.first { $0.activity == activity.id }?.note ?? ""))
                    )
                }),
                .tfoot(
                    .tr(.class("computed"),
                        .th(.attribute(named: "scope", value: "row"), .text(l(.money(.computedTotal(model.year))))),
                        .forEach(table.parties) { .td(.class("num"), .text(l.capacity(table.total(party: $0.id)))) },
                        .td(.class("num"), .text(l.capacity(table.overall))),
                        .td(.class("note"), .text(""))),
                    .if(!table.year.statedTotals.isEmpty || table.statedOverall != nil, .group(
                        .tr(.class("stated"),
                            .th(.attribute(named: "scope", value: "row"), .text(table.year.statedLabel ?? l(.money(.statedTotal)))),
                            .forEach(table.parties) { party in .td(.class("num"), .text(table.stated(party: party.id).map(l.capacity) ?? "–")) },
                            .td(.class("num"), .text(table.statedOverall.map(l.capacity) ?? "–")),
                            .td(.class("note"), .text(""))),
                        .tr(.class("difference"),
                            .th(.attribute(named: "scope", value: "row"), .text(l(.money(.difference)))),
                            .forEach(table.parties) { party in differenceCell(table.difference(party: party.id), l) },
                            differenceCell(table.overallDifference, l),
                            .td(.class("note"), .text("")))
                    )),
                    .unwrap(table.rate, { rate in .group(
                        .tr(.class("euros"),
                            .th(.attribute(named: "scope", value: "row"), .text(l(.money(.eurosStated(l.euros(rate.perFTEPerYear)))))),
                            .forEach(table.parties) { party in .td(.class("num"), .text(table.cost(party: party.id, basis: .stated).map(l.cost) ?? "–")) },
                            .td(.class("num"), .text(table.overallCost(basis: .stated).map(l.cost) ?? "–")),
                            .td(.class("note"), .text(""))),
                        .tr(.class("euros"),
                            .th(.attribute(named: "scope", value: "row"), .text(l(.money(.eurosComputed(l.euros(rate.perFTEPerYear)))))),
                            .forEach(table.parties) { party in .td(.class("num"), .text(table.cost(party: party.id, basis: .computed).map(l.cost) ?? "–")) },
                            .td(.class("num"), .text(table.overallCost(basis: .computed).map(l.cost) ?? "–")),
                            .td(.class("note"), .text("")))
                    ) }, else: .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(l(.money(.noRate)))),
                        .td(.attribute(named: "colspan", value: String(table.parties.count + 2)),
                            .a(.href(SiteURL.money(.capacityRate(model.year)).path), .text(l(.money(.setRate)))))))
                )
            )),
            .ul(.class("note totals-legend"),
                .li(.strong(.text(l(.money(.computedTotal(model.year))) + ": ")), .text(l(.money(.computedExplanation)))),
                .li(.strong(.text((table.year.statedLabel ?? l(.money(.statedTotal))) + ": ")), .text(l(.money(.statedExplanation)))),
                .li(.strong(.text(l(.money(.difference)) + ": ")), .text(l(.money(.differenceExplanation)))),
                .unwrap(table.rate) { _ in .li(.strong(.text(l(.money(.inEuros)) + ": ")), .text(l(.money(.eurosComputedExplanation)))) },
                .unwrap(table.year.rateNote) { .li(.strong(.text(l(.money(.rateNoteLabel)) + ": ")), .text($0)) }),
            .p(.class("actions-bar"),
                .a(.href(SiteURL.money(.commitmentForm(year: model.year, activity: nil, party: nil)).path), .text(l(.money(.fillInCommitment)))),
                .text(" · "),
                .a(.href(SiteURL.money(.capacityRate(model.year)).path), .text(l(.money(.changeRate)))),
                .text(" · "),
                .a(.href(SiteURL.money(.capacityCSV(model.year)).path), .text(l(.downloadCSV)))),
            .h2(.text(l(.money(.chartHeading)))),
            .div(.class("figure"), .raw(model.chart(l).render())),
            .p(.class("note"), .text(l(.money(.chartLegend)))),
            .h2(.text(l(.money(.latestReview)))),
            reviewSection(model, l)
        )
    }

    private static func cell(_ activity: CapacityActivity, _ party: Party, _ model: Model, _ l: Localizer) -> Node<HTML.TableRowContext> {
        let table = model.table
        let form = SiteURL.money(.commitmentForm(year: model.year, activity: activity.id, party: party.id)).path
        let edit: Node<HTML.BodyContext> = .a(.class("edit"), .href(form), .attribute(named: "aria-label", value: l(.money(.editCell(activity.name, party.label)))), .text("✎"))
        if table.hasParts(activity.id) {
            let sum = model.shown(activity: activity.id, party: party.id)
            let own = table.commitment(activity: activity.id, party: party.id)
            return .td(.class("num"),
                .text(l.capacity(sum)),
                edit,
                .unwrap(table.subtotalDifference(activity: activity.id, party: party.id)) { difference in
                    .span(.class("stated-inline"), .text("\(l(.money(.planSays))) \(l.capacity(difference.stated))"
                        + (difference.difference.map { $0 == .zero ? "" : " (\(l.fteDifference($0)))" } ?? "")))
                },
                .unwrap(own?.note) { .span(.class("cell-note"), .text($0)) })
        }
        guard let commitment = table.commitment(activity: activity.id, party: party.id) else {
            return .td(.class("num empty"), edit)
        }
        return .td(.class("num"),
            .text(l.capacity(commitment.amount)),
            edit,
            .unwrap(l.daysForm(commitment.amount)) { .span(.class("days"), .text($0)) },
            .unwrap(commitment.note) { .span(.class("cell-note"), .text($0)) })
    }

    private static func differenceCell(_ difference: CapacityDifference?, _ l: Localizer) -> Node<HTML.TableRowContext> {
        guard let difference else { return .td(.class("num"), .text("")) }
        if difference.agrees { return .td(.class("num ok"), .text(l(.money(.agrees)))) }
        let text = difference.difference.map { l.fteDifference($0) + (difference.computed.hasPM ? " + PM" : "") } ?? l(.money(.statedPM))
        return .td(.class("num differs"), .text(text))
    }

    private static func savedNotice(_ saved: CapacityCommitment, _ model: Model, _ l: Localizer) -> String {
        let activity = model.table.rows.first { $0.id == saved.activity }?.name ?? saved.activity
        let party = model.table.parties.first { $0.id == saved.party }?.label ?? saved.party
        var text = "\(l(.money(.saved))): \(activity), \(party): "
        if let days = l.daysForm(saved.amount) { text += "\(days) = " }
        text += l.capacity(saved.amount)
        if let rate = model.table.rate, let fte = saved.amount.fte {
            text += " · " + l(.money(.costAtRate(l.euros(rate.cost(of: fte)), l.euros(rate.perFTEPerYear))))
        }
        return text
    }

    private static func reviewSection(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        let decided = model.table.rows.filter { model.latest[$0.id] != nil }
        return .group(
            .p(.text(l(.money(.reviewIntro)))),
            .if(decided.isEmpty, .p(.class("muted"), .text(l(.money(.noReviewsYet)))), else: .table(
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.activity)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.decision)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.reviewDate)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.money(.reason))))
                )),
                .tbody(.forEach(decided) { activity in
                    let entry = model.latest[activity.id]!
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(activity.name)),
                        .td(.class("verdict \(entry.decision.verdict.rawValue)"), .text(l(.money(.verdict(entry.decision.verdict))))),
                        .td(.text("\(l.date(entry.date)), \(model.bodyNames[entry.body] ?? entry.body)")),
                        .td(.text(entry.decision.reason)))
                }))),
            .p(.a(.href(SiteURL.money(.reviews).path), .text(l(.money(.reviewHistoryLink)))))
        )
    }
}

extension Node where Context == HTML.BodyContext {
    /// Links between the years of a table, the current one marked.
    static func yearLinks(_ years: [Int], current: Int, _ l: Localizer, _ url: @escaping (Int) -> SiteURL) -> Node {
        .if(years.count > 1 || !years.contains(current), .nav(.class("years"), .attribute(named: "aria-label", value: l(.money(.years))),
            .ul(.forEach((years.contains(current) ? years : (years + [current]).sorted())) { year in
                .li(.a(.href(url(year).path), .if(year == current, .attribute(named: "aria-current", value: "page")), .text(String(year))))
            })))
    }
}
