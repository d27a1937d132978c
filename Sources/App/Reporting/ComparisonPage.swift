import Core
import Plot

/// What changed since a report was adopted: every fact of the adopted report beside the same
/// fact composed now, where they differ.
enum ComparisonPage {
    struct Model: Equatable {
        var adopted: AdoptedReport
        var differences: [ReportDifference]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let round = model.adopted.report.round
        return Layout(l: l, title: l(.reporting(.compareTitle(round.name))), section: nil, source: nil).render(
            .p(.class("crumbs"), .a(.href(SiteURL.reporting(.document(round.id)).path), .text(l(.reporting(.documentTitle(round.name)))))),
            .h1(.text(l(.reporting(.compareTitle(round.name))))),
            .p(.text(l(.reporting(.compareIntro)))),
            .p(.class("fingerprint"), .text(l(.reporting(.fingerprint(model.adopted.fingerprint))))),
            .if(model.differences.isEmpty, .p(.class("notice"), .text(l(.reporting(.noDifferences))))),
            .if(!model.differences.isEmpty, .table(
                .caption(.text(l(.reporting(.compareTitle(round.name))))),
                .thead(.tr(ReportingNodes.th(l(.reporting(.subjectColumn))), ReportingNodes.th(l(.reporting(.factColumn))),
                           ReportingNodes.th(l(.reporting(.beforeColumn))), ReportingNodes.th(l(.reporting(.afterColumn))))),
                .tbody(.forEach(model.differences) { difference in
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(ReportingSource.url(difference.fact.source).path), .text(difference.fact.subject))),
                        .td(.text(l(.reporting(.fact(difference.fact.kind))))),
                        .td(.text(shown(difference.before, difference.fact.kind, l))),
                        .td(.text(shown(difference.after, difference.fact.kind, l))))
                })
            ))
        )
    }

    /// A fact's value as a person reads it: a status or state by its name, a yes or no, a text as it is.
    static func shown(_ value: String?, _ kind: ReportFact.Kind, _ l: Localizer) -> String {
        guard let value else { return "—" }
        switch kind {
        case .actionStatus: return Action.Status(rawValue: value).map { l(.actionStatus($0)) } ?? value
        case .reportState: return ReportState(rawValue: value).map { l(.reporting(.state($0))) } ?? l(.reporting(.notStarted))
        case .targetState: return TargetStatus.State(rawValue: value).map { l(.targetsModule(.state($0))) } ?? value
        case .actionLate: return value == "true" ? l(.reporting(.lateMark)) : "—"
        default: return value.isEmpty ? "—" : value
        }
    }
}

/// The page a fact of a progress report comes from.
enum ReportingSource {
    static func url(_ source: ReportFact.Source) -> SiteURL {
        switch source {
        case let .challenge(id): .challenge(id)
        case let .ambition(id): .ambition(id)
        case let .actionLine(id): .actionLine(id)
        case let .action(id): .action(id)
        case let .target(id): .targets(.target(id))
        case let .report(round, line): .reporting(.report(round, line))
        case let .budget(year): .money(.budget(year))
        case let .capacity(year): .money(.capacity(year))
        case .reviews: .money(.reviews)
        case let .monitor(indicator, year): .monitor(.map(MonitorQuery(level: .municipality, year: year, layer: .indicator(indicator))))
        }
    }
}
