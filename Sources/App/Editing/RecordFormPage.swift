import Core
import Plot

/// The form that creates or edits one record of any kind. On a conflict it shows the saved
/// values beside the person's own; after a refused save it keeps what they typed.
enum RecordFormPage {
    struct Model: Equatable {
        var csrf: String
        var kind: EntityKind
        /// Nil while creating.
        var id: String?
        var fields: [FormField]
        /// What the form shows: the stored values, or what the person typed.
        var values: FieldValues
        var version: Int
        var problems: FieldProblems = [:]
        /// Set when someone saved a newer version since this edit began.
        var saved: FieldValues?
        /// Where the record is shown, to go back to.
        var back: SiteURL
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let title = model.id == nil ? l(.editing(.newRecord(model.kind))) : l(.editing(.editRecord(model.kind)))
        let fields = model.fields.filter { model.id == nil || !$0.onCreateOnly }
        let action = model.id.map { SiteURL.editRecord(model.kind, $0) } ?? .newRecord(model.kind)
        return Layout(l: l, title: title, section: nil, source: nil).render(
            .p(.class("breadcrumb"), .a(.href(model.back.path), .text(l(.backToRecord)))),
            .h1(.text(title)),
            .unwrap(model.saved) { saved in
                ConflictTable(explanation: l(.editing(.conflictExplanation)), rows: fields.map { field in
                    .init(label: l(.editing(.field(field.name))), saved: shown(saved[field.name], field, l), mine: shown(model.values[field.name], field, l))
                }).node(l)
            },
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(action.path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                // After a conflict the form carries the saved version, so saving now means 'mine, knowingly'.
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                .forEach(fields) { control(for: $0, model, l) },
                .button(.type(.submit), .text(model.saved == nil ? l(.save) : l(.saveMine))),
                .a(.href(model.back.path), .text(l(.cancel)))
            )
        )
    }

    /// A label, the control, a hint, and the field's problem beneath it, tied together for screen readers.
    private static func control(for field: FormField, _ model: Model, _ l: Localizer) -> Node<HTML.FormContext> {
        let name = field.name.rawValue
        let value = model.values[field.name] ?? ""
        let problem = model.problems[field.name]
        var common: [(String, String?)] = [("name", name), ("id", name)]
        if problem != nil { common += [("aria-describedby", "\(name)-error"), ("aria-invalid", "true")] }
        if field.required { common.append(("required", nil)) }
        let label = l(.editing(.field(field.name))) + (field.required ? " *" : "")
        let error: Node<HTML.FormContext> = .unwrap(problem) { .p(.class("field-error"), .id("\(name)-error"), .text(l(.editing(.problem($0))))) }
        let input: Node<HTML.FormContext>
        switch field.kind {
        case .text:
            input = .input(common + [("type", "text"), ("value", value)])
        case .integer, .decimal:
            input = .input(common + [("type", "text"), ("value", value), ("inputmode", field.kind == .integer ? "numeric" : "decimal")])
        case .date:
            input = .input(common + [("type", "date"), ("value", value)])
        case .longText, .lines:
            input = .group(
                .tag("textarea", common + [("rows", "4")], [.text(value)]),
                .if(field.kind == .lines, .p(.class("hint"), .text(l(.editing(.linesHint))))))
        case .flag:
            return .div(.class("check"),
                .input([("type", "checkbox"), ("name", name), ("id", name), ("value", "true")] + (FieldValues.isSet(value) ? [("checked", nil)] : [])),
                .label(.for(name), .text(label)))
        case let .choice(choices):
            let none: [Node<HTML.FormContext>] = !field.required || value.isEmpty ? [.option("", l(.editing(.noChoice)), selected: value.isEmpty)] : []
            input = .tag("select", common, none + choices.map { .option($0.value, l(.editing(.choice($0.label))), selected: $0.value == value) })
        case let .choices(choices):
            let ticked = Set(value.split(separator: "\n").map(String.init))
            return .tag("fieldset", [("class", "choices")], [
                .tag("legend", [], [.text(label)]),
                .div(.class("scroll"), .forEach(choices.enumerated().map { $0 }) { index, choice in
                    .div(.class("check"),
                        .input([("type", "checkbox"), ("name", name), ("id", "\(name)-\(index)"), ("value", choice.value)]
                               + (ticked.contains(choice.value) ? [("checked", nil)] : [])),
                        .label(.for("\(name)-\(index)"), .text(l(.editing(.choice(choice.label))))))
                }),
                error,
            ])
        }
        return .group(
            .label(.for(name), .text(label)),
            .if(field.name == .id, .p(.class("hint"), .text(l(.editing(.idHint))))),
            input,
            error
        )
    }

    /// A value as a person reads it in the comparison: choices by their name, lists joined.
    static func shown(_ value: String?, _ field: FormField, _ l: Localizer) -> String {
        let value = value ?? ""
        func name(_ raw: String, _ choices: [Choice]) -> String {
            choices.first { $0.value == raw }.map { l(.editing(.choice($0.label))) } ?? raw
        }
        switch field.kind {
        case let .choice(choices): return value.isEmpty ? l(.none) : name(value, choices)
        case let .choices(choices): return value.split(separator: "\n").map { name(String($0), choices) }.joined(separator: "; ")
        case .lines: return value.split(separator: "\n").joined(separator: "; ")
        case .flag: return FieldValues.isSet(value) ? "✓" : ""
        default: return value
        }
    }
}

extension FieldValues {
    /// Whether a flag's text means yes.
    static func isSet(_ text: String) -> Bool {
        ["on", "true", "1", "ja", "yes"].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// The question before deleting a record, or the explanation why it cannot be.
enum RecordDeletePage {
    struct Model: Equatable {
        var csrf: String
        var kind: EntityKind
        var id: String
        var title: String
        var version: Int
        /// Records that point at this one; when any, deleting is refused.
        var referrers: [(reference: EntityReference, title: String)]
        var back: SiteURL

        static func == (lhs: Model, rhs: Model) -> Bool {
            (lhs.csrf, lhs.kind, lhs.id, lhs.title, lhs.version, lhs.back) == (rhs.csrf, rhs.kind, rhs.id, rhs.title, rhs.version, rhs.back)
                && lhs.referrers.map(\.reference) == rhs.referrers.map(\.reference)
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.editing(.deleteRecord(model.kind))), section: nil, source: nil).render(
            .p(.class("breadcrumb"), .a(.href(model.back.path), .text(l(.backToRecord)))),
            .h1(.text(l(.editing(.deleteRecord(model.kind))))),
            .if(model.referrers.isEmpty,
                .form(.method(.post), .action(SiteURL.deleteRecord(model.kind, model.id).path), .class("stacked"),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    .p(.text(l(.editing(.deleteQuestion(model.title))))),
                    .button(.type(.submit), .class("danger"), .text(l(.editing(.deleteButton)))),
                    .a(.href(model.back.path), .text(l(.cancel)))),
                else: .div(.class("conflict"), .attribute(named: "role", value: "alert"),
                    .p(.text(l(.editing(.deleteRefused)))),
                    .h2(.text(l(.editing(.referencedBy)))),
                    .ul(.forEach(model.referrers) { referrer in
                        .li(.text(l(.editing(.kind(referrer.reference.kind))) + ": "),
                            .a(.href(SiteURL.page(of: referrer.reference).path), .text(referrer.title)))
                    })))
        )
    }
}

extension Node where Context == HTML.FormContext {
    /// An element with attributes given as pairs (nil: a boolean attribute), for the controls
    /// whose attributes Plot types too narrowly to vary them per field.
    static func tag(_ name: String, _ attributes: [(String, String?)], _ children: [Node]) -> Node {
        .element(named: name, nodes: attributes.map(attribute) + children)
    }

    static func input(_ attributes: [(String, String?)]) -> Node {
        .selfClosedElement(named: "input", attributes: attributes.map { Attribute(named: $0.0, escaping: $0.1 ?? "", ignoreIfValueIsEmpty: false) })
    }

    static func option(_ value: String, _ text: String, selected: Bool) -> Node {
        tag("option", [("value", value)] + (selected ? [("selected", nil)] : []), [.text(text)])
    }

    private static func attribute(_ pair: (String, String?)) -> Node {
        pair.1.map { .attribute(named: pair.0, value: $0, ignoreIfValueIsEmpty: false) } ?? .attribute(named: pair.0)
    }
}
