import Core
import Plot

/// A round's Voortgangsrapportage, ready to print: a table of contents, per challenge, ambition
/// and line the progress, targets, actions and the team's report, then money, capacity, reviews
/// and escalations. Every figure links to the page it comes from. Adopted, it says by whom and
/// when, with its fingerprint; otherwise it says it is a concept. `forms` is nil on the public page.
enum ProgressReportPage {
    struct Forms: Equatable {
        var csrf: String
        var mayAdopt: Bool
        var fields: [FormInput]
        var problem: String?
    }

    struct Model: Equatable {
        var report: ProgressReport
        var adopted: AdoptedReport?
        var unapproved: Int
        var forms: Forms?
        var notice: String?
        var names = ReportHeadline.names
    }

    static func adoptFields(_ l: Localizer, today: String) -> [FormInput] {
        [FormInput(name: "decidedOn", label: l(.reporting(.decidedOn)), kind: .date, required: true, value: today),
         FormInput(name: "decidedBy", label: l(.reporting(.decidedBy)), required: true, value: l(.reporting(.defaultBody)))]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let report = model.report, round = report.round
        let challenges = report.challenges
        func anchor(_ index: Int) -> String { "deel-\(index + 1)" }
        return Layout(l: l, title: l(.reporting(.documentTitle(round.name))), section: nil, source: nil).render(
            .div(.class("progress-report"),
                .if(model.forms != nil, .p(.class("crumbs no-print"), .a(.href(SiteURL.reporting(.round(round.id)).path), .text(round.name)))),
                .h1(.text(l(.reporting(.documentTitle(round.name))))),
                .p(.text(l(.reporting(.period(from: l.date(round.periodStart), to: l.date(round.periodEnd)))) + ". " + l(.reporting(.asOf(l.date(report.asOf)))))),
                .unwrap(model.notice) { .p(.class("notice no-print"), .attribute(named: "role", value: "status"), .text($0)) },
                model.adopted.map { adopted in
                    .div(.class("adopted"),
                        .p(.strong(.text(l(.reporting(.adoptedBy(body: adopted.decidedBy, day: l.date(adopted.decidedOn), recordedBy: adopted.recordedBy)))))),
                        .p(.class("fingerprint"), .text(l(.reporting(.fingerprint(adopted.fingerprint))))))
                } ?? .div(.class("concept"), .p(.text(l(.reporting(.concept)))),
                          .if(model.unapproved > 0, .p(.class("flag late"), .text(l(.reporting(.unapproved(model.unapproved))))))),
                .nav(.class("contents"), .attribute(named: "aria-label", value: l(.reporting(.contents))),
                    .h2(.text(l(.reporting(.contents)))),
                    .ul(
                        .forEach(Array(challenges.enumerated())) { index, challenge in
                            .li(.a(.href("#\(anchor(index))"), .text(title(challenge, l))))
                        },
                        .li(.a(.href("#brede-welvaart"), .text(l(.reporting(.monitorHeading))))),
                        .li(.a(.href("#middelen"), .text(l(.reporting(.moneyHeading))))),
                        .li(.a(.href("#rugdekking"), .text(l(.reporting(.escalationsHeading)))))
                    )),
                .forEach(Array(challenges.enumerated())) { index, challenge in
                    .section(.id(anchor(index)),
                        .h2(challenge.id.map { .a(.href(SiteURL.challenge($0).path), .text(title(challenge, l))) } ?? .text(title(challenge, l))),
                        .p(.text(progressText(challenge.progress, l))),
                        .forEach(challenge.ambitions) { ambition($0, round: round, forms: model.forms != nil, l) })
                },
                monitor(report.monitor, names: model.names, l),
                .section(.id("middelen"),
                    .h2(.text(l(.reporting(.moneyHeading)))),
                    report.money.isEmpty ? .p(.class("muted"), .text(l(.reporting(.noFigures)))) : .table(
                        .caption(.text(l(.reporting(.moneyHeading)))),
                        .thead(.tr(ReportingNodes.th(l(.reporting(.yearColumn))), ReportingNodes.th(l(.reporting(.budgetedColumn))),
                                   ReportingNodes.th(l(.reporting(.coverageColumn))), ReportingNodes.th(l(.reporting(.spentColumn))))),
                        .tbody(.forEach(report.money) { year in
                            .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.money(.budget(year.year)).path), .text(String(year.year)))),
                                .td(.class("num"), .text(l.euros(Money(cents: year.budgetedCents)))),
                                .td(.class("num"), .text(l.euros(Money(cents: year.coverageCents)))),
                                .td(.class("num"), .text(l.euros(Money(cents: year.spentCents)))))
                        })),
                    .h3(.text(l(.reporting(.capacityHeading)))),
                    report.capacity.isEmpty ? .p(.class("muted"), .text(l(.reporting(.noFigures)))) : .table(
                        .caption(.text(l(.reporting(.capacityHeading)))),
                        .thead(.tr(ReportingNodes.th(l(.reporting(.yearColumn))), ReportingNodes.th(l(.reporting(.statedColumn))),
                                   ReportingNodes.th(l(.reporting(.computedColumn))))),
                        .tbody(.forEach(report.capacity) { year in
                            .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.money(.capacity(year.year)).path), .text(String(year.year)))),
                                .td(.class("num"), .text(year.statedThousandths.map { l.fte(FTE(thousandths: $0)) } ?? "—")),
                                .td(.class("num"), .text(l.fte(FTE(thousandths: year.computedThousandths)))))
                        })),
                    .h3(.a(.href(SiteURL.money(.reviews).path), .text(l(.reporting(.reviewsHeading))))),
                    report.reviews.isEmpty ? .p(.class("muted"), .text(l(.reporting(.noReviews)))) : .ul(.forEach(report.reviews) { review in
                        .li(.text("\(l.date(review.date)), \(review.body): " + review.decisions.map { "\($0.activity) (\($0.reason))" }.joined(separator: "; ")))
                    })),
                .section(.id("rugdekking"),
                    .h2(.text(l(.reporting(.escalationsHeading)))),
                    report.escalations.isEmpty ? .p(.class("muted"), .text(l(.reporting(.noEscalations)))) : .dl(.forEach(report.escalations) { escalation in
                        .group(
                            .dt(model.forms != nil ? .a(.href(SiteURL.reporting(.report(round.id, escalation.line)).path), .text(lineTitle(escalation.line, report)))
                                : .text(lineTitle(escalation.line, report)), .text(": " + escalation.ask)),
                            .dd(.text(escalation.answer.map { "\($0.text) (\(l(.reporting(.answeredBy($0.by, l.date($0.on))))))" } ?? l(.reporting(.notAnswered)))))
                    })),
                .unwrap(model.forms) { forms in
                    .div(.class("no-print"),
                        .p(.a(.href(SiteURL.reporting(.documentCSV(round.id)).path), .text(l(.reporting(.csvLink)))),
                           .if(model.adopted != nil, .group(.text(" · "), .a(.href(SiteURL.reporting(.comparison(round.id)).path), .text(l(.reporting(.compareLink))))))),
                        .if(forms.mayAdopt && model.adopted == nil, .group(
                            .h2(.text(l(.reporting(.adoptTitle)))),
                            .p(.text(l(.reporting(.adoptIntro)))),
                            .unwrap(forms.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                            .form(.method(.post), .action(SiteURL.reporting(.adopt(round.id)).path), .class("stacked"),
                                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(forms.csrf)),
                                FormFieldRenderer(l: l, idPrefix: "adopt-").nodes(forms.fields),
                                .button(.type(.submit), .text(l(.reporting(.adopt)))))
                        )))
                }
            )
        )
    }

    /// Each indicator's name links to the monitor's map of it in that year, where the region's
    /// municipalities show the values the figure is computed from.
    private static func monitor(_ part: ProgressReport.MonitorPart?, names: ReportHeadline.Names, _ l: Localizer) -> Node<HTML.BodyContext> {
        .section(.id("brede-welvaart"),
            .h2(.text(l(.reporting(.monitorHeading)))),
            .unwrap(part, { part in
                .group(
                    .p(.text(l(.reporting(.monitorIntro(region: names.regions[part.region] ?? part.region, baselineYear: part.baselineYear, year: part.year))))),
                    .table(
                        .caption(.text(l(.reporting(.monitorHeading)))),
                        .thead(.tr(ReportingNodes.th(l(.reporting(.indicatorColumn))), ReportingNodes.th(l(.reporting(.unitColumn))),
                                   ReportingNodes.th(l(.reporting(.yearValueColumn(part.baselineYear)))), ReportingNodes.th(l(.reporting(.yearValueColumn(part.year)))),
                                   ReportingNodes.th(l(.reporting(.changeColumn))))),
                        .tbody(.forEach(part.indicators) { indicator in
                            .tr(.th(.attribute(named: "scope", value: "row"),
                                    .a(.href(SiteURL.monitor(.map(MonitorQuery(level: .municipality, year: part.year, layer: .indicator(indicator.id)))).path),
                                       .text(names.indicators[indicator.id] ?? indicator.id))),
                                .td(.text(indicator.unit)),
                                .td(.class("num"), .text(indicator.baseline.map { l.monitorNumber($0) } ?? l(.reporting(.noRegionValue)))),
                                .td(.class("num"), .text(indicator.current.map { l.monitorNumber($0) } ?? l(.reporting(.noRegionValue)))),
                                .td(.class("num"), .text(changeText(indicator, l))))
                        }))
                )
            }, else: .p(.class("muted"), .text(l(.reporting(.noBaseline))))))
    }

    private static func changeText(_ indicator: ProgressReport.MonitorPart.Indicator, _ l: Localizer) -> String {
        guard let change = indicator.change else { return l(.reporting(.noRegionValue)) }
        let verdict: ReportingPhrase = change == 0 ? .unchanged : (change > 0) == (indicator.direction > 0) ? .better : .worse
        return "\(l.monitorChange(change)) (\(l(.reporting(verdict))))"
    }

    static func title(_ challenge: ProgressReport.ChallengePart, _ l: Localizer) -> String {
        challenge.number.map { "\($0). \(challenge.title)" } ?? l(.reporting(.withoutChallenge))
    }

    static func lineTitle(_ id: String, _ report: ProgressReport) -> String {
        report.lines.first { $0.id == id }.map { "\($0.number). \($0.title)" } ?? id
    }

    static func progressText(_ progress: Progress, _ l: Localizer) -> String {
        "\(l(.reporting(.progressColumn))): \(ReportingNodes.share(progress, l)) (\(l.number(progress.done)) / \(l.number(progress.counted)))"
            + ", \(l(.reporting(.lateColumn)).lowercased()): \(l.number(progress.late)), \(l(.reporting(.droppedColumn)).lowercased()): \(l.number(progress.dropped))"
    }

    private static func ambition(_ ambition: ProgressReport.AmbitionPart, round: ReportingRound, forms: Bool, _ l: Localizer) -> Node<HTML.BodyContext> {
        .section(.class("ambition"),
            .h3(.a(.href(SiteURL.ambition(ambition.id).path), .text(ambition.title))),
            .p(.text(progressText(ambition.progress, l))),
            .if(!ambition.targets.isEmpty, .group(
                .h4(.text(l(.reporting(.targetsHeading)))),
                .ul(.forEach(ambition.targets) { target in
                    .li(TargetStatusBadge.node(target.state, l), .text(" "), .a(.href(SiteURL.targets(.target(target.id)).path), .text(target.text)),
                        .unwrap(target.measuredOn) { .span(.class("muted"), .text(" (\(l(.targetsModule(.measuredOn))) \(l.date($0)))")) })
                }))),
            .forEach(ambition.lines) { line in
                .section(.class("line"),
                    .h4(.a(.href(SiteURL.actionLine(line.id).path), .text("\(line.number). \(line.title)"))),
                    .p(.text(progressText(line.progress, l))),
                    .if(!line.actions.isEmpty, .table(
                        .caption(.text("\(l(.reporting(.actionsDue))): \(line.title)")),
                        .thead(.tr(ReportingNodes.th(l(.reporting(.actionColumn))), ReportingNodes.th(l(.reporting(.statusColumn))))),
                        .tbody(.forEach(line.actions) { action in
                            .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.action(action.id).path), .text(action.title))),
                                .td(.text(l(.actionStatus(action.status))), .if(action.late, .span(.class("flag late"), .text(l(.reporting(.lateMark)))))))
                        }))),
                    .h5(forms ? .a(.href(SiteURL.reporting(.report(round.id, line.id)).path), .text(l(.reporting(.teamReport)))) : .text(l(.reporting(.teamReport)))),
                    .unwrap(line.report, { report in
                        .group(
                            .p(.span(.class("report-state \(report.state.rawValue)"), .text(l(.reporting(.state(report.state))))), .text(" "),
                               .text(l(.reporting(.signalCounts(onCourse: report.signals["onCourse"] ?? 0, attention: report.signals["attention"] ?? 0,
                                                                risk: report.signals["risk"] ?? 0))))),
                            .if(!report.summary.isEmpty, .p(.text(report.summary))),
                            .if(!report.wentWell.isEmpty, .p(.strong(.text(l(.reporting(.wentWell)) + ": ")), .text(report.wentWell))),
                            .if(!report.stuck.isEmpty, .p(.strong(.text(l(.reporting(.stuck)) + ": ")), .text(report.stuck))))
                    }, else: .p(.class("muted"), .text(l(.reporting(.noReport))))))
            })
    }
}
