import Core
import Plot

/// `/doelen`: every target of the ambitions, grouped by ambition, with its kind, its status in
/// words and colour, the last measurement with its source, and a small chart against its path.
enum TargetsPage {
    struct Model: Equatable {
        var plan: PlanInfo
        var lines: [TargetLine]
        /// The target just measured, to confirm the save.
        var saved: String?
        /// The target whose measurement was just removed.
        var deleted: String?
        /// The targets the person may measure: their latest measurement carries the links to change it.
        var editable: Set<String> = []

        /// Ambitions in the plan's order, each with its targets; ambitions without targets are left out.
        var groups: [(ambition: Ambition, challenge: Challenge?, lines: [TargetLine])] {
            var groups: [(ambition: Ambition, challenge: Challenge?, lines: [TargetLine])] = []
            for line in lines {
                if let last = groups.last, last.ambition.id == line.ambition.id { groups[groups.count - 1].lines.append(line) }
                else { groups.append((line.ambition, line.challenge, [line])) }
            }
            return groups
        }

        func count(_ state: TargetStatus.State) -> Int { lines.filter { $0.trajectory.status.state == state }.count }

        static func == (a: Model, b: Model) -> Bool {
            a.plan == b.plan && a.lines == b.lines && a.saved == b.saved && a.deleted == b.deleted && a.editable == b.editable
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.targetsModule(.title)), section: .targets, source: .init(model.plan)).render(
            .h1(.text(l(.targetsModule(.title)))),
            .p(.class("lead"), .text(l(.targetsModule(.intro)))),
            .unwrap(model.saved) { _ in .p(.class("notice"), .attribute(named: "role", value: "status"), .text(l(.targetsModule(.saved)))) },
            .unwrap(model.deleted) { _ in .p(.class("notice"), .attribute(named: "role", value: "status"), .text(l(.targetsModule(.deleted)))) },
            .p(.class("target-summary"), .text(l(.targetsModule(.summary(
                onTrack: model.count(.onTrack), offTrack: model.count(.offTrack), noData: model.count(.noData), reached: model.count(.reached)))))),
            .forEach(model.groups) { group in
                .section(
                    .class("target-group"),
                    .h2(.a(.href(SiteURL.ambition(group.ambition.id).path), .text(group.ambition.title))),
                    .p(.class("muted"), .text("\(l(.challenge)): " + (group.challenge.map { "\($0.number). \($0.title)" } ?? l(.targetsModule(.noChallenge))))),
                    .table(
                        .class("targets"),
                        .caption(.text("\(l(.targets)): \(group.ambition.title)")),
                        .thead(.tr(
                            .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.targetColumn)))),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.statusColumn)))),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.latestColumn)))),
                            .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.chartColumn))))
                        )),
                        .tbody(.forEach(group.lines) { row($0, editable: model.editable.contains($0.target.id), l) })
                    )
                )
            }
        )
    }

    private static func row(_ line: TargetLine, editable: Bool, _ l: Localizer) -> Node<HTML.TableContext> {
        let status = line.trajectory.status
        return .tr(
            .id("doel-\(line.target.id)"),
            .th(.attribute(named: "scope", value: "row"),
                .span(.class("kind"), .text(kindText(line.target, l))),
                .p(.text(line.target.text)),
                .p(.class("row-links"),
                   .a(.href(SiteURL.ambition(line.ambition.id).path), .text("\(l(.ambition)): \(line.ambition.title)")),
                   .text(" · "),
                   .a(.href(SiteURL.targets(.newMeasurement(line.target.id)).path), .text(l(.targetsModule(.enterMeasurement)))))),
            .td(TargetStatusBadge.node(status.state, l), .p(.class("reason"), .text(l.reason(status, in: line.trajectory.measure)))),
            .td(latest(line, l), .if(editable, .unwrap(line.latest) { .p(MeasurementList.links(line.target.id, $0.measurement, l)) })),
            .td(chart(line, l))
        )
    }

    private static func chart(_ line: TargetLine, _ l: Localizer) -> Node<HTML.BodyContext> {
        if line.target.kind == .qualitative { return .p(.class("muted"), .text(l(.targetsModule(.noPathInWords)))) }
        if line.trajectory.points.isEmpty { return .p(.class("muted"), .text(l(.targetsModule(.noChart)))) }
        return .raw(TargetChart(id: "grafiek-\(line.target.id)", trajectory: line.trajectory, target: line.target, l).render())
    }

    static func kindText(_ target: Target, _ l: Localizer) -> String {
        l(.targetKind(target.kind)) + (target.year.map { " · \(target.approximate ? "\(l(.approximately)) " : "")\($0)" } ?? "")
    }

    /// The value, day and source of the latest measurement, or that there is none.
    static func latest(_ line: TargetLine, _ l: Localizer) -> Node<HTML.BodyContext> {
        guard let latest = line.latest?.measurement else { return .p(.class("muted"), .text(l(.targetsModule(.noMeasurementYet)))) }
        let share: Bool = if case let .count(_, share) = line.trajectory.measure { share } else { false }
        // Growth and gaps first in the trajectory's measure (the latest point), then as read.
        let point = line.trajectory.points.last { $0.date == latest.date }
        let measured: String? = switch latest.reading {
        case .indexedGrowth, .gap: point.map { l.figure($0.value, in: line.trajectory.measure) }
        default: nil
        }
        return .group(
            .p(.strong(.text(measured ?? l.reading(latest.reading, share: share, unit: line.target.unit)))),
            .if(measured != nil, .p(.class("reason"), .text(l.reading(latest.reading, share: share, unit: line.target.unit)))),
            .p(.text("\(l(.targetsModule(.measuredOn))) \(l.date(latest.date))")),
            .p(.class("muted"), .text("\(l(.targetsModule(.source))): \(latest.source)")),
            .unwrap(latest.note) { .p(.class("muted"), .text($0)) }
        )
    }
}
