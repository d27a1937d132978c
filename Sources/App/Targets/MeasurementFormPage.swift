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
        var fields: [MoneyFormPage.Field]
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
                .forEach(model.fields) { control($0, values: model.values, problems: model.problems) },
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

    /// A label, the control, a hint, and the field's problem beneath it, tied together for screen readers.
    static func control(_ field: MoneyFormPage.Field, values: [String: String], problems: [String: String]) -> Node<HTML.FormContext> {
        let value = values[field.name] ?? ""
        let problem = problems[field.name]
        var common: [(String, String?)] = [("name", field.name), ("id", field.name)]
        var described: [String] = []
        if field.hint != nil { described.append("\(field.name)-hint") }
        if problem != nil {
            described.append("\(field.name)-error")
            common.append(("aria-invalid", "true"))
        }
        if !described.isEmpty { common.append(("aria-describedby", described.joined(separator: " "))) }
        if field.required { common.append(("required", nil)) }
        let input: Node<HTML.FormContext>
        switch field.kind {
        case .text, .month: input = .input(common + [("type", "text"), ("value", value)])
        case .date: input = .input(common + [("type", "date"), ("value", value)])
        case let .choice(choices):
            let none: [Node<HTML.FormContext>] = value.isEmpty ? [.option("", "—", selected: true)] : []
            input = .tag("select", common, none + choices.map { .option($0.value, $0.label, selected: $0.value == value) })
        }
        return .group(
            .label(.for(field.name), .text(field.label + (field.required ? " *" : ""))),
            .unwrap(field.hint) { .p(.class("hint"), .id("\(field.name)-hint"), .text($0)) },
            input,
            .unwrap(problem) { .p(.class("field-error"), .id("\(field.name)-error"), .text($0)) }
        )
    }
}
