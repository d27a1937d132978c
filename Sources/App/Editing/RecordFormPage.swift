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
        let inputs = fields.map { input($0, model, l) }
        return Layout(l: l, title: title, section: nil, source: nil).render(
            .p(.class("breadcrumb"), .a(.href(model.back.path), .text(l(.backToRecord)))),
            .h1(.text(title)),
            .if(model.saved != nil, ConflictTable(explanation: l(.editing(.conflictExplanation)), fields: inputs).node(l)),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(action.path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                // After a conflict the form carries the saved version, so saving now means 'mine, knowingly'.
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                FormFieldRenderer(l: l).nodes(inputs),
                .button(.type(.submit), .text(model.saved == nil ? l(.save) : l(.saveMine))),
                .a(.href(model.back.path), .text(l(.cancel)))
            )
        )
    }

    /// A register field as the form kit draws it, with its value, problem and saved value.
    static func input(_ field: FormField, _ model: Model, _ l: Localizer) -> FormInput {
        func choices(_ choices: [Choice]) -> [FormChoice] { choices.map { FormChoice(value: $0.value, label: l(.editing(.choice($0.label)))) } }
        var hint: String? = field.name == .id ? l(.editing(.idHint)) : nil
        let kind: FormInput.Kind
        switch field.kind {
        case .text: kind = .text
        case .integer: kind = .number(whole: true)
        case .decimal: kind = .number(whole: false)
        case .date: kind = .date
        case .longText: kind = .textarea(rows: 4)
        case .lines: kind = .textarea(rows: 4); hint = l(.editing(.linesHint))
        case .flag: kind = .checkbox
        case let .choice(options): kind = .select(choices(options), none: l(.editing(.noChoice)))
        case let .choices(options): kind = .checkboxes(choices(options))
        }
        return FormInput(name: field.name.rawValue, label: l(.editing(.field(field.name))), kind: kind, required: field.required, hint: hint,
                         value: model.values[field.name] ?? "", error: model.problems[field.name].map { l(.editing(.problem($0))) },
                         saved: model.saved.map { $0[field.name] ?? "" })
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
