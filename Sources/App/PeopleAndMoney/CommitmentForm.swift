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

    static func values(_ commitment: CapacityCommitment) -> [String: String] {
        ["jaar": String(commitment.year), "activiteit": commitment.activity, "partij": commitment.party,
         "inzet": typed(commitment.amount), "toelichting": commitment.note ?? ""]
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
        let year = MoneyForm.year(values["jaar"], field: "jaar", into: &problems, l)
        let activity = MoneyForm.choice(values["activiteit"], in: data.activities.map(\.id), field: "activiteit", into: &problems, l)
        let party = MoneyForm.choice(values["partij"], in: data.parties.map(\.id), field: "partij", into: &problems, l)
        var amount: CapacityAmount?
        do {
            amount = try CapacityAmount(parsing: values["inzet"] ?? "")
        } catch {
            problems["inzet"] = l(.money(.amountProblem(error)))
        }
        guard problems.isEmpty, let year, let activity, let party, let amount else { return .problems(problems) }
        return .value(CapacityCommitment(year: year, activity: activity, party: party, amount: amount, note: MoneyForm.optional(values["toelichting"])))
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

/// The problems of a form, by field name, in the person's language.
typealias FormProblems = [String: String]

/// What a form's fields came to: the value they describe, or what is wrong with them.
enum FormOutcome<Value> {
    case value(Value)
    case problems(FormProblems)
}

/// Reading the fields every form of *Mensen en middelen* shares.
enum MoneyForm {
    static func optional(_ text: String?) -> String? {
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }

    static func year(_ text: String?, field: String, into problems: inout FormProblems, _ l: Localizer) -> Int? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        guard let year = Int(text), (2000...2100).contains(year) else { problems[field] = l(.money(.notAYear(text))); return nil }
        return year
    }

    static func choice(_ text: String?, in allowed: [String], field: String, into problems: inout FormProblems, _ l: Localizer) -> String? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        guard allowed.contains(text) else { problems[field] = l(.editing(.problem(.unknownChoice(text)))); return nil }
        return text
    }

    static func money(_ text: String?, field: String, allowNegative: Bool = false, into problems: inout FormProblems, _ l: Localizer) -> Money? {
        do {
            return try Money(parsing: text ?? "", allowNegative: allowNegative)
        } catch {
            problems[field] = l(.money(.moneyProblem(error)))
            return nil
        }
    }

    static func month(_ text: String?, field: String, into problems: inout FormProblems, _ l: Localizer) -> YearMonth? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        guard let month = YearMonth(text) else { problems[field] = l(.money(.notAMonth(text))); return nil }
        return month
    }

    static func date(_ text: String?, field: String, into problems: inout FormProblems, _ l: Localizer) -> String? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil,
              (1...12).contains(month), (1...31).contains(day), parts[1].count == 2, parts[2].count == 2 else {
            problems[field] = l(.editing(.problem(.notADate(text))))
            return nil
        }
        return text
    }
}
