import Core
import Plot

/// `/doelen/<id>/metingen/<meting>/bewerken`: one measurement in the form it was entered with.
/// When someone saved it since the edit began, the saved values stand beside the person's own
/// and the form carries the newer version, so saving again means 'mine, knowingly'.
enum MeasurementEditPage {
    struct Model: Equatable {
        var line: TargetLine
        var measurement: String
        var csrf: String
        var fields: [MoneyFormPage.Field]
        var values: [String: String]
        var version: Int
        /// Per field, already in the person's language.
        var problems: [String: String] = [:]
        /// The values as saved by someone else since this edit began.
        var saved: [String: String]?
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let target = model.line.target
        let title = l(.targetsModule(.editTitle(target.text)))
        let back = SiteURL.targets(.newMeasurement(target.id)).path
        return Layout(l: l, title: title, section: .targets, source: nil).render(
            MeasurementFormPage.breadcrumb(model.line, l),
            .h1(.text(title)),
            .p(.class("muted"), .text(TargetsPage.kindText(target, l))),
            .unwrap(model.saved) { conflict(saved: $0, model, l) },
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(SiteURL.targets(.editMeasurement(target.id, model.measurement)).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                .forEach(model.fields) { MeasurementFormPage.control($0, values: model.values, problems: model.problems) },
                .button(.type(.submit), .text(model.saved == nil ? l(.save) : l(.saveMine))),
                .a(.href(back), .text(l(.cancel)))
            )
        )
    }

    private static func conflict(saved: [String: String], _ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        ConflictTable(explanation: l(.editing(.conflictExplanation)), rows: model.fields.map { field in
            .init(label: field.label, saved: MeasurementForm.shown(saved[field.name], field), mine: MeasurementForm.shown(model.values[field.name], field))
        }).node(l)
    }
}
