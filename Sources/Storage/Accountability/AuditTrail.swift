import Core
import FluentKit
import Foundation
import SQLKit

/// Reads the audit trail. Writing happens only inside the transaction of a change.
public final class AuditTrail: Sendable {
    private let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    public struct Filter: Sendable, Equatable {
        public var entity: String?
        public var entityID: String?
        public var accountEmail: String?
        /// ISO dates, inclusive.
        public var from: String?
        public var until: String?

        public init(entity: String? = nil, entityID: String? = nil, accountEmail: String? = nil, from: String? = nil, until: String? = nil) {
            self.entity = entity
            self.entityID = entityID
            self.accountEmail = accountEmail
            self.from = from
            self.until = until
        }
    }

    /// Newest first.
    public func records(_ filter: Filter = Filter()) async throws -> [AuditRecord] {
        var query = AuditRecordModel.query(on: database.database)
        if let entity = filter.entity { query = query.filter(\.$entity == entity) }
        if let id = filter.entityID { query = query.filter(\.$entityID == id) }
        if let email = filter.accountEmail { query = query.filter(\.$accountEmail == email) }
        if let from = filter.from { query = query.filter(\.$at >= from) }
        // `until` is a day: everything that happened on it is in.
        if let until = filter.until { query = query.filter(\.$at < until + "T99") }
        return try await query.sort(\.$at, .descending).all().map(Self.record)
    }

    /// The same, for pages anyone may read: each record's author by name or role, not by e-mail.
    public func publicRecords(_ filter: Filter = Filter()) async throws -> [AuditRecord] {
        let names = try await PublicNames.load(on: database.database)
        return try await records(filter).map { record in
            var record = record
            record.accountEmail = names.author(of: record)
            return record
        }
    }

    static func record(_ row: AuditRecordModel) throws -> AuditRecord {
        guard let operation = AuditRecord.Operation(rawValue: row.operation) else {
            throw StorageError.corrupt("audit record \(row.id ?? "?") has operation '\(row.operation)'")
        }
        return AuditRecord(
            id: row.id ?? "", at: row.at, accountID: row.accountID, accountEmail: row.accountEmail, entity: row.entity,
            entityID: row.entityID, operation: operation, before: row.before, after: row.after)
    }

    /// Appends a record to the chain, inside the transaction of the change it records.
    static func write(_ record: AuditRecord, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        // Moving the head first takes its row lock (PostgreSQL) or the write lock (SQLite): writers
        // line up here, so two transactions never link to the same record and fork the chain.
        guard let head = try await sql.raw("UPDATE audit_chain_head SET position = position + 1 WHERE id = 1 RETURNING position, hash")
            .first(decoding: Head.self) else { throw StorageError.corrupt("the audit trail has no chain head") }
        let hash = AuditChain.hash(
            position: head.position, at: record.at, accountID: record.accountID, accountEmail: record.accountEmail, entity: record.entity,
            entityID: record.entityID, operation: record.operation.rawValue, before: record.before, after: record.after, previous: head.hash)
        // In SQL as written, not through Fluent's model: an edit's every statement counts.
        try await sql.insert(into: AuditRecordModel.schema)
            .columns("id", "at", "account_id", "account_email", "entity", "entity_id", "operation", "before", "after", "position", "previous_hash", "hash")
            .values(SQLBind(record.id), SQLBind(record.at), SQLBind(record.accountID), SQLBind(record.accountEmail), SQLBind(record.entity),
                    SQLBind(record.entityID), SQLBind(record.operation.rawValue), SQLBind(record.before), SQLBind(record.after),
                    SQLBind(head.position), SQLBind(head.hash), SQLBind(hash))
            .run()
        // The head takes the record's hash from a trigger (migration 0015), in the same statement.
    }

    private struct Head: Decodable {
        var position: Int64
        var hash: String
    }

    /// How many records the trail holds, from the chain's head: one row, however long the trail.
    public func length() async throws -> Int64 {
        let sql = database.sql(database.database)
        return try await sql.select().columns("position", "hash").from("audit_chain_head").where("id", .equal, 1).first(decoding: Head.self)?.position ?? 0
    }

    /// Walks the chain from the first record: every place taken once and in turn, every record
    /// linked to the hash before it, every hash what its fields give, and the head at the end.
    public func verify() async throws -> AuditVerification {
        let rows = try await AuditRecordModel.query(on: database.database).sort(\.$position).all()
        var previous = AuditChain.genesis
        for (index, row) in rows.enumerated() {
            let expected = Int64(index + 1)
            func broken(_ reason: String) -> AuditVerification {
                AuditVerification(records: rows.count, broken: (row.position ?? expected, row.id ?? "?", reason))
            }
            guard row.position == expected else { return broken("expected place \(expected), found \(row.position.map(String.init) ?? "none"): a record is missing") }
            guard row.previousHash == previous else { return broken("it does not link to the record before it") }
            guard row.hash == AuditChain.hash(row, previous: previous) else { return broken("its fields were changed after it was written") }
            previous = row.hash ?? ""
        }
        let sql = database.sql(database.database)
        let head = try await sql.select().columns("position", "hash").from("audit_chain_head").where("id", .equal, 1).first(decoding: Head.self)
        guard head?.position == Int64(rows.count), head?.hash == previous else {
            return AuditVerification(records: rows.count, broken: (Int64(rows.count), rows.last?.id ?? "-", "records after it were removed"))
        }
        return AuditVerification(records: rows.count, broken: nil)
    }
}

extension AuditChain {
    static func hash(_ row: AuditRecordModel, previous: String) -> String {
        hash(position: row.position ?? 0, at: row.at, accountID: row.accountID, accountEmail: row.accountEmail, entity: row.entity,
             entityID: row.entityID, operation: row.operation, before: row.before, after: row.after, previous: previous)
    }
}
