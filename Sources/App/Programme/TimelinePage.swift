import Core
import Plot

/// Every dated action and milestone of the plan on one timeline, as SVG and as a table.
enum TimelinePage {
    struct Model: Equatable {
        var plan: PlanInfo
        var shortTerm: [TimelineChart.Entry]
        var milestones: [TimelineChart.Entry]

        init(_ register: Register, _ l: Localizer) {
            plan = register.plan
            var shortTerm: [TimelineChart.Entry] = []
            var milestones: [TimelineChart.Entry] = []
            let span = register.shortTermSpan
            for action in register.actions {
                let lineTitle = register.actionLine(action.line)?.title ?? action.line
                let href = SiteURL.action(action.id).path
                if let period = action.period.flatMap({ register.period($0) }) {
                    shortTerm.append(.init(
                        title: action.title, line: lineTitle, href: href, start: period.start, end: period.end,
                        approximate: false, isMilestone: false, when: periodLabel(period)))
                } else if let year = action.year, let month = YearMonth(year: year, month: 1) {
                    milestones.append(.init(
                        title: action.title, line: lineTitle, href: href, start: month, end: month,
                        approximate: action.approximate, isMilestone: true, when: Self.when(year, action.approximate, l)))
                } else if action.term == .short, let span {
                    shortTerm.append(.init(
                        title: action.title, line: lineTitle, href: href, start: span.lowerBound, end: span.upperBound,
                        approximate: false, isMilestone: false, isOpen: true, when: l(.shortTerm)))
                }
            }
            for ambition in register.ambitions {
                for target in ambition.targets {
                    guard let year = target.year, let month = YearMonth(year: year, month: 1) else { continue }
                    // A milestone the plan also lists as an action is drawn once, as the action.
                    if milestones.contains(where: { $0.start == month && $0.title == target.text }) { continue }
                    milestones.append(.init(
                        title: target.text, line: "\(l(.ambition)): \(ambition.title)", href: SiteURL.ambition(ambition.id).path,
                        start: month, end: month, approximate: target.approximate, isMilestone: true,
                        when: Self.when(year, target.approximate, l)))
                }
            }
            let order: (TimelineChart.Entry, TimelineChart.Entry) -> Bool = { lhs, rhs in
                (lhs.start, lhs.end, lhs.title) < (rhs.start, rhs.end, rhs.title)
            }
            // Actions with a period of their own in time order; those dated by the whole short term after them, line by line.
            self.shortTerm = shortTerm.filter { !$0.isOpen }.sorted(by: order) + shortTerm.filter(\.isOpen)
            self.milestones = milestones.sorted(by: order)
        }

        private static func when(_ year: Int, _ approximate: Bool, _ l: Localizer) -> String {
            approximate ? "\(l(.approximately)) \(year)" : "\(year)"
        }

        func chart(_ l: Localizer) -> TimelineChart {
            TimelineChart(
                title: l(.timelineChartTitle),
                description: l(.timelineChartDescription(shortTerm.count + milestones.count)),
                shortTermHeading: l(.timelineShortTerm), milestonesHeading: l(.timelineMilestones),
                monthInitials: (1...12).map { l.monthInitial($0) },
                shortTerm: shortTerm, milestones: milestones)
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.timeline), section: .timeline, source: .init(model.plan)).render(
            .h1(.text(l(.timeline))),
            .p(.class("lead"), .text(l(.timelineIntro))),
            .div(.class("figure"), .raw(model.chart(l).render())),
            .p(.a(.href(SiteURL.timelineSVG.path), .text(l(.downloadSVG)))),
            .table(
                .caption(.text(l(.timelineTableCaption))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.when))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.what))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.actionLine)))
                )),
                .tbody(.forEach(model.shortTerm + model.milestones) { entry in
                    .tr(
                        .td(.text(entry.when)),
                        .td(.a(.href(entry.href), .text(entry.title))),
                        .td(.text(entry.line))
                    )
                })
            )
        )
    }
}
