import Core
import Plot

/// `/doelen/<id>/metingen/nieuw`: the form to enter a measurement of one target, with its
/// earlier measurements beneath it. After a refused save it keeps what was typed, with the
/// message on the field.
enum MeasurementFormPage {
    struct Model: Equatable {
        var plan: PlanInfo
        var line: TargetLine
        var csrf: String
        var fields: [MoneyFormPage.Field]
        var values: [String: String]
        /// Per field, already in the person's language.
        var problems: [String: String] = [:]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let target = model.line.target
        let title = l(.targetsModule(.formTitle(target.text)))
        return Layout(l: l, title: title, section: .targets, source: nil).render(
            .p(.class("breadcrumb"),
               .a(.href(SiteURL.targets(.dashboard).path), .text(l(.targetsModule(.allTargets)))), .text(" › "),
               .a(.href(SiteURL.ambition(model.line.ambition.id).path), .text("\(l(.ambition)): \(model.line.ambition.title)"))),
            .h1(.text(title)),
            .p(.class("muted"), .text(TargetsPage.kindText(target, l))),
            .p(.class("lead"), .text(l(.targetsModule(.formIntro(target.kind))))),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(SiteURL.targets(.newMeasurement(target.id)).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .forEach(model.fields) { control($0, model) },
                .button(.type(.submit), .text(l(.save))),
                .a(.href(SiteURL.targets(.target(target.id)).path), .text(l(.cancel)))
            ),
            .h2(.text(l(.targetsModule(.earlierMeasurements)))),
            .if(model.line.measurements.isEmpty, .p(.class("muted"), .text(l(.targetsModule(.noMeasurementYet)))), else: .table(
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.measuredOn)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.latestColumn)))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.targetsModule(.source))))
                )),
                .tbody(.forEach(model.line.measurements.reversed()) { stored in
                    let share: Bool = if case let .count(_, share) = model.line.trajectory.measure { share } else { false }
                    return .tr(
                        .td(.text(l.date(stored.measurement.date))),
                        .td(.text(l.reading(stored.measurement.reading, share: share, unit: target.unit))),
                        .td(.text(stored.measurement.source + (stored.measurement.note.map { " — \($0)" } ?? ""))))
                })))
        )
    }

    /// A label, the control, a hint, and the field's problem beneath it, tied together for screen readers.
    private static func control(_ field: MoneyFormPage.Field, _ model: Model) -> Node<HTML.FormContext> {
        let value = model.values[field.name] ?? ""
        let problem = model.problems[field.name]
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
