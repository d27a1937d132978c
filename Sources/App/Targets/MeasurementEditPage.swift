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
        var fields: [FormInput]
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
        let fields = model.fields.map { $0.filled(model.values, problems: model.problems, saved: model.saved) }
        return Layout(l: l, title: title, section: .targets, source: nil).render(
            MeasurementFormPage.breadcrumb(model.line, l),
            .h1(.text(title)),
            .p(.class("muted"), .text(TargetsPage.kindText(target, l))),
            .if(model.saved != nil, ConflictTable(explanation: l(.editing(.conflictExplanation)), fields: fields).node(l)),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(SiteURL.targets(.editMeasurement(target.id, model.measurement)).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                FormFieldRenderer(l: l).nodes(fields),
                .button(.type(.submit), .text(model.saved == nil ? l(.save) : l(.saveMine))),
                .a(.href(back), .text(l(.cancel)))
            )
        )
    }
}
