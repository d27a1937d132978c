import Core
import FluentKit
import Foundation

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

    static func record(_ row: AuditRecordModel) throws -> AuditRecord {
        guard let operation = AuditRecord.Operation(rawValue: row.operation) else {
            throw StorageError.corrupt("audit record \(row.id ?? "?") has operation '\(row.operation)'")
        }
        return AuditRecord(
            id: row.id ?? "", at: row.at, accountID: row.accountID, accountEmail: row.accountEmail, entity: row.entity,
            entityID: row.entityID, operation: operation, before: row.before, after: row.after)
    }

    static func write(_ record: AuditRecord, on db: any Database) async throws {
        let row = AuditRecordModel()
        row.id = record.id
        row.at = record.at
        row.accountID = record.accountID
        row.accountEmail = record.accountEmail
        row.entity = record.entity
        row.entityID = record.entityID
        row.operation = record.operation.rawValue
        row.before = record.before
        row.after = record.after
        try await row.create(on: db)
    }
}
