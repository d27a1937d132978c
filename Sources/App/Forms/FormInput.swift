/// One field of an HTML form as a person meets it: what it asks, how it is typed, and, once
/// posted, what they typed, what is wrong with it and what someone else saved meanwhile.
/// Every form of Stip describes its fields this way and `FormFieldRenderer` draws them.
struct FormInput: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case text
        /// A text box with a number keyboard: Dutch figures ('1.234,5') do not survive `type=number`.
        case number(whole: Bool)
        case textarea(rows: Int)
        case date
        case month
        case email
        /// Never drawn with a value: a typed password does not come back in the page.
        case password
        /// `none` is the empty choice's text, offered while nothing is chosen or the field may stay empty;
        /// nil offers no empty choice.
        case select([FormChoice], none: String? = "—")
        case checkbox
        /// Several boxes under one name; the value holds the ticked ones, one a line.
        case checkboxes([FormChoice])
    }

    var name: String
    /// Already in the person's language.
    var label: String
    var kind: Kind = .text
    var required = false
    var hint: String?
    /// What the browser may fill in (`username`, `current-password`, `new-password`).
    var autocomplete: String?
    /// As typed (or as stored, before any typing).
    var value = ""
    /// What is wrong with the value, in the person's language.
    var error: String?
    /// After a conflict: the value someone else saved since this edit began.
    var saved: String?

    /// The field with a posted form's value, its problem and, on a conflict, the saved value.
    func filled(_ values: [String: String], problems: [String: String] = [:], saved: [String: String]? = nil) -> FormInput {
        var field = self
        field.value = values[name] ?? ""
        field.error = problems[name]
        field.saved = saved.map { $0[name] ?? "" }
        return field
    }

    /// A value as a person reads it beside another: a choice by its label, lists joined.
    func shown(_ value: String) -> String {
        switch kind {
        case let .select(choices, none): return value.isEmpty ? none ?? "" : choices.first { $0.value == value }?.label ?? value
        case let .checkboxes(choices):
            return lines(value).map { line in choices.first { $0.value == line }?.label ?? line }.joined(separator: "; ")
        case .checkbox: return FormInput.isTicked(value) ? "✓" : ""
        case .password: return ""
        case .textarea: return lines(value).joined(separator: "; ")
        default: return value
        }
    }

    /// Whether a checkbox's text means yes.
    static func isTicked(_ text: String) -> Bool {
        ["on", "true", "1", "ja", "yes"].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    func lines(_ value: String) -> [String] { value.split(separator: "\n").map(String.init) }
}

/// One option of a select or of a group of checkboxes.
struct FormChoice: Equatable, Sendable {
    var value: String
    /// Already in the person's language.
    var label: String
}
