import Core

/// The team's form for a line report: per action its status, signal, account, evidence and next
/// step; for the line its account, what went well, what is stuck and what the team asks.
struct ReportForm: Equatable {
    struct ActionFields: Equatable {
        var action: String
        var title: String
        var fields: [FormInput]
    }

    var actions: [ActionFields]
    var line: [FormInput]

    var all: [FormInput] { actions.flatMap(\.fields) + line }

    static func name(_ action: String, _ field: String) -> String { "a.\(action).\(field)" }

    /// The form as the report stands.
    init(_ report: LineReport, titles: [String: String], _ l: Localizer) {
        actions = report.actions.map { entry in
            let name = { Self.name(entry.action, $0) }
            return ActionFields(action: entry.action, title: titles[entry.action] ?? entry.action, fields: [
                FormInput(name: name("status"), label: l(.reporting(.statusColumn)),
                          kind: .select(Action.Status.allCases.map { FormChoice(value: $0.rawValue, label: l(.actionStatus($0))) }, none: nil),
                          value: entry.status.rawValue),
                FormInput(name: name("signal"), label: l(.reporting(.signalColumn)),
                          kind: .select(ProgressSignal.allCases.map { FormChoice(value: $0.rawValue, label: l(.reporting(.signal($0)))) }, none: nil),
                          value: entry.signal.rawValue),
                FormInput(name: name("account"), label: l(.reporting(.accountColumn)), kind: .textarea(rows: 2), value: entry.account),
                FormInput(name: name("evidence"), label: l(.reporting(.evidenceColumn)), kind: .textarea(rows: 2),
                          hint: l(.reporting(.evidenceHint)), value: entry.evidence.joined(separator: "\n")),
                FormInput(name: name("nextStep"), label: l(.reporting(.nextStepColumn)), value: entry.nextStep),
            ])
        }
        line = [
            FormInput(name: "summary", label: l(.reporting(.summary)), kind: .textarea(rows: 4), value: report.summary),
            FormInput(name: "wentWell", label: l(.reporting(.wentWell)), kind: .textarea(rows: 3), value: report.wentWell),
            FormInput(name: "stuck", label: l(.reporting(.stuck)), kind: .textarea(rows: 3), value: report.stuck),
        ]
        // Once answered, the question is part of the record and no longer the team's to change.
        if report.answer == nil {
            line.append(FormInput(name: "escalation", label: l(.reporting(.escalation)), kind: .textarea(rows: 3),
                                  hint: l(.reporting(.escalationHint)), value: report.escalation))
        }
    }

    /// Each field with what was typed, its problem, and after a conflict the saved value.
    func filled(_ values: [String: String], problems: [String: String], saved: ReportForm?) -> ReportForm {
        let savedValues = saved.map { Dictionary($0.all.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }) }
        var form = self
        form.actions = actions.map { group in
            var group = group
            group.fields = group.fields.map { $0.filled(values, problems: problems, saved: savedValues) }
            return group
        }
        form.line = line.map { $0.filled(values, problems: problems, saved: savedValues) }
        return form
    }

    /// What the fields hold, as the use case reads it.
    func input(_ values: [String: String]) -> LineReportInput {
        LineReportInput(
            actions: actions.map { group in
                let value = { values[Self.name(group.action, $0)] ?? "" }
                return .init(action: group.action, status: value("status"), signal: value("signal"), account: value("account"),
                             evidence: value("evidence"), nextStep: value("nextStep"))
            },
            summary: values["summary"] ?? "", wentWell: values["wentWell"] ?? "", stuck: values["stuck"] ?? "", escalation: values["escalation"] ?? "")
    }

    /// The use case's problems under the form's field names.
    static func problems(_ problems: ReportInputProblems, _ l: Localizer) -> [String: String] {
        Dictionary(problems.byField.map { key, problem in
            // `actions.ID.field` is `a.ID.field` in the form; a problem with the action itself sits on its status.
            let parts = key.split(separator: ".", maxSplits: 2).map(String.init)
            let name = parts.first == "actions" ? (parts.count == 3 ? Self.name(parts[1], parts[2]) : Self.name(parts[1], "status")) : key
            return (name, l(.editing(.problem(problem))))
        }, uniquingKeysWith: { first, _ in first })
    }
}
