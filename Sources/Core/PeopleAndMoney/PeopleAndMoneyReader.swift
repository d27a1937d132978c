import Foundation
import Yams

/// Walks a people-and-money file node by node, so each problem is named at its own value's
/// line and column, and collects every problem before the file is refused.
struct PeopleAndMoneyReader {
    let plan: Register?
    var problems: [PlanFileError.Problem] = []
    private var root: Node?

    init(plan: Register?) {
        self.plan = plan
    }

    mutating func read(_ root: Node) -> PeopleAndMoney {
        self.root = root
        guard root.mapping != nil else {
            report(root, [], "the file should be a mapping of fields (format, parties, capacity, budget ...)")
            return PeopleAndMoney()
        }
        if let format = text(root, "format", [], required: true), format != PeopleAndMoneyFile.format {
            report(root.mapping?["format"], [.key("format")], "is '\(format)'; this version of Stip reads '\(PeopleAndMoneyFile.format)'")
        }
        if let planID = text(root, "plan", [], required: false), let plan, plan.plan.id != planID {
            report(root.mapping?["plan"], [.key("plan")], "belongs to plan '\(planID)', but the plan loaded is '\(plan.plan.id)'")
        }
        var result = PeopleAndMoney()
        result.organisations = organisations(root)
        result.parties = parties(root, newOrganisations: Set(result.organisations.map(\.id)))
        result.activities = activities(root)
        let partyIDs = Set(result.parties.map(\.id)), activityIDs = Set(result.activities.map(\.id))
        (result.capacityYears, result.commitments) = capacity(root, parties: partyIDs, activities: activityIDs)
        (result.budgetLines, result.fundings, result.spendings, result.budgetNotes) = budget(root, parties: partyIDs)
        result.reviews = reviews(root, activities: activityIDs)
        result.investments = investments(root)
        return result
    }

    // MARK: Parties and activities

    private mutating func organisations(_ root: Node) -> [Organisation] {
        var seen = Set<String>(), result: [Organisation] = []
        let planIDs = Set(plan?.organisations.map(\.id) ?? [])
        for (index, node) in list(root, "organisations", []).enumerated() {
            let path: [PathComponent] = [.key("organisations"), .index(index)]
            let id = identifier(node, path, unique: &seen, kind: "organisations")
            if let id, planIDs.contains(id) {
                report(node.mapping?["id"], path + [.key("id")], "'\(id)' is already an organisation of the plan file; list it under parties only")
            }
            let name = text(node, "name", path, required: true)
            let kind: Organisation.Kind? = choice(node, "kind", path, required: true)
            let country: Organisation.Country? = choice(node, "country", path, required: true)
            let aliases = texts(node, "aliases", path), mentions = texts(node, "mentions", path)
            if let id, let name, let kind, let country {
                result.append(Organisation(id: id, name: name, aliases: aliases, kind: kind, country: country, mentions: mentions))
            }
        }
        return result
    }

    private mutating func parties(_ root: Node, newOrganisations: Set<String>) -> [Party] {
        var seen = Set<String>(), result: [Party] = []
        let planIDs = plan.map { Set($0.organisations.map(\.id)) }
        for (index, node) in list(root, "parties", []).enumerated() {
            let path: [PathComponent] = [.key("parties"), .index(index)]
            let id = identifier(node, path, unique: &seen, kind: "parties")
            if let id, let planIDs, !planIDs.contains(id), !newOrganisations.contains(id) {
                report(node.mapping?["id"], path + [.key("id")],
                       "refers to organisation '\(id)', which neither this file nor the plan file defines")
            }
            let label = text(node, "label", path, required: true)
            if let id, let label { result.append(Party(id: id, label: label)) }
        }
        return result
    }

    private mutating func activities(_ root: Node) -> [CapacityActivity] {
        var seen = Set<String>(), result: [CapacityActivity] = []
        let nodes = list(root, "activities", [])
        for (index, node) in nodes.enumerated() {
            let path: [PathComponent] = [.key("activities"), .index(index)]
            let id = identifier(node, path, unique: &seen, kind: "activities")
            let name = text(node, "name", path, required: true)
            let kind: CapacityActivity.Kind? = choice(node, "kind", path, required: true)
            let partOf = text(node, "partOf", path, required: false)
            let body = text(node, "body", path, required: false), team = text(node, "team", path, required: false)
            if let body, let plan { check(body, in: Set(plan.bodies.map(\.id)), kind: "body", node, path + [.key("body")]) }
            if let team, let plan { check(team, in: Set(plan.teams.map(\.id)), kind: "team", node, path + [.key("team")]) }
            if let id, let name, let kind {
                result.append(CapacityActivity(id: id, name: name, kind: kind, partOf: partOf, body: body, team: team))
            }
        }
        let parents = Dictionary(result.map { ($0.id, $0.partOf) }, uniquingKeysWith: { first, _ in first })
        for (index, node) in nodes.enumerated() {
            // Only the activity whose partOf it is: a repeated id (reported above) must not borrow the first one's.
            guard let id = node.mapping?["id"]?.string, let partOf = parents[id] ?? nil,
                  node.mapping?["partOf"]?.string == partOf else { continue }
            let path: [PathComponent] = [.key("activities"), .index(index), .key("partOf")]
            check(partOf, in: seen, kind: "activity", node, path)
            // Subtotals follow partOf upwards; a loop would make an activity part of itself.
            var next: String? = partOf, steps = 0
            while let current = next, steps <= result.count {
                if current == id {
                    report(node.mapping?["partOf"], path, "makes '\(id)' part of itself")
                    break
                }
                next = parents[current] ?? nil
                steps += 1
            }
        }
        return result
    }

    // MARK: Tabel Mensen

    private mutating func capacity(_ root: Node, parties: Set<String>, activities: Set<String>) -> ([CapacityYear], [CapacityCommitment]) {
        var years: [CapacityYear] = [], commitments: [CapacityCommitment] = [], seenYears = Set<Int>()
        for (index, node) in list(root, "capacity", []).enumerated() {
            let path: [PathComponent] = [.key("capacity"), .index(index)]
            let year = year(node, path, unique: &seenYears, in: "capacity")
            var rate: CapacityRate?, rateNote: String?
            if let rateNode = field(node, "rate", path, required: false) {
                let ratePath = path + [.key("rate")]
                if let perFTE = money(rateNode, "perFTE", ratePath, required: true) {
                    if perFTE.cents <= 0 { report(rateNode.mapping?["perFTE"], ratePath + [.key("perFTE")], "should be more than zero") }
                    rate = CapacityRate(perFTEPerYear: perFTE)
                }
                rateNote = text(rateNode, "note", ratePath, required: false)
            }
            var rows: [CapacityYear.Row] = [], seenRows = Set<String>()
            for (r, rowNode) in list(node, "rows", path).enumerated() {
                let rowPath = path + [.key("rows"), .index(r)]
                let activity = text(rowNode, "activity", rowPath, required: true)
                if let activity {
                    check(activity, in: activities, kind: "activity", rowNode, rowPath + [.key("activity")])
                    if !seenRows.insert(activity).inserted {
                        report(rowNode.mapping?["activity"], rowPath + [.key("activity")], "'\(activity)' has a row already in \(year.map(String.init) ?? "this year")")
                    }
                }
                var seenParties = Set<String>()
                for (c, cell) in list(rowNode, "commitments", rowPath).enumerated() {
                    let cellPath = rowPath + [.key("commitments"), .index(c)]
                    let party = partyReference(cell, "party", cellPath, parties: parties, unique: &seenParties)
                    let amount = amount(cell, "amount", cellPath)
                    let note = text(cell, "note", cellPath, required: false)
                    if let year, let activity, let party, let amount {
                        commitments.append(CapacityCommitment(year: year, activity: activity, party: party, amount: amount, note: note))
                    }
                }
                let stated = statedAmounts(rowNode, "stated", rowPath, parties: parties)
                if let activity { rows.append(.init(activity: activity, note: text(rowNode, "note", rowPath, required: false), stated: stated)) }
            }
            var statedTotals: [String: CapacityAmount] = [:], statedOverall: CapacityAmount?, statedLabel: String?
            if let statedNode = field(node, "stated", path, required: false) {
                let statedPath = path + [.key("stated")]
                statedLabel = text(statedNode, "label", statedPath, required: false)
                statedTotals = statedAmounts(statedNode, "totals", statedPath, parties: parties)
                if statedNode.mapping?["overall"] != nil { statedOverall = amount(statedNode, "overall", statedPath) }
            }
            if let year {
                years.append(CapacityYear(
                    year: year, note: text(node, "note", path, required: false), rows: rows, rate: rate, rateNote: rateNote,
                    statedTotals: statedTotals, statedOverall: statedOverall, statedLabel: statedLabel))
            }
        }
        return (years, commitments)
    }

    private mutating func statedAmounts(_ node: Node, _ key: String, _ path: [PathComponent], parties: Set<String>) -> [String: CapacityAmount] {
        var result: [String: CapacityAmount] = [:], seen = Set<String>()
        for (index, item) in list(node, key, path).enumerated() {
            let itemPath = path + [.key(key), .index(index)]
            let party = partyReference(item, "party", itemPath, parties: parties, unique: &seen)
            if let amount = amount(item, "amount", itemPath), let party { result[party] = amount }
        }
        return result
    }

    // MARK: Tabel Middelen

    private mutating func budget(_ root: Node, parties: Set<String>) -> ([BudgetLine], [Funding], [Spending], [Int: String]) {
        var lines: [BudgetLine] = [], fundings: [Funding] = [], spendings: [Spending] = [], notes: [Int: String] = [:]
        var seenYears = Set<Int>(), seenLines = Set<String>()
        for (index, node) in list(root, "budget", []).enumerated() {
            let path: [PathComponent] = [.key("budget"), .index(index)]
            let year = year(node, path, unique: &seenYears, in: "budget")
            if let year, let note = text(node, "note", path, required: false) { notes[year] = note }
            for (l, lineNode) in list(node, "lines", path).enumerated() {
                let linePath = path + [.key("lines"), .index(l)]
                let id = identifier(lineNode, linePath, unique: &seenLines, kind: "budget lines")
                let name = text(lineNode, "name", linePath, required: true)
                let budgeted = money(lineNode, "budgeted", linePath, required: true)
                if let year, let id, let name, let budgeted {
                    lines.append(BudgetLine(id: id, year: year, name: name, budgeted: budgeted, note: text(lineNode, "note", linePath, required: false)))
                }
                fundings += self.fundings(lineNode, linePath, year: year, line: id, parties: parties)
                for (s, spendingNode) in list(lineNode, "spending", linePath).enumerated() {
                    let spendingPath = linePath + [.key("spending"), .index(s)]
                    let from = yearMonth(spendingNode, "from", spendingPath), until = yearMonth(spendingNode, "until", spendingPath)
                    if let from, let until, until < from {
                        report(spendingNode.mapping?["until"], spendingPath + [.key("until")], "ends (\(until)) before it starts (\(from))")
                    }
                    let amount = money(spendingNode, "amount", spendingPath, required: true, allowNegative: true)
                    if let id, let from, let until, let amount {
                        spendings.append(Spending(line: id, from: from, until: until, amount: amount,
                                                  note: text(spendingNode, "note", spendingPath, required: false)))
                    }
                }
            }
            fundings += self.fundings(node, path, year: year, line: nil, parties: parties)
        }
        return (lines, fundings, spendings, notes)
    }

    private mutating func fundings(_ node: Node, _ path: [PathComponent], year: Int?, line: String?, parties: Set<String>) -> [Funding] {
        var result: [Funding] = []
        for (index, item) in list(node, "funding", path).enumerated() {
            let itemPath = path + [.key("funding"), .index(index)]
            var unused = Set<String>()
            let financier = partyReference(item, "financier", itemPath, parties: parties, unique: &unused)
            let amount = money(item, "amount", itemPath, required: true)
            if let year, let financier, let amount {
                result.append(Funding(year: year, financier: financier, amount: amount, line: line, note: text(item, "note", itemPath, required: false)))
            }
        }
        return result
    }

    // MARK: Reviews and investments

    private mutating func reviews(_ root: Node, activities: Set<String>) -> [CapacityReview] {
        var seen = Set<String>(), result: [CapacityReview] = []
        for (index, node) in list(root, "reviews", []).enumerated() {
            let path: [PathComponent] = [.key("reviews"), .index(index)]
            let id = identifier(node, path, unique: &seen, kind: "reviews")
            let date = text(node, "date", path, required: true)
            if let date, !ISODate.isValid(date) { report(node.mapping?["date"], path + [.key("date")], "'\(date)' is not a date (yyyy-mm-dd)") }
            let body = text(node, "body", path, required: true)
            if let body, let plan { check(body, in: Set(plan.bodies.map(\.id)), kind: "body", node, path + [.key("body")]) }
            var decisions: [CapacityReview.Decision] = []
            for (d, decisionNode) in list(node, "decisions", path).enumerated() {
                let decisionPath = path + [.key("decisions"), .index(d)]
                let activity = text(decisionNode, "activity", decisionPath, required: true)
                if let activity { check(activity, in: activities, kind: "activity", decisionNode, decisionPath + [.key("activity")]) }
                let verdict: CapacityReview.Verdict? = choice(decisionNode, "verdict", decisionPath, required: true)
                let reason = text(decisionNode, "reason", decisionPath, required: true)
                if let activity, let verdict, let reason { decisions.append(.init(activity: activity, verdict: verdict, reason: reason)) }
            }
            if let id, let date, let body {
                result.append(CapacityReview(id: id, date: date, body: body, decisions: decisions, note: text(node, "note", path, required: false)))
            }
        }
        return result
    }

    private mutating func investments(_ root: Node) -> [Investment] {
        var seen = Set<String>(), result: [Investment] = []
        for (index, node) in list(root, "investments", []).enumerated() {
            let path: [PathComponent] = [.key("investments"), .index(index)]
            let id = identifier(node, path, unique: &seen, kind: "investments")
            let line = text(node, "actionLine", path, required: true)
            if let line, let plan { check(line, in: Set(plan.actionLines.map(\.id)), kind: "action line", node, path + [.key("actionLine")]) }
            let source: Investment.Source? = choice(node, "source", path, required: true)
            let status: Investment.Status? = choice(node, "status", path, required: true)
            let amount = money(node, "amount", path, required: true)
            let description = text(node, "description", path, required: true)
            if let id, let line, let source, let status, let amount, let description {
                result.append(Investment(id: id, actionLine: line, source: source, status: status, amount: amount, description: description))
            }
        }
        return result
    }

    // MARK: Values, each reported at its own place

    /// A problem at `node`, or, where there is none, at the deepest value along `path`: every problem has a place.
    private mutating func report(_ node: Node?, _ path: [PathComponent], _ message: String) {
        let mark = node?.mark ?? root.flatMap { locate(path, in: $0) }
        problems.append(.init(line: mark?.line ?? 1, column: mark?.column ?? 1, field: fieldName(path), message: message))
    }

    /// The value under `key`, or nil when it is absent or empty (reported when required).
    private mutating func field(_ parent: Node, _ key: String, _ path: [PathComponent], required: Bool) -> Node? {
        guard let value = parent.mapping?[key], value.null == nil else {
            if required { report(parent.mapping?[key] ?? parent, path + [.key(key)], "is required but missing") }
            return nil
        }
        return value
    }

    private mutating func list(_ parent: Node, _ key: String, _ path: [PathComponent]) -> [Node] {
        guard let value = field(parent, key, path, required: false) else { return [] }
        guard let sequence = value.sequence else {
            report(value, path + [.key(key)], "should be a list")
            return []
        }
        return Array(sequence)
    }

    private mutating func text(_ parent: Node, _ key: String, _ path: [PathComponent], required: Bool) -> String? {
        guard let value = field(parent, key, path, required: required) else { return nil }
        guard let scalar = value.scalar else {
            report(value, path + [.key(key)], "should be text")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            if required { report(value, path + [.key(key)], "is required but empty") }
            return nil
        }
        return text
    }

    private mutating func texts(_ parent: Node, _ key: String, _ path: [PathComponent]) -> [String] {
        list(parent, key, path).enumerated().compactMap { index, item in
            guard let scalar = item.scalar else {
                report(item, path + [.key(key), .index(index)], "should be text")
                return nil
            }
            return scalar.string
        }
    }

    private mutating func identifier(_ node: Node, _ path: [PathComponent], unique seen: inout Set<String>, kind: String) -> String? {
        guard let id = text(node, "id", path, required: true) else { return nil }
        let value = node.mapping?["id"]
        if !Slug.isValid(id) {
            report(value, path + [.key("id")], "'\(id)' is not a valid id (lower-case letters, digits and hyphens, at most \(Slug.maximumLength))")
            return nil
        }
        if !seen.insert(id).inserted {
            report(value, path + [.key("id")], "'\(id)' is used twice in \(kind)")
            return nil
        }
        return id
    }

    private mutating func check(_ id: String, in known: Set<String>, kind: String, _ parent: Node, _ path: [PathComponent]) {
        if !known.contains(id) {
            let key = path.last.flatMap { if case let .key(key) = $0 { key } else { nil } }
            report(key.flatMap { parent.mapping?[$0] } ?? parent, path, "refers to \(kind) '\(id)', which is not defined")
        }
    }

    private mutating func partyReference(
        _ node: Node, _ key: String, _ path: [PathComponent], parties: Set<String>, unique seen: inout Set<String>
    ) -> String? {
        guard let party = text(node, key, path, required: true) else { return nil }
        guard parties.contains(party) else {
            report(node.mapping?[key], path + [.key(key)], "refers to party '\(party)', which is not under parties")
            return nil
        }
        if !seen.insert(party).inserted {
            report(node.mapping?[key], path + [.key(key)], "'\(party)' is given twice here")
            return nil
        }
        return party
    }

    private mutating func year(_ node: Node, _ path: [PathComponent], unique seen: inout Set<Int>, in section: String) -> Int? {
        guard let text = text(node, "year", path, required: true) else { return nil }
        guard let year = Int(text), (1900...2200).contains(year) else {
            report(node.mapping?["year"], path + [.key("year")], "'\(text)' is not a year")
            return nil
        }
        if !seen.insert(year).inserted {
            report(node.mapping?["year"], path + [.key("year")], "\(year) appears twice in \(section)")
            return nil
        }
        return year
    }

    private mutating func yearMonth(_ node: Node, _ key: String, _ path: [PathComponent]) -> YearMonth? {
        guard let text = text(node, key, path, required: true) else { return nil }
        guard let value = YearMonth(text) else {
            report(node.mapping?[key], path + [.key(key)], "'\(text)' is not a year and month (yyyy-mm)")
            return nil
        }
        return value
    }

    private mutating func amount(_ node: Node, _ key: String, _ path: [PathComponent]) -> CapacityAmount? {
        guard let text = text(node, key, path, required: true) else { return nil }
        do {
            return try CapacityAmount(parsing: text)
        } catch {
            report(node.mapping?[key], path + [.key(key)], error.message)
            return nil
        }
    }

    private mutating func money(
        _ node: Node, _ key: String, _ path: [PathComponent], required: Bool, allowNegative: Bool = false
    ) -> Money? {
        guard let text = text(node, key, path, required: required) else { return nil }
        do {
            return try Money(parsing: text, allowNegative: allowNegative)
        } catch {
            report(node.mapping?[key], path + [.key(key)], error.message)
            return nil
        }
    }

    private mutating func choice<Value: RawRepresentable<String> & CaseIterable>(
        _ node: Node, _ key: String, _ path: [PathComponent], required: Bool
    ) -> Value? {
        guard let text = text(node, key, path, required: required) else { return nil }
        guard let value = Value(rawValue: text) else {
            report(node.mapping?[key], path + [.key(key)],
                   "'\(text)' is not one of: \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }
}
