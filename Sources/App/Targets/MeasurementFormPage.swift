import Core
import Plot

/// `/doelen/<id>/metingen/nieuw`: the form to enter a measurement of one target, for a gap the
/// form to take one from the monitor, and the earlier measurements with the links to change or
/// remove each. After a refused save it keeps what was typed, with the message on the field.
enum MeasurementFormPage {
    struct Model: Equatable {
        var plan: PlanInfo
        var line: TargetLine
        var csrf: String
        var fields: [FormInput]
        var values: [String: String]
        /// Per field, already in the person's language.
        var problems: [String: String] = [:]
        /// For a gap: the choices of the monitor form, with what was chosen and its problems.
        var monitor: MonitorMeasurementForm.Model?
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let target = model.line.target
        let title = l(.targetsModule(.formTitle(target.text)))
        return Layout(l: l, title: title, section: .targets, source: nil).render(
            breadcrumb(model.line, l),
            .h1(.text(title)),
            .p(.class("muted"), .text(TargetsPage.kindText(target, l))),
            .p(.class("lead"), .text(l(.targetsModule(.formIntro(target.kind))))),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(SiteURL.targets(.newMeasurement(target.id)).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                FormFieldRenderer(l: l).nodes(model.fields.map { $0.filled(model.values, problems: model.problems) }),
                .button(.type(.submit), .text(l(.save))),
                .a(.href(SiteURL.targets(.target(target.id)).path), .text(l(.cancel)))
            ),
            .unwrap(model.monitor) { MonitorMeasurementForm.render($0, target: target.id, csrf: model.csrf, l) },
            .h2(.text(l(.targetsModule(.earlierMeasurements)))),
            MeasurementList.render(model.line, l)
        )
    }

    /// All targets › the target's ambition.
    static func breadcrumb(_ line: TargetLine, _ l: Localizer) -> Node<HTML.BodyContext> {
        .p(.class("breadcrumb"),
           .a(.href(SiteURL.targets(.dashboard).path), .text(l(.targetsModule(.allTargets)))), .text(" › "),
           .a(.href(SiteURL.ambition(line.ambition.id).path), .text("\(l(.ambition)): \(line.ambition.title)")))
    }
}
