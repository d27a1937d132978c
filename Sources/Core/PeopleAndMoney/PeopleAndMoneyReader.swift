import Foundation
import Yams

/// Decodes a people-and-money file and checks what decoding cannot (ids, references, amounts,
/// years), naming each problem at its own value's line and column and collecting every problem
/// before the file is refused.
struct PeopleAndMoneyReader {
    let plan: Register?
    let root: Node
    var problems: [PlanFileError.Problem] = []

    mutating func read() -> PeopleAndMoney {
        // Every field below the top decodes from any value, so only a top that is no mapping fails here.
        guard let file = try? YAMLDecoder().decode(Document.self, from: root) else {
            report([], "the file should be a mapping of fields (format, parties, capacity, budget ...)")
            return PeopleAndMoney()
        }
        if let format = text(file.format, required: true), format != PeopleAndMoneyFile.format {
            report(file.format, "is '\(format)'; this version of Stip reads '\(PeopleAndMoneyFile.format)'")
        }
        if let planID = text(file.plan, required: false), let plan, plan.plan.id != planID {
            report(file.plan, "belongs to plan '\(planID)', but the plan loaded is '\(plan.plan.id)'")
        }
        var result = PeopleAndMoney()
        result.organisations = organisations(file.organisations)
        result.parties = parties(file.parties, newOrganisations: Set(result.organisations.map(\.id)))
        result.activities = activities(file.activities)
        let partyIDs = Set(result.parties.map(\.id)), activityIDs = Set(result.activities.map(\.id))
        (result.capacityYears, result.commitments) = capacity(file.capacity, parties: partyIDs, activities: activityIDs)
        (result.budgetLines, result.fundings, result.spendings, result.budgetNotes) = budget(file.budget, parties: partyIDs)
        result.reviews = reviews(file.reviews, activities: activityIDs)
        result.investments = investments(file.investments)
        return result
    }

    // MARK: Parties and activities

    private mutating func organisations(_ list: YAMLList<OrganisationEntry>) -> [Organisation] {
        var seen = Set<String>(), result: [Organisation] = []
        let planIDs = Set(plan?.organisations.map(\.id) ?? [])
        for entry in items(list) {
            let id = identifier(entry.id, unique: &seen, kind: "organisations")
            if let id, planIDs.contains(id) {
                report(entry.id, "'\(id)' is already an organisation of the plan file; list it under parties only")
            }
            let name = text(entry.name, required: true)
            let kind: Organisation.Kind? = choice(entry.kind)
            let country: Organisation.Country? = choice(entry.country)
            let aliases = texts(entry.aliases), mentions = texts(entry.mentions)
            if let id, let name, let kind, let country {
                result.append(Organisation(id: id, name: name, aliases: aliases, kind: kind, country: country, mentions: mentions))
            }
        }
        return result
    }

    private mutating func parties(_ list: YAMLList<PartyEntry>, newOrganisations: Set<String>) -> [Party] {
        var seen = Set<String>(), result: [Party] = []
        let planIDs = plan.map { Set($0.organisations.map(\.id)) }
        for entry in items(list) {
            let id = identifier(entry.id, unique: &seen, kind: "parties")
            if let id, let planIDs, !planIDs.contains(id), !newOrganisations.contains(id) {
                report(entry.id, "refers to organisation '\(id)', which neither this file nor the plan file defines")
            }
            let label = text(entry.label, required: true)
            if let id, let label { result.append(Party(id: id, label: label)) }
        }
        return result
    }

    private mutating func activities(_ list: YAMLList<ActivityEntry>) -> [CapacityActivity] {
        var seen = Set<String>(), result: [CapacityActivity] = []
        let entries = items(list)
        for entry in entries {
            let id = identifier(entry.id, unique: &seen, kind: "activities")
            let name = text(entry.name, required: true)
            let kind: CapacityActivity.Kind? = choice(entry.kind)
            let partOf = text(entry.partOf, required: false)
            let body = text(entry.body, required: false), team = text(entry.team, required: false)
            if let body, let plan { check(body, in: Set(plan.bodies.map(\.id)), kind: "body", at: entry.body) }
            if let team, let plan { check(team, in: Set(plan.teams.map(\.id)), kind: "team", at: entry.team) }
            if let id, let name, let kind {
                result.append(CapacityActivity(id: id, name: name, kind: kind, partOf: partOf, body: body, team: team))
            }
        }
        let parents = Dictionary(result.map { ($0.id, $0.partOf) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            // Only the activity whose partOf it is: a repeated id (reported above) must not borrow the first one's.
            guard let id = entry.id.scalar, let partOf = parents[id] ?? nil, entry.partOf.scalar == partOf else { continue }
            check(partOf, in: seen, kind: "activity", at: entry.partOf)
            // Subtotals follow partOf upwards; a loop would make an activity part of itself.
            var next: String? = partOf, steps = 0
            while let current = next, steps <= result.count {
                if current == id {
                    report(entry.partOf, "makes '\(id)' part of itself")
                    break
                }
                next = parents[current] ?? nil
                steps += 1
            }
        }
        return result
    }

    // MARK: Tabel Mensen

    private mutating func capacity(
        _ list: YAMLList<CapacityEntry>, parties: Set<String>, activities: Set<String>
    ) -> ([CapacityYear], [CapacityCommitment]) {
        var years: [CapacityYear] = [], commitments: [CapacityCommitment] = [], seenYears = Set<Int>()
        for entry in items(list) {
            let year = year(entry.year, unique: &seenYears, in: "capacity")
            var rate: CapacityRate?, rateNote: String?
            if let rateEntry = entry.rate {
                if let perFTE = money(rateEntry.perFTE) {
                    if perFTE.cents <= 0 { report(rateEntry.perFTE, "should be more than zero") }
                    rate = CapacityRate(perFTEPerYear: perFTE)
                }
                rateNote = text(rateEntry.note, required: false)
            }
            var rows: [CapacityYear.Row] = [], seenRows = Set<String>()
            for row in items(entry.rows) {
                let activity = text(row.activity, required: true)
                if let activity {
                    check(activity, in: activities, kind: "activity", at: row.activity)
                    if !seenRows.insert(activity).inserted {
                        report(row.activity, "'\(activity)' has a row already in \(year.map(String.init) ?? "this year")")
                    }
                }
                var seenParties = Set<String>()
                for cell in items(row.commitments) {
                    let party = partyReference(cell.party, parties: parties, unique: &seenParties)
                    let amount = amount(cell.amount)
                    let note = text(cell.note, required: false)
                    if let year, let activity, let party, let amount {
                        commitments.append(CapacityCommitment(year: year, activity: activity, party: party, amount: amount, note: note))
                    }
                }
                let stated = statedAmounts(row.stated, parties: parties)
                if let activity { rows.append(.init(activity: activity, note: text(row.note, required: false), stated: stated)) }
            }
            var statedTotals: [String: CapacityAmount] = [:], statedOverall: CapacityAmount?, statedLabel: String?
            if let stated = entry.stated {
                statedLabel = text(stated.label, required: false)
                statedTotals = statedAmounts(stated.totals, parties: parties)
                if !stated.overall.isMissing { statedOverall = amount(stated.overall) }
            }
            if let year {
                years.append(CapacityYear(
                    year: year, note: text(entry.note, required: false), rows: rows, rate: rate, rateNote: rateNote,
                    statedTotals: statedTotals, statedOverall: statedOverall, statedLabel: statedLabel))
            }
        }
        return (years, commitments)
    }

    private mutating func statedAmounts(_ list: YAMLList<PartyAmount>, parties: Set<String>) -> [String: CapacityAmount] {
        var result: [String: CapacityAmount] = [:], seen = Set<String>()
        for item in items(list) {
            let party = partyReference(item.party, parties: parties, unique: &seen)
            if let amount = amount(item.amount), let party { result[party] = amount }
        }
        return result
    }

    // MARK: Tabel Middelen

    private mutating func budget(
        _ list: YAMLList<BudgetEntry>, parties: Set<String>
    ) -> ([BudgetLine], [Funding], [Spending], [Int: String]) {
        var lines: [BudgetLine] = [], fundings: [Funding] = [], spendings: [Spending] = [], notes: [Int: String] = [:]
        var seenYears = Set<Int>(), seenLines = Set<String>()
        for entry in items(list) {
            let year = year(entry.year, unique: &seenYears, in: "budget")
            if let year, let note = text(entry.note, required: false) { notes[year] = note }
            for line in items(entry.lines) {
                let id = identifier(line.id, unique: &seenLines, kind: "budget lines")
                let name = text(line.name, required: true)
                let budgeted = money(line.budgeted)
                if let year, let id, let name, let budgeted {
                    lines.append(BudgetLine(id: id, year: year, name: name, budgeted: budgeted, note: text(line.note, required: false)))
                }
                fundings += self.fundings(line.funding, year: year, line: id, parties: parties)
                for spending in items(line.spending) {
                    let from = yearMonth(spending.from), until = yearMonth(spending.until)
                    if let from, let until, until < from { report(spending.until, "ends (\(until)) before it starts (\(from))") }
                    let amount = money(spending.amount, allowNegative: true)
                    if let id, let from, let until, let amount {
                        spendings.append(Spending(line: id, from: from, until: until, amount: amount, note: text(spending.note, required: false)))
                    }
                }
            }
            fundings += self.fundings(entry.funding, year: year, line: nil, parties: parties)
        }
        return (lines, fundings, spendings, notes)
    }

    private mutating func fundings(_ list: YAMLList<FundingEntry>, year: Int?, line: String?, parties: Set<String>) -> [Funding] {
        var result: [Funding] = []
        for item in items(list) {
            var unused = Set<String>()
            let financier = partyReference(item.financier, parties: parties, unique: &unused)
            let amount = money(item.amount)
            if let year, let financier, let amount {
                result.append(Funding(year: year, financier: financier, amount: amount, line: line, note: text(item.note, required: false)))
            }
        }
        return result
    }

    // MARK: Reviews and investments

    private mutating func reviews(_ list: YAMLList<ReviewEntry>, activities: Set<String>) -> [CapacityReview] {
        var seen = Set<String>(), result: [CapacityReview] = []
        for entry in items(list) {
            let id = identifier(entry.id, unique: &seen, kind: "reviews")
            let date = text(entry.date, required: true)
            if let date, !ISODate.isValid(date) { report(entry.date, "'\(date)' is not a date (yyyy-mm-dd)") }
            let body = text(entry.body, required: true)
            if let body, let plan { check(body, in: Set(plan.bodies.map(\.id)), kind: "body", at: entry.body) }
            var decisions: [CapacityReview.Decision] = []
            for decision in items(entry.decisions) {
                let activity = text(decision.activity, required: true)
                if let activity { check(activity, in: activities, kind: "activity", at: decision.activity) }
                let verdict: CapacityReview.Verdict? = choice(decision.verdict)
                let reason = text(decision.reason, required: true)
                if let activity, let verdict, let reason { decisions.append(.init(activity: activity, verdict: verdict, reason: reason)) }
            }
            if let id, let date, let body {
                result.append(CapacityReview(id: id, date: date, body: body, decisions: decisions, note: text(entry.note, required: false)))
            }
        }
        return result
    }

    private mutating func investments(_ list: YAMLList<InvestmentEntry>) -> [Investment] {
        var seen = Set<String>(), result: [Investment] = []
        for entry in items(list) {
            let id = identifier(entry.id, unique: &seen, kind: "investments")
            let line = text(entry.actionLine, required: true)
            if let line, let plan { check(line, in: Set(plan.actionLines.map(\.id)), kind: "action line", at: entry.actionLine) }
            let source: Investment.Source? = choice(entry.source)
            let status: Investment.Status? = choice(entry.status)
            let amount = money(entry.amount)
            let description = text(entry.description, required: true)
            if let id, let line, let source, let status, let amount, let description {
                result.append(Investment(id: id, actionLine: line, source: source, status: status, amount: amount, description: description))
            }
        }
        return result
    }

    // MARK: Values, each reported at its own place

    /// At the deepest value along `place` that the file has: a missing field is reported at the mapping it is missing from.
    private mutating func report(_ place: [PathComponent], _ message: String) {
        let mark = locate(place, in: root)
        problems.append(.init(line: mark?.line ?? 1, column: mark?.column ?? 1, field: fieldName(place), message: message))
    }

    private mutating func report(_ field: YAMLField, _ message: String) { report(field.place, message) }

    private mutating func items<Element>(_ list: YAMLList<Element>) -> [Element] {
        if !list.isList { report(list.place, "should be a list") }
        return list.items
    }

    /// Trimmed, or nil when missing, null or empty (reported when required).
    private mutating func text(_ field: YAMLField, required: Bool) -> String? {
        guard !field.isMissing, !field.isNull else {
            if required { report(field, "is required but missing") }
            return nil
        }
        guard let scalar = field.scalar else {
            report(field, "should be text")
            return nil
        }
        let text = scalar.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            if required { report(field, "is required but empty") }
            return nil
        }
        return text
    }

    private mutating func texts(_ list: YAMLList<YAMLField>) -> [String] {
        items(list).compactMap { item in
            if item.scalar == nil { report(item, "should be text") }
            return item.scalar
        }
    }

    /// The field's text, which is required, made into a value by `make`; what `make` throws is
    /// reported at the field in its own words.
    private mutating func value<Value>(_ field: YAMLField, _ make: (String) throws -> Value) -> Value? {
        guard let text = text(field, required: true) else { return nil }
        do {
            return try make(text)
        } catch {
            report(field, "\(error)")
            return nil
        }
    }

    private struct Refusal: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private mutating func identifier(_ field: YAMLField, unique seen: inout Set<String>, kind: String) -> String? {
        value(field) { id in
            guard Slug.isValid(id) else {
                throw Refusal("'\(id)' is not a valid id (lower-case letters, digits and hyphens, at most \(Slug.maximumLength))")
            }
            guard seen.insert(id).inserted else { throw Refusal("'\(id)' is used twice in \(kind)") }
            return id
        }
    }

    private mutating func check(_ id: String, in known: Set<String>, kind: String, at field: YAMLField) {
        if !known.contains(id) { report(field, "refers to \(kind) '\(id)', which is not defined") }
    }

    private mutating func partyReference(_ field: YAMLField, parties: Set<String>, unique seen: inout Set<String>) -> String? {
        value(field) { party in
            guard parties.contains(party) else { throw Refusal("refers to party '\(party)', which is not under parties") }
            guard seen.insert(party).inserted else { throw Refusal("'\(party)' is given twice here") }
            return party
        }
    }

    private mutating func year(_ field: YAMLField, unique seen: inout Set<Int>, in section: String) -> Int? {
        value(field) { text in
            guard let year = Int(text), (1900...2200).contains(year) else { throw Refusal("'\(text)' is not a year") }
            guard seen.insert(year).inserted else { throw Refusal("\(year) appears twice in \(section)") }
            return year
        }
    }

    private mutating func yearMonth(_ field: YAMLField) -> YearMonth? {
        value(field) { text in
            guard let month = YearMonth(text) else { throw Refusal("'\(text)' is not a year and month (yyyy-mm)") }
            return month
        }
    }

    private mutating func amount(_ field: YAMLField) -> CapacityAmount? {
        value(field) { try CapacityAmount(parsing: $0) }
    }

    private mutating func money(_ field: YAMLField, allowNegative: Bool = false) -> Money? {
        value(field) { try Money(parsing: $0, allowNegative: allowNegative) }
    }

    private mutating func choice<Value: RawRepresentable<String> & CaseIterable>(_ field: YAMLField) -> Value? {
        value(field) { text in
            guard let value = Value(rawValue: text) else {
                throw Refusal("'\(text)' is not one of: \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
    }
}
