import Core

/// The form for realisation (*realisatie*): what was spent on a budget line over some months.
enum SpendingForm {
    static func groups(_ data: PeopleAndMoney, _ l: Localizer) -> [MoneyFormPage.Group] {
        [MoneyFormPage.Group(legend: nil, fields: [
            .init(name: "post", label: l(.money(.budgetLine)), kind: .select(data.budgetLines.map { .init(value: $0.id, label: "\($0.year) · \($0.name)") }), required: true),
            .init(name: "van", label: l(.money(.fromMonth)), kind: .month, required: true, hint: l(.money(.monthHint))),
            .init(name: "tot", label: l(.money(.untilMonth)), kind: .month, required: true),
            .init(name: "bedrag", label: l(.money(.amount)), required: true, hint: l(.money(.spendingHint))),
            .init(name: "toelichting", label: l(.money(.explanation))),
        ])]
    }

    static func read(_ values: [String: String], _ data: PeopleAndMoney, _ l: Localizer) -> FormOutcome<Spending> {
        var problems = FormProblems()
        let line = FieldReading.choice(values["post"], in: data.budgetLines.map(\.id), field: "post", into: &problems, l)
        let from = FieldReading.month(values["van"], field: "van", into: &problems, l)
        let until = FieldReading.month(values["tot"], field: "tot", into: &problems, l)
        let amount = FieldReading.money(values["bedrag"], field: "bedrag", allowNegative: true, into: &problems, l)
        if let from, let until, until < from { problems["tot"] = l(.editing(.problem(.endsBeforeStart))) }
        guard problems.isEmpty, let line, let from, let until, let amount else { return .problems(problems) }
        return .value(Spending(line: line, from: from, until: until, amount: amount, note: FieldReading.optional(values["toelichting"])))
    }
}
