import Core
import Plot

/// The forms of *Mensen en middelen*: a commitment, a spending, a review, an investment, a rate.
/// After a refused save it keeps what was typed, with the message on the field; on a conflict
/// it shows the saved values beside the person's own.
enum MoneyFormPage {
    struct Field: Equatable, Sendable {
        enum Kind: Equatable, Sendable {
            case text
            case month
            case date
            case choice([Choice])
        }

        var name: String
        var label: String
        var kind: Kind = .text
        var required: Bool = false
        var hint: String?
    }

    struct Choice: Equatable, Sendable {
        var value: String
        var label: String
    }

    /// Fields shown together under a heading (one activity of a review).
    struct Group: Equatable, Sendable {
        var legend: String?
        var fields: [Field]
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

        var fields: [Field] { groups.flatMap(\.fields) }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.title, section: .money, source: nil).render(
            .moneyStyles,
            .p(.class("breadcrumb"), .a(.href(model.back.path), .text(l(.backToRecord)))),
            .h1(.text(model.title)),
            .unwrap(model.intro) { .p(.class("lead"), .text($0)) },
            .unwrap(model.saved) { saved in
                ConflictTable(explanation: l(.money(.conflictExplanation)), rows: model.fields.map { field in
                    .init(label: field.label, saved: shown(saved[field.name], field), mine: shown(model.values[field.name], field))
                }).node(l)
            },
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(model.action.path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                .forEach(model.groups) { (group) -> Node<HTML.FormContext> in
                    guard let legend = group.legend else { return .forEach(group.fields) { control($0, model) } }
                    return .tag("fieldset", [("class", "decision")], [.tag("legend", [], [.text(legend)])] + group.fields.map { control($0, model) })
                },
                .unwrap(model.preview) { .p(.class("hint"), .attribute(named: "role", value: "status"), .text($0)) },
                .button(.type(.submit), .text(model.saved == nil ? l(.save) : l(.saveMine))),
                .a(.href(model.back.path), .text(l(.cancel)))
            )
        )
    }

    /// A label, the control, a hint, and the field's problem beneath it, tied together for screen readers.
    private static func control(_ field: Field, _ model: Model) -> Node<HTML.FormContext> {
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
        case .text: input = .input(common + [("type", "text"), ("value", value)])
        case .month: input = .input(common + [("type", "month"), ("value", value), ("placeholder", "jjjj-mm")])
        case .date: input = .input(common + [("type", "date"), ("value", value)])
        case let .choice(choices):
            let none: [Node<HTML.FormContext>] = !field.required || value.isEmpty ? [.option("", "—", selected: value.isEmpty)] : []
            input = .tag("select", common, none + choices.map { .option($0.value, $0.label, selected: $0.value == value) })
        }
        return .group(
            .label(.for(field.name), .text(field.label + (field.required ? " *" : ""))),
            .unwrap(field.hint) { .p(.class("hint"), .id("\(field.name)-hint"), .text($0)) },
            input,
            .unwrap(problem) { .p(.class("field-error"), .id("\(field.name)-error"), .text($0)) }
        )
    }

    private static func shown(_ value: String?, _ field: Field) -> String {
        let value = value ?? ""
        if case let .choice(choices) = field.kind { return choices.first { $0.value == value }?.label ?? value }
        return value
    }
}
