import Core
import Plot

/// A target's measurements, newest first, each with its value, source and the links to change
/// or remove it.
enum MeasurementList {
    static func render(_ line: TargetLine, _ l: Localizer) -> Node<HTML.BodyContext> {
        guard !line.measurements.isEmpty else { return .p(.class("muted"), .text(l(.targetsModule(.noMeasurementYet)))) }
        let share: Bool = if case let .count(_, share) = line.trajectory.measure { share } else { false }
        return .table(
            .class("measurements"),
            .thead(.tr(
                .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.measuredOn)))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.latestColumn)))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.source)))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.changeColumn))))
            )),
            .tbody(.forEach(line.measurements.reversed()) { stored in
                .tr(
                    .id("meting-\(stored.measurement.id)"),
                    .td(.text(l.date(stored.measurement.date))),
                    .td(.text(l.reading(stored.measurement.reading, share: share, unit: line.target.unit))),
                    .td(.text(stored.measurement.source + (stored.measurement.note.map { " — \($0)" } ?? ""))),
                    .td(links(line.target.id, stored.measurement, l)))
            }))
    }

    /// 'Bewerken · Verwijderen', each naming the measurement's day for a screen reader.
    static func links(_ target: String, _ measurement: TargetMeasurement, _ l: Localizer) -> Node<HTML.BodyContext> {
        let day = l.date(measurement.date)
        return .span(.class("row-links"),
            .a(.href(SiteURL.targets(.editMeasurement(target, measurement.id)).path),
               .attribute(named: "aria-label", value: l(.targetsModule(.editMeasurementOf(day)))), .text(l(.edit))),
            .text(" · "),
            .a(.href(SiteURL.targets(.deleteMeasurement(target, measurement.id)).path),
               .attribute(named: "aria-label", value: l(.targetsModule(.deleteMeasurementOf(day)))), .text(l(.editing(.deleteButton)))))
    }
}
