import Core
import FluentKit
import Foundation
import SQLKit

/// Reads and writes the people-and-money data: loaded whole from a file, or one record at a
/// time by a person, each write in one transaction with its audit record.
public final class PeopleAndMoneyStore: Sendable {
    private let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    /// On the database the register is kept in.
    public convenience init(beside register: RegisterStore) {
        self.init(database: register.database)
    }

    public func isEmpty() async throws -> Bool {
        try await MoneyPartyModel.query(on: database.database).count() == 0
    }

    /// Everything as stored now; nil when nothing has been loaded. One query per table.
    public func current() async throws -> PeopleAndMoneySnapshot? {
        let records = try await database.database.transaction { db in try await PeopleAndMoneyRecords.read(on: db) }
        if records.parties.isEmpty && records.activities.isEmpty { return nil }
        return try records.snapshot()
    }

    /// Loads the data of a people-and-money file: all of it or, on any failure, nothing.
    public func load(_ data: PeopleAndMoney, replacing: Bool, by actor: String = "stip seed") async throws {
        try await database.write(raising: .peopleAndMoney) { db in
            let existing = try await MoneyPartyModel.query(on: db).count()
            if existing > 0 && !replacing { throw PeopleAndMoneyRefusal.alreadyLoaded }
            try await PeopleAndMoneyRecords.deleteAll(on: db)
            try await PeopleAndMoneyRecords(data).create(on: db)
            let summary: [String: String] = [
                "parties": data.parties.map(\.id).joined(separator: "; "),
                "capacityYears": data.capacityYears.map { String($0.year) }.joined(separator: "; "),
                "commitments": String(data.commitments.count),
                "budgetLines": String(data.budgetLines.count),
                "reviews": String(data.reviews.count),
                "investments": String(data.investments.count),
            ]
            try await Self.audit(accountID: nil, email: actor, "people_and_money", "all", existing == 0 ? .create : .update,
                                 before: nil, after: summary, on: db)
        }
    }

    // MARK: Capacity

    /// Adds a commitment (`version` 0) or changes one from the version the edit began with.
    /// A year or a row the table does not have yet is added; returns the version saved.
    @discardableResult
    public func saveCommitment(
        _ commitment: CapacityCommitment, version: Int, by account: Account,
        alongside: @escaping @Sendable (any Database) async throws -> Void = { _ in }
    ) async throws -> Int {
        try await database.write(raising: .peopleAndMoney) { db in
            try await alongside(db)
            guard try await MoneyPartyModel.find(commitment.party, on: db) != nil else { throw PeopleAndMoneyRefusal.unknownParty(commitment.party) }
            guard try await CapacityActivityModel.find(commitment.activity, on: db) != nil else {
                throw PeopleAndMoneyRefusal.unknownActivity(commitment.activity)
            }
            if version == 0 {
                if let existing = try await CapacityCommitmentModel.find(commitment.id, on: db) {
                    throw PeopleAndMoneyRefusal.conflict(version: existing.version)
                }
                try await Self.ensureRow(year: commitment.year, activity: commitment.activity, on: db)
                let position = try await CapacityCommitmentModel.query(on: db).count()
                try await PeopleAndMoneyRecords.commitmentModel(commitment, position: position, version: 1).create(on: db)
                try await Self.audit(account, "capacity_commitments", commitment.id, .create, before: nil, after: Self.fields(commitment), on: db)
                return 1
            }
            let row: CapacityCommitmentModel = try await Self.claim(commitment.id, from: version, on: db)
            let before = CapacityCommitment(year: row.year, activity: row.activityID, party: row.partyID,
                                            amount: try PeopleAndMoneyRecords.amount(row.amount), note: row.note)
            row.amount = commitment.amount.description
            row.note = commitment.note
            try await row.update(on: db)
            try await Self.audit(account, "capacity_commitments", commitment.id, .update,
                                 before: Self.fields(before), after: Self.fields(commitment), on: db)
            return row.version
        }
    }

    /// The same, from the amount as typed ('1,5 d/w x 4'); a typing error is thrown as it is.
    @discardableResult
    public func saveCommitment(year: Int, activity: String, party: String, amount text: String, note: String? = nil,
                               version: Int, by account: Account) async throws -> Int {
        let amount = try CapacityAmount(parsing: text)
        return try await saveCommitment(CapacityCommitment(year: year, activity: activity, party: party, amount: amount, note: note),
                                        version: version, by: account)
    }

    /// Sets (or with nil, removes) the rate that translates a year's FTE into euros.
    @discardableResult
    public func setRate(year: Int, rate: CapacityRate?, version: Int, by account: Account) async throws -> Int {
        try await database.write(raising: .peopleAndMoney) { db in
            var from = version
            if version == 0 {
                if let existing = try await CapacityYearModel.find(year, on: db) { throw PeopleAndMoneyRefusal.conflict(version: existing.version) }
                try await Self.ensureRow(year: year, activity: nil, on: db)
                from = 1
            }
            let row: CapacityYearModel = try await Self.claim(year, from: from, on: db)
            let before = ["year": String(year), "rate": row.rateCents.map { Money(cents: $0).description } ?? ""]
            row.rateCents = rate?.perFTEPerYear.cents
            try await row.update(on: db)
            try await Self.audit(account, "capacity_years", String(year), .update, before: before,
                                 after: ["year": String(year), "rate": rate.map { $0.perFTEPerYear.description } ?? ""], on: db)
            return row.version
        }
    }

    // MARK: Budget

    /// Records realisation on a budget line (a negative amount corrects an earlier entry).
    public func addSpending(_ spending: Spending, by account: Account) async throws {
        try await database.write(raising: .peopleAndMoney) { db in
            guard try await BudgetLineModel.find(spending.line, on: db) != nil else { throw PeopleAndMoneyRefusal.unknownBudgetLine(spending.line) }
            let position = try await SpendingModel.query(on: db).count()
            let row = PeopleAndMoneyRecords.spendingModel(spending, position: position)
            try await row.create(on: db)
            try await Self.audit(account, "spendings", row.id ?? "", .create, before: nil, after: [
                "line": spending.line, "from": spending.from.description, "until": spending.until.description,
                "amount": spending.amount.description, "note": spending.note ?? "",
            ], on: db)
        }
    }

    // MARK: Reviews

    public func addReview(_ review: CapacityReview, by account: Account) async throws {
        try await database.write(raising: .peopleAndMoney) { db in
            if try await CapacityReviewModel.find(review.id, on: db) != nil { throw PeopleAndMoneyRefusal.idTaken(review.id) }
            for decision in review.decisions where try await CapacityActivityModel.find(decision.activity, on: db) == nil {
                throw PeopleAndMoneyRefusal.unknownActivity(decision.activity)
            }
            let position = try await CapacityReviewModel.query(on: db).count()
            let (row, decisions) = PeopleAndMoneyRecords.reviewModels(review, position: position)
            try await row.create(on: db)
            for decision in decisions { try await decision.create(on: db) }
            var after = ["date": review.date, "body": review.body, "note": review.note ?? ""]
            for decision in review.decisions { after[decision.activity] = "\(decision.verdict.rawValue): \(decision.reason)" }
            try await Self.audit(account, "capacity_reviews", review.id, .create, before: nil, after: after, on: db)
        }
    }

    // MARK: Investments

    /// Adds an investment (`version` 0) or changes one from the version the edit began with.
    @discardableResult
    public func saveInvestment(_ investment: Investment, version: Int, by account: Account) async throws -> Int {
        try await database.write(raising: .peopleAndMoney) { db in
            if version == 0 {
                if try await InvestmentModel.find(investment.id, on: db) != nil { throw PeopleAndMoneyRefusal.idTaken(investment.id) }
                let position = try await InvestmentModel.query(on: db).count()
                try await PeopleAndMoneyRecords.investmentModel(investment, position: position, version: 1).create(on: db)
                try await Self.audit(account, "investments", investment.id, .create, before: nil, after: Self.fields(investment), on: db)
                return 1
            }
            let row: InvestmentModel = try await Self.claim(investment.id, from: version, on: db)
            let before: [String: String] = [
                "actionLine": row.actionLineID, "source": row.source, "status": row.status,
                "amount": Money(cents: row.amountCents).description, "description": row.description,
            ]
            let stored = PeopleAndMoneyRecords.investmentModel(investment, position: row.position, version: row.version)
            row.actionLineID = stored.actionLineID
            row.source = stored.source
            row.status = stored.status
            row.amountCents = stored.amountCents
            row.description = stored.description
            try await row.update(on: db)
            try await Self.audit(account, "investments", investment.id, .update, before: before, after: Self.fields(investment), on: db)
            return row.version
        }
    }

    // MARK: Versions, rows, audit

    /// Raises the record's version in one statement, which takes its row lock (PostgreSQL) or
    /// the write lock (SQLite), then checks it is the next one after what the edit began from.
    private static func claim<Row: Model>(_ id: Row.IDValue, from version: Int, on db: any Database) async throws -> Row
    where Row.IDValue: Encodable & Sendable & CustomStringConvertible {
        if let sql = db as? any SQLDatabase {
            try await sql.raw("UPDATE \(ident: Row.schema) SET version = version + 1 WHERE id = \(bind: id)").run()
        }
        guard let row = try await Row.find(id, on: db) else { throw PeopleAndMoneyRefusal.notFound(id.description) }
        let stored = (row as? any Versioned)?.storedVersion ?? 0
        if stored != version + 1 { throw PeopleAndMoneyRefusal.conflict(version: stored - 1) }
        return row
    }

    /// Makes the year and its row for the activity when a first commitment names them.
    private static func ensureRow(year: Int, activity: String?, on db: any Database) async throws {
        if try await CapacityYearModel.find(year, on: db) == nil {
            try await PeopleAndMoneyRecords.yearModel(CapacityYear(year: year, rows: [])).create(on: db)
        }
        guard let activity else { return }
        let rows = try await CapacityRowModel.query(on: db).filter(\.$year == year).all()
        guard !rows.contains(where: { $0.activityID == activity }) else { return }
        let row = CapacityRowModel()
        row.id = UUID().uuidString.lowercased()
        row.year = year
        row.position = rows.count
        row.activityID = activity
        try await row.create(on: db)
    }

    private static func fields(_ commitment: CapacityCommitment) -> [String: String] {
        ["year": String(commitment.year), "activity": commitment.activity, "party": commitment.party,
         "amount": commitment.amount.description, "fte": commitment.amount.fte?.description ?? "PM", "note": commitment.note ?? ""]
    }

    private static func fields(_ investment: Investment) -> [String: String] {
        ["actionLine": investment.actionLine, "source": investment.source.rawValue, "status": investment.status.rawValue,
         "amount": investment.amount.description, "description": investment.description]
    }

    private static func audit(_ account: Account, _ entity: String, _ id: String, _ operation: AuditRecord.Operation,
                              before: [String: String]?, after: [String: String]?, on db: any Database) async throws {
        try await audit(accountID: account.id, email: account.email, entity, id, operation, before: before, after: after, on: db)
    }

    private static func audit(accountID: String?, email: String, _ entity: String, _ id: String, _ operation: AuditRecord.Operation,
                              before: [String: String]?, after: [String: String]?, on db: any Database) async throws {
        try await AuditTrail.write(AuditRecord(
            id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: accountID, accountEmail: email, entity: entity,
            entityID: id, operation: operation, before: before.map { RegisterStore.json($0) }, after: after.map { RegisterStore.json($0) }), on: db)
    }
}

/// A row that carries a version for optimistic locking.
private protocol Versioned {
    var storedVersion: Int { get }
}

extension CapacityCommitmentModel: Versioned { var storedVersion: Int { version } }
extension InvestmentModel: Versioned { var storedVersion: Int { version } }
extension CapacityYearModel: Versioned { var storedVersion: Int { version } }
