import Core
import Plot

/// The forms of *Mensen en middelen*: a commitment, a spending, a review, an investment, a rate.
/// After a refused save it keeps what was typed, with the message on the field; on a conflict
/// it shows the saved values beside the person's own.
enum MoneyFormPage {
    /// Fields shown together under a heading (one activity of a review).
    struct Group: Equatable, Sendable {
        var legend: String?
        var fields: [FormInput]
    }

    struct Model: Equatable {
        var plan: PlanInfo
        var title: String
        var intro: String?
        var csrf: String
        var action: SiteURL
        var back: SiteURL
        var groups: [Group]
        /// What the form shows: the stored values, or what the person typed.
        var values: [String: String]
        var version: Int
        /// Per field, already in the person's language.
        var problems: [String: String] = [:]
        /// A line under the form: what the typed amount came to ('= 1,2 fte · € 90.000').
        var preview: String?
        /// Set when someone saved a newer version since this edit began.
        var saved: [String: String]?

        /// Each field with what it shows: the value, its problem, on a conflict the saved value.
        func filled(_ group: Group) -> [FormInput] {
            group.fields.map { $0.filled(values, problems: problems, saved: saved) }
        }

        var fields: [FormInput] { groups.flatMap(filled) }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let renderer = FormFieldRenderer(l: l)
        return Layout(l: l, title: model.title, section: .money, source: nil).render(
            .moneyStyles,
            .p(.class("breadcrumb"), .a(.href(model.back.path), .text(l(.backToRecord)))),
            .h1(.text(model.title)),
            .unwrap(model.intro) { .p(.class("lead"), .text($0)) },
            .if(model.saved != nil, ConflictTable(explanation: l(.money(.conflictExplanation)), fields: model.fields).node(l)),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(model.action.path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                .forEach(model.groups) { (group) -> Node<HTML.FormContext> in
                    let fields = renderer.nodes(model.filled(group))
                    guard let legend = group.legend else { return fields }
                    return .tag("fieldset", [("class", "decision")], [.tag("legend", [], [.text(legend)]), fields])
                },
                .unwrap(model.preview) { .p(.class("hint"), .attribute(named: "role", value: "status"), .text($0)) },
                .button(.type(.submit), .text(model.saved == nil ? l(.save) : l(.saveMine))),
                .a(.href(model.back.path), .text(l(.cancel)))
            )
        )
    }
}
