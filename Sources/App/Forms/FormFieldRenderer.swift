import Plot

/// Draws a `FormInput`: its label tied to the control, the hint and the error read out with it
/// (`aria-describedby`), `aria-invalid` while the error stands, the typed value kept, and after
/// a conflict the saved value beside it. Every value is Plot text or an attribute: encoded.
struct FormFieldRenderer {
    let l: Localizer
    /// Put before each name to make the element ids, where one page holds two forms.
    var idPrefix = ""

    func node(_ field: FormInput) -> Node<HTML.FormContext> {
        let id = idPrefix + field.name
        let label = field.label + (field.required ? " *" : "")
        // Saved as empty says so in words: a bare 'Opgeslagen versie:' reads as missing.
        let saved = field.saved.flatMap { $0 == field.value ? nil : field.shown($0).nilIfEmpty ?? l(.none) }
        let described = [field.hint.map { _ in "\(id)-hint" }, field.error.map { _ in "\(id)-error" }, saved.map { _ in "\(id)-saved" }]
            .compactMap { $0 }
        var common: [(String, String?)] = [("name", field.name), ("id", id)]
        if field.error != nil { common.append(("aria-invalid", "true")) }
        if !described.isEmpty { common.append(("aria-describedby", described.joined(separator: " "))) }
        if field.required { common.append(("required", nil)) }
        if let autocomplete = field.autocomplete { common.append(("autocomplete", autocomplete)) }
        let hint: Node<HTML.FormContext> = .unwrap(field.hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) }
        let after: Node<HTML.FormContext> = .group(
            .unwrap(field.error) { .p(.class("field-error"), .id("\(id)-error"), .text($0)) },
            .unwrap(saved) { .p(.class("saved-value"), .id("\(id)-saved"), .text("\(l(.savedVersion)): \($0)")) }
        )
        let control: Node<HTML.FormContext>
        switch field.kind {
        case .text:
            control = .input(common + [("type", "text"), ("value", field.value)])
        case let .number(whole):
            control = .input(common + [("type", "text"), ("value", field.value), ("inputmode", whole ? "numeric" : "decimal")])
        case let .textarea(rows):
            control = .tag("textarea", common + [("rows", String(rows))], [.text(field.value)])
        case .date:
            control = .input(common + [("type", "date"), ("value", field.value)])
        case .email:
            control = .input(common + [("type", "email"), ("value", field.value)])
        case .password:
            control = .input(common + [("type", "password")])
        case .month:
            control = .input(common + [("type", "month"), ("value", field.value), ("placeholder", "jjjj-mm")])
        case let .select(choices, none):
            let empty: [Node<HTML.FormContext>] = none.map { none in
                !field.required || field.value.isEmpty ? [.option("", none, selected: field.value.isEmpty)] : []
            } ?? []
            control = .tag("select", common, empty + choices.map { .option($0.value, $0.label, selected: $0.value == field.value) })
        case .checkbox:
            let ticked: [(String, String?)] = FormInput.isTicked(field.value) ? [("checked", nil)] : []
            return .div(.class("check"),
                .input(common.filter { $0.0 != "required" } + [("type", "checkbox"), ("value", "true")] + ticked),
                .label(.for(id), .text(label)),
                hint, after)
        case let .checkboxes(choices):
            let ticked = Set(field.lines(field.value))
            let boxes: Node<HTML.FormContext> = .div(.class("scroll"), .forEach(choices.enumerated().map { $0 }) { index, choice in
                .div(.class("check"),
                    .input([("type", "checkbox"), ("name", field.name), ("id", "\(id)-\(index)"), ("value", choice.value)]
                           + (ticked.contains(choice.value) ? [("checked", nil)] : [])),
                    .label(.for("\(id)-\(index)"), .text(choice.label)))
            })
            // The group is described as a whole: its legend, hint and error belong to every box.
            var group: [(String, String?)] = [("class", "choices"), ("id", id)]
            if !described.isEmpty { group.append(("aria-describedby", described.joined(separator: " "))) }
            return .tag("fieldset", group, [.tag("legend", [], [.text(label)]), hint, boxes, after])
        }
        return .group(.label(.for(id), .text(label)), hint, control, after)
    }

    func nodes(_ fields: [FormInput]) -> Node<HTML.FormContext> {
        .forEach(fields) { node($0) }
    }
}

extension ConflictTable {
    /// The saved values beside the typed ones, one row per field.
    init(explanation: String, fields: [FormInput]) {
        self.init(explanation: explanation, rows: fields.map { field in
            Row(label: field.label, saved: field.shown(field.saved ?? ""), mine: field.shown(field.value))
        })
    }
}
