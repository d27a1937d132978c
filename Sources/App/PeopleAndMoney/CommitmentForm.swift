import Core

/// The form for one cell of the Tabel Mensen: year, activity, party and the amount as typed
/// ('1,5 d/w x 4', 'circa 2 fte', 'PM'), read by `CapacityAmount(parsing:)`.
enum CommitmentForm {
    static func groups(_ data: PeopleAndMoney, _ l: Localizer) -> [MoneyFormPage.Group] {
        [MoneyFormPage.Group(legend: nil, fields: [
            .init(name: "jaar", label: l(.money(.year)), required: true),
            .init(name: "activiteit", label: l(.money(.activity)), kind: .select(data.activities.map { .init(value: $0.id, label: $0.name) }), required: true),
            .init(name: "partij", label: l(.money(.party)), kind: .select(data.parties.map { .init(value: $0.id, label: $0.label) }), required: true),
            .init(name: "inzet", label: l(.money(.amountField)), required: true, hint: l(.money(.amountHint))),
            .init(name: "toelichting", label: l(.money(.explanation))),
        ])]
    }

    static func values(_ commitment: CapacityCommitment, _ l: Localizer) -> [String: String] {
        ["jaar": String(commitment.year), "activiteit": commitment.activity, "partij": commitment.party,
         "inzet": l.language.ownNotation(typed(commitment.amount)), "toelichting": commitment.note ?? ""]
    }

    /// An amount as a person would type it back: Dutch commas, 'circa', 'd/w x'.
    static func typed(_ amount: CapacityAmount) -> String {
        let prefix = amount.isApproximate ? "circa " : ""
        switch amount.quantity {
        case nil: return "PM"
        case let .fte(value): return prefix + value.description.replacingOccurrences(of: ".", with: ",") + " fte"
        case let .days(days, persons): return prefix + days.description.replacingOccurrences(of: ".", with: ",") + " d/w x \(persons)"
        }
    }

    /// The commitment the form describes, or the problem of each field in the person's words.
    static func read(_ values: [String: String], _ data: PeopleAndMoney, _ l: Localizer) -> FormOutcome<CapacityCommitment> {
        var problems = FormProblems()
        let year = FieldReading.year(values["jaar"], field: "jaar", into: &problems, l)
        let activity = FieldReading.choice(values["activiteit"], in: data.activities.map(\.id), field: "activiteit", into: &problems, l)
        let party = FieldReading.choice(values["partij"], in: data.parties.map(\.id), field: "partij", into: &problems, l)
        var amount: CapacityAmount?
        do {
            amount = try CapacityAmount(parsing: l.language.dutchNotation(values["inzet"] ?? ""))
        } catch {
            problems["inzet"] = l(.money(.amountProblem(error)))
        }
        guard problems.isEmpty, let year, let activity, let party, let amount else { return .problems(problems) }
        return .value(CapacityCommitment(year: year, activity: activity, party: party, amount: amount, note: FieldReading.optional(values["toelichting"])))
    }

    /// What an amount comes to, under the form: '1,5 d/w × 4 = 1,2 fte · € 90.000 bij € 75.000 per fte'.
    static func preview(_ amount: CapacityAmount, rate: CapacityRate?, _ l: Localizer) -> String {
        var text = (l.daysForm(amount).map { "\($0) = " } ?? "") + l.capacity(amount)
        if let rate, let fte = amount.fte {
            text += " · " + l(.money(.costAtRate(l.euros(rate.cost(of: fte)), l.euros(rate.perFTEPerYear))))
        }
        return text
    }
}
