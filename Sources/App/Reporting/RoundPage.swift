import Core
import Plot

/// `/voortgang/{ronde}`: the reports of every action line in the round, and the programme's
/// progress at the period's end, from challenge to line, with the rule it is counted by.
enum RoundPage {
    struct Model: Equatable {
        var round: ReportingRound
        var rows: [ReportingRow]
        var progress: [ProgressRow]
    }

    struct ProgressRow: Equatable {
        enum Level: Equatable { case challenge, ambition, line }
        var level: Level
        var name: String
        var url: SiteURL
        var progress: Progress
    }

    /// Challenges, each followed by its ambitions, each followed by its lines; then the ambitions
    /// the plan puts under no challenge (Samenwerking), with theirs.
    static func progress(_ register: Register, at day: String) -> [ProgressRow] {
        func ambitionRows(_ ambition: Ambition) -> [ProgressRow] {
            [ProgressRow(level: .ambition, name: ambition.title, url: .ambition(ambition.id), progress: ProgressRollup.of(ambition, at: day, in: register))]
            + register.actionLines(for: ambition).map { line in
                ProgressRow(level: .line, name: "\(line.number). \(line.title)", url: .actionLine(line.id), progress: ProgressRollup.of(line, at: day, in: register))
            }
        }
        let underChallenges = register.challenges.flatMap { challenge -> [ProgressRow] in
            [ProgressRow(level: .challenge, name: "\(challenge.number). \(challenge.title)", url: .challenge(challenge.id),
                         progress: ProgressRollup.of(challenge, at: day, in: register))]
            + register.ambitions(of: challenge).flatMap(ambitionRows)
        }
        let known = Set(register.challenges.map(\.id))
        return underChallenges + register.ambitions.filter { $0.challenge.map(known.contains) != true }.flatMap(ambitionRows)
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let round = model.round
        return Layout(l: l, title: round.name, section: nil, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.reporting(.rounds).path), .text(l(.reporting(.title))))),
            .h1(.text(round.name)),
            .p(.text(l(.reporting(.period(from: l.date(round.periodStart), to: l.date(round.periodEnd))))
                     + " · " + l(.reporting(.due(l.date(round.dueOn)))))),
            .table(
                .caption(.text(round.name)),
                .thead(.tr(ReportingNodes.th(l(.reporting(.lineColumn))), ReportingNodes.th(l(.reporting(.teamColumn))),
                           ReportingNodes.th(l(.reporting(.stateColumn))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"),
                            .a(.href(SiteURL.reporting(.report(round.id, row.line.id)).path), .text("\(row.line.number). \(row.line.title)"))),
                        .td(.text(row.teamName ?? l(.reporting(.noTeam)))),
                        .td(ReportingNodes.state(row, l))
                    )
                })
            ),
            .h2(.text(l(.reporting(.progressTitle)))),
            .p(.class("hint"), .text(l(.reporting(.progressRule)))),
            .table(
                .class("progress"),
                .caption(.text("\(l(.reporting(.progressTitle))), \(l.date(round.periodEnd))")),
                .thead(.tr(ReportingNodes.th(""), ReportingNodes.th(l(.reporting(.progressColumn))), ReportingNodes.th(l(.reporting(.doneColumn))),
                           ReportingNodes.th(l(.reporting(.lateColumn))), ReportingNodes.th(l(.reporting(.droppedColumn))))),
                .tbody(.forEach(model.progress) { row in
                    .tr(
                        .class("level-\(row.level)"),
                        .th(.attribute(named: "scope", value: "row"), .a(.href(row.url.path), .text(row.name))),
                        .td(.text(ReportingNodes.share(row.progress, l))),
                        .td(.class("num"), .text("\(l.number(row.progress.done)) / \(l.number(row.progress.counted))")),
                        .td(.class("num"), .text(l.number(row.progress.late))),
                        .td(.class("num"), .text(l.number(row.progress.dropped)))
                    )
                })
            )
        )
    }
}
