import Core

/// The form for an investment on the regional investment agenda.
enum InvestmentForm {
    static func groups(_ register: Register, _ l: Localizer) -> [MoneyFormPage.Group] {
        [MoneyFormPage.Group(legend: nil, fields: [
            .init(name: "omschrijving", label: l(.money(.description)), required: true),
            .init(name: "actielijn", label: l(.actionLine), kind: .select(register.actionLines.map { .init(value: $0.id, label: "\($0.number). \($0.title)") }), required: true),
            .init(name: "bron", label: l(.money(.sourceHeading)), kind: .select(Investment.Source.allCases.map { .init(value: $0.rawValue, label: l(.money(.source($0)))) }), required: true),
            .init(name: "status", label: l(.status), kind: .select(Investment.Status.allCases.map { .init(value: $0.rawValue, label: l(.money(.status($0)))) }), required: true),
            .init(name: "bedrag", label: l(.money(.amount)), required: true, hint: l(.money(.moneyHint))),
        ])]
    }

    static func values(_ investment: Investment, _ l: Localizer) -> [String: String] {
        ["omschrijving": investment.description, "actielijn": investment.actionLine, "bron": investment.source.rawValue,
         "status": investment.status.rawValue, "bedrag": l.eurosTyped(investment.amount)]
    }

    /// `id` is the one being edited, or nil for a new investment, which gets one from its line and source.
    static func read(_ values: [String: String], id: String?, _ data: PeopleAndMoney, _ register: Register, _ l: Localizer) -> FormOutcome<Investment> {
        var problems = FormProblems()
        let description = FieldReading.optional(values["omschrijving"])
        if description == nil { problems["omschrijving"] = l(.editing(.problem(.required))) }
        let line = FieldReading.choice(values["actielijn"], in: register.actionLines.map(\.id), field: "actielijn", into: &problems, l)
        let sourceValue = FieldReading.choice(values["bron"], in: Investment.Source.allCases.map(\.rawValue), field: "bron", into: &problems, l)
        let statusValue = FieldReading.choice(values["status"], in: Investment.Status.allCases.map(\.rawValue), field: "status", into: &problems, l)
        let amount = FieldReading.money(values["bedrag"], field: "bedrag", into: &problems, l)
        guard problems.isEmpty, let description, let line, let sourceValue, let statusValue, let amount,
              let source = Investment.Source(rawValue: sourceValue), let status = Investment.Status(rawValue: statusValue) else { return .problems(problems) }
        let newID = id ?? Slug.make(from: "ria \(line) \(source.rawValue)", taken: Set(data.investments.map(\.id)), fallback: "ria")
        return .value(Investment(id: newID, actionLine: line, source: source, status: status, amount: amount, description: description))
    }
}
