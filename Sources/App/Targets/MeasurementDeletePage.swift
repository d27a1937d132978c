import Core
import Plot
import Storage

/// `/doelen/<id>/metingen/<meting>/verwijderen`: the measurement as it is, and the question.
/// When it was changed since the question was asked, it says so and asks again with the
/// measurement as it is now.
enum MeasurementDeletePage {
    struct Model: Equatable {
        var line: TargetLine
        var stored: StoredMeasurement
        var csrf: String
        /// Set when the delete was refused because someone changed the measurement meanwhile.
        var changedMeanwhile = false
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let target = model.line.target, measurement = model.stored.measurement
        let title = l(.targetsModule(.deleteTitle(target.text)))
        let share: Bool = if case let .count(_, share) = model.line.trajectory.measure { share } else { false }
        return Layout(l: l, title: title, section: .targets, source: nil).render(
            MeasurementFormPage.breadcrumb(model.line, l),
            .h1(.text(title)),
            .if(model.changedMeanwhile, .div(.class("conflict"), .attribute(named: "role", value: "alert"),
                .h2(.text(l(.conflictTitle))), .p(.text(l(.targetsModule(.deleteChangedMeanwhile)))))),
            .dl(
                .dt(.text(l(.targetsModule(.measuredOn)))), .dd(.text(l.date(measurement.date))),
                .dt(.text(l(.targetsModule(.latestColumn)))), .dd(.text(l.reading(measurement.reading, share: share, unit: target.unit))),
                .dt(.text(l(.targetsModule(.source)))), .dd(.text(measurement.source)),
                .unwrap(measurement.note) { .group(.dt(.text(l(.targetsModule(.note)))), .dd(.text($0))) }
            ),
            .form(.method(.post), .action(SiteURL.targets(.deleteMeasurement(target.id, measurement.id)).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("version"), .value(String(model.stored.version))),
                .p(.text(l(.targetsModule(.deleteQuestion(l.date(measurement.date)))))),
                .button(.type(.submit), .class("danger"), .text(l(.editing(.deleteButton)))),
                .a(.href(SiteURL.targets(.newMeasurement(target.id)).path), .text(l(.cancel)))
            )
        )
    }
}
