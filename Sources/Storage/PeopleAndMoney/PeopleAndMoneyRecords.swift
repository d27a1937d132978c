import Core
import FluentKit
import Foundation

/// The rows the people-and-money data is stored as, made from the Core value and read back
/// into it. Order is kept in `position` columns, so a round trip gives back an equal value.
struct PeopleAndMoneyRecords {
    var organisations: [MoneyOrganisationModel] = []
    var parties: [MoneyPartyModel] = []
    var activities: [CapacityActivityModel] = []
    var years: [CapacityYearModel] = []
    var rows: [CapacityRowModel] = []
    var stated: [CapacityStatedAmountModel] = []
    var commitments: [CapacityCommitmentModel] = []
    var budgetNotes: [BudgetNoteModel] = []
    var lines: [BudgetLineModel] = []
    var fundings: [FundingModel] = []
    var spendings: [SpendingModel] = []
    var reviews: [CapacityReviewModel] = []
    var decisions: [CapacityReviewDecisionModel] = []
    var investments: [InvestmentModel] = []

    init() {}

    init(_ data: PeopleAndMoney) {
        for (index, organisation) in data.organisations.enumerated() {
            let row = MoneyOrganisationModel()
            row.id = organisation.id
            row.position = index
            row.name = organisation.name
            row.aliases = organisation.aliases
            row.kind = organisation.kind.rawValue
            row.country = organisation.country.rawValue
            row.mentions = organisation.mentions
            organisations.append(row)
        }
        for (index, party) in data.parties.enumerated() {
            let row = MoneyPartyModel()
            row.id = party.id
            row.position = index
            row.label = party.label
            parties.append(row)
        }
        for (index, activity) in data.activities.enumerated() {
            let row = CapacityActivityModel()
            row.id = activity.id
            row.position = index
            row.name = activity.name
            row.kind = activity.kind.rawValue
            row.partOf = activity.partOf
            row.bodyID = activity.body
            row.teamID = activity.team
            activities.append(row)
        }
        for year in data.capacityYears {
            years.append(Self.yearModel(year))
            for (index, entry) in year.rows.enumerated() {
                let row = CapacityRowModel()
                row.id = UUID().uuidString.lowercased()
                row.year = year.year
                row.position = index
                row.activityID = entry.activity
                row.note = entry.note
                rows.append(row)
                addStated(entry.stated, year: year.year, activity: entry.activity, parties: data.parties)
            }
            addStated(year.statedTotals, year: year.year, activity: nil, parties: data.parties)
        }
        for (index, commitment) in data.commitments.enumerated() {
            commitments.append(Self.commitmentModel(commitment, position: index, version: 1))
        }
        for (year, note) in data.budgetNotes.sorted(by: { $0.key < $1.key }) {
            let row = BudgetNoteModel()
            row.id = year
            row.note = note
            budgetNotes.append(row)
        }
        for (index, line) in data.budgetLines.enumerated() {
            let row = BudgetLineModel()
            row.id = line.id
            row.year = line.year
            row.position = index
            row.name = line.name
            row.budgetedCents = line.budgeted.cents
            row.note = line.note
            row.version = 1
            lines.append(row)
        }
        for (index, funding) in data.fundings.enumerated() {
            let row = FundingModel()
            row.id = UUID().uuidString.lowercased()
            row.year = funding.year
            row.position = index
            row.financierID = funding.financier
            row.lineID = funding.line
            row.amountCents = funding.amount.cents
            row.note = funding.note
            fundings.append(row)
        }
        for (index, spending) in data.spendings.enumerated() {
            spendings.append(Self.spendingModel(spending, position: index))
        }
        for (index, review) in data.reviews.enumerated() {
            let (row, decisionRows) = Self.reviewModels(review, position: index)
            reviews.append(row)
            decisions += decisionRows
        }
        for (index, investment) in data.investments.enumerated() {
            investments.append(Self.investmentModel(investment, position: index, version: 1))
        }
    }

    /// Per party in the order of the columns, so the stored order does not hang on a dictionary's.
    private mutating func addStated(_ amounts: [String: CapacityAmount], year: Int, activity: String?, parties: [Party]) {
        let order = parties.map(\.id) + amounts.keys.sorted().filter { key in !parties.contains { $0.id == key } }
        for party in order {
            guard let amount = amounts[party] else { continue }
            let row = CapacityStatedAmountModel()
            row.id = UUID().uuidString.lowercased()
            row.year = year
            row.position = stated.count
            row.activityID = activity
            row.partyID = party
            row.amount = amount.description
            stated.append(row)
        }
    }

    // MARK: One row from one value

    static func yearModel(_ year: CapacityYear, version: Int = 1) -> CapacityYearModel {
        let row = CapacityYearModel()
        row.id = year.year
        row.note = year.note
        row.rateCents = year.rate?.perFTEPerYear.cents
        row.rateNote = year.rateNote
        row.statedLabel = year.statedLabel
        row.statedOverall = year.statedOverall?.description
        row.version = version
        return row
    }

    static func commitmentModel(_ commitment: CapacityCommitment, position: Int, version: Int) -> CapacityCommitmentModel {
        let row = CapacityCommitmentModel()
        row.id = commitment.id
        row.year = commitment.year
        row.position = position
        row.activityID = commitment.activity
        row.partyID = commitment.party
        row.amount = commitment.amount.description
        row.note = commitment.note
        row.version = version
        return row
    }

    static func spendingModel(_ spending: Spending, position: Int) -> SpendingModel {
        let row = SpendingModel()
        row.id = UUID().uuidString.lowercased()
        row.position = position
        row.lineID = spending.line
        row.from = spending.from.description
        row.until = spending.until.description
        row.amountCents = spending.amount.cents
        row.note = spending.note
        return row
    }

    static func reviewModels(_ review: CapacityReview, position: Int) -> (CapacityReviewModel, [CapacityReviewDecisionModel]) {
        let row = CapacityReviewModel()
        row.id = review.id
        row.position = position
        row.date = review.date
        row.bodyID = review.body
        row.note = review.note
        let decisions = review.decisions.enumerated().map { index, decision in
            let row = CapacityReviewDecisionModel()
            row.id = UUID().uuidString.lowercased()
            row.reviewID = review.id
            row.position = index
            row.activityID = decision.activity
            row.verdict = decision.verdict.rawValue
            row.reason = decision.reason
            return row
        }
        return (row, decisions)
    }

    static func investmentModel(_ investment: Investment, position: Int, version: Int) -> InvestmentModel {
        let row = InvestmentModel()
        row.id = investment.id
        row.position = position
        row.actionLineID = investment.actionLine
        row.source = investment.source.rawValue
        row.status = investment.status.rawValue
        row.amountCents = investment.amount.cents
        row.description = investment.description
        row.version = version
        return row
    }

    // MARK: Writing and reading whole

    func create(on db: any Database) async throws {
        // Parents before children, so references hold at every step.
        for row in organisations { try await row.create(on: db) }
        for row in parties { try await row.create(on: db) }
        for row in activities { try await row.create(on: db) }
        for row in years { try await row.create(on: db) }
        for row in rows { try await row.create(on: db) }
        for row in stated { try await row.create(on: db) }
        for row in commitments { try await row.create(on: db) }
        for row in budgetNotes { try await row.create(on: db) }
        for row in lines { try await row.create(on: db) }
        for row in fundings { try await row.create(on: db) }
        for row in spendings { try await row.create(on: db) }
        for row in reviews { try await row.create(on: db) }
        for row in decisions { try await row.create(on: db) }
        for row in investments { try await row.create(on: db) }
    }

    static func deleteAll(on db: any Database) async throws {
        try await InvestmentModel.query(on: db).delete()
        try await CapacityReviewDecisionModel.query(on: db).delete()
        try await CapacityReviewModel.query(on: db).delete()
        try await SpendingModel.query(on: db).delete()
        try await FundingModel.query(on: db).delete()
        try await BudgetLineModel.query(on: db).delete()
        try await BudgetNoteModel.query(on: db).delete()
        try await CapacityCommitmentModel.query(on: db).delete()
        try await CapacityStatedAmountModel.query(on: db).delete()
        try await CapacityRowModel.query(on: db).delete()
        try await CapacityYearModel.query(on: db).delete()
        try await CapacityActivityModel.query(on: db).delete()
        try await MoneyPartyModel.query(on: db).delete()
        try await MoneyOrganisationModel.query(on: db).delete()
    }

    /// One query per table.
    static func read(on db: any Database) async throws -> PeopleAndMoneyRecords {
        var records = PeopleAndMoneyRecords()
        records.organisations = try await MoneyOrganisationModel.query(on: db).sort(\.$position).all()
        records.parties = try await MoneyPartyModel.query(on: db).sort(\.$position).all()
        records.activities = try await CapacityActivityModel.query(on: db).sort(\.$position).all()
        records.years = try await CapacityYearModel.query(on: db).sort(\.$id).all()
        records.rows = try await CapacityRowModel.query(on: db).sort(\.$year).sort(\.$position).all()
        records.stated = try await CapacityStatedAmountModel.query(on: db).sort(\.$position).all()
        records.commitments = try await CapacityCommitmentModel.query(on: db).sort(\.$position).all()
        records.budgetNotes = try await BudgetNoteModel.query(on: db).all()
        records.lines = try await BudgetLineModel.query(on: db).sort(\.$position).all()
        records.fundings = try await FundingModel.query(on: db).sort(\.$position).all()
        records.spendings = try await SpendingModel.query(on: db).sort(\.$position).all()
        records.reviews = try await CapacityReviewModel.query(on: db).sort(\.$position).all()
        records.decisions = try await CapacityReviewDecisionModel.query(on: db).sort(\.$position).all()
        records.investments = try await InvestmentModel.query(on: db).sort(\.$position).all()
        return records
    }

    /// The Core value, with the versions of what a person edits.
    func snapshot() throws -> PeopleAndMoneySnapshot {
        var data = PeopleAndMoney()
        data.organisations = try organisations.map { row in
            guard let kind = Organisation.Kind(rawValue: row.kind), let country = Organisation.Country(rawValue: row.country) else {
                throw StorageError.corrupt("organisation \(row.id ?? "?") has kind '\(row.kind)' or country '\(row.country)'")
            }
            return Organisation(id: row.id ?? "", name: row.name, aliases: row.aliases, kind: kind, country: country, mentions: row.mentions)
        }
        data.parties = parties.map { Party(id: $0.id ?? "", label: $0.label) }
        data.activities = try activities.map { row in
            guard let kind = CapacityActivity.Kind(rawValue: row.kind) else {
                throw StorageError.corrupt("capacity activity \(row.id ?? "?") has kind '\(row.kind)'")
            }
            return CapacityActivity(id: row.id ?? "", name: row.name, kind: kind, partOf: row.partOf, body: row.bodyID, team: row.teamID)
        }
        data.capacityYears = try years.map { row in
            let year = row.id ?? 0
            let yearRows = try rows.filter { $0.year == year }.map { entry in
                CapacityYear.Row(activity: entry.activityID, note: entry.note,
                                 stated: try Self.amounts(stated.filter { $0.year == year && $0.activityID == entry.activityID }))
            }
            return CapacityYear(
                year: year, note: row.note, rows: yearRows, rate: row.rateCents.map { CapacityRate(perFTEPerYear: Money(cents: $0)) },
                rateNote: row.rateNote, statedTotals: try Self.amounts(stated.filter { $0.year == year && $0.activityID == nil }),
                statedOverall: try row.statedOverall.map { try Self.amount($0) }, statedLabel: row.statedLabel)
        }
        data.commitments = try commitments.map { row in
            CapacityCommitment(year: row.year, activity: row.activityID, party: row.partyID, amount: try Self.amount(row.amount), note: row.note)
        }
        data.budgetNotes = Dictionary(uniqueKeysWithValues: budgetNotes.map { ($0.id ?? 0, $0.note) })
        data.budgetLines = lines.map { BudgetLine(id: $0.id ?? "", year: $0.year, name: $0.name, budgeted: Money(cents: $0.budgetedCents), note: $0.note) }
        data.fundings = fundings.map {
            Funding(year: $0.year, financier: $0.financierID, amount: Money(cents: $0.amountCents), line: $0.lineID, note: $0.note)
        }
        data.spendings = try spendings.map { row in
            guard let from = YearMonth(row.from), let until = YearMonth(row.until) else {
                throw StorageError.corrupt("spending \(row.id ?? "?") has period '\(row.from)' to '\(row.until)'")
            }
            return Spending(line: row.lineID, from: from, until: until, amount: Money(cents: row.amountCents), note: row.note)
        }
        data.reviews = try reviews.map { row in
            let id = row.id ?? ""
            return CapacityReview(id: id, date: row.date, body: row.bodyID, decisions: try decisions.filter { $0.reviewID == id }.map { decision in
                guard let verdict = CapacityReview.Verdict(rawValue: decision.verdict) else {
                    throw StorageError.corrupt("review \(id) has verdict '\(decision.verdict)'")
                }
                return CapacityReview.Decision(activity: decision.activityID, verdict: verdict, reason: decision.reason)
            }, note: row.note)
        }
        data.investments = try investments.map { row in
            guard let source = Investment.Source(rawValue: row.source), let status = Investment.Status(rawValue: row.status) else {
                throw StorageError.corrupt("investment \(row.id ?? "?") has source '\(row.source)' or status '\(row.status)'")
            }
            return Investment(id: row.id ?? "", actionLine: row.actionLineID, source: source, status: status,
                              amount: Money(cents: row.amountCents), description: row.description)
        }
        return PeopleAndMoneySnapshot(
            data: data,
            commitmentVersions: Dictionary(uniqueKeysWithValues: commitments.map { ($0.id ?? "", $0.version) }),
            investmentVersions: Dictionary(uniqueKeysWithValues: investments.map { ($0.id ?? "", $0.version) }),
            capacityYearVersions: Dictionary(uniqueKeysWithValues: years.map { ($0.id ?? 0, $0.version) }))
    }

    static func amount(_ text: String) throws -> CapacityAmount {
        do {
            return try CapacityAmount(parsing: text)
        } catch {
            throw StorageError.corrupt("capacity amount '\(text)': \(error.message)")
        }
    }

    private static func amounts(_ rows: [CapacityStatedAmountModel]) throws -> [String: CapacityAmount] {
        var result: [String: CapacityAmount] = [:]
        for row in rows { result[row.partyID] = try amount(row.amount) }
        return result
    }
}
