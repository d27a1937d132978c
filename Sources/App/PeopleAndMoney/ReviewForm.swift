import Core

/// The form for a half-yearly review: its date and body, and per activity a decision with a reason.
enum ReviewForm {
    static let defaultBody = "directeurennetwerk"

    static func groups(_ data: PeopleAndMoney, _ register: Register, _ l: Localizer) -> [MoneyFormPage.Group] {
        let verdicts = CapacityReview.Verdict.allCases.map { FormChoice(value: $0.rawValue, label: l(.money(.verdict($0)))) }
        return [MoneyFormPage.Group(legend: nil, fields: [
            .init(name: "datum", label: l(.money(.reviewDate)), kind: .date, required: true),
            .init(name: "gremium", label: l(.body), kind: .select(register.bodies.map { .init(value: $0.id, label: $0.name) }), required: true),
            .init(name: "toelichting", label: l(.money(.explanation))),
        ])] + data.activities.map { activity in
            MoneyFormPage.Group(legend: activity.name, fields: [
                .init(name: "besluit-\(activity.id)", label: l(.money(.decision)), kind: .select(verdicts)),
                .init(name: "reden-\(activity.id)", label: l(.money(.reason))),
            ])
        }
    }

    static func read(_ values: [String: String], _ data: PeopleAndMoney, _ register: Register, _ l: Localizer) -> FormOutcome<CapacityReview> {
        var problems = FormProblems()
        let date = FieldReading.date(values["datum"], field: "datum", into: &problems, l)
        let body = FieldReading.choice(values["gremium"], in: register.bodies.map(\.id), field: "gremium", into: &problems, l)
        var decisions: [CapacityReview.Decision] = []
        for activity in data.activities {
            guard let raw = FieldReading.optional(values["besluit-\(activity.id)"]) else { continue }
            guard let verdict = CapacityReview.Verdict(rawValue: raw) else {
                problems["besluit-\(activity.id)"] = l(.editing(.problem(.unknownChoice(raw))))
                continue
            }
            guard let reason = FieldReading.optional(values["reden-\(activity.id)"]) else {
                problems["reden-\(activity.id)"] = l(.money(.reasonRequired))
                continue
            }
            decisions.append(.init(activity: activity.id, verdict: verdict, reason: reason))
        }
        if decisions.isEmpty && problems.isEmpty, let first = data.activities.first {
            problems["besluit-\(first.id)"] = l(.money(.noDecisions))
        }
        guard problems.isEmpty, let date, let body else { return .problems(problems) }
        let taken = Set(data.reviews.map(\.id))
        var id = "bespreking-\(date)", suffix = 2
        while taken.contains(id) {
            id = "bespreking-\(date)-\(suffix)"
            suffix += 1
        }
        return .value(CapacityReview(id: id, date: date, body: body, decisions: decisions, note: FieldReading.optional(values["toelichting"])))
    }
}
