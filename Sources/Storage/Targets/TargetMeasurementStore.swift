import Core
import FluentKit
import Foundation
import SQLKit

/// Keeps the targets' measurements: each add, edit or delete in one transaction with its
/// audit record, and an edit or delete from an older version refused.
public final class TargetMeasurementStore: Sendable {
    let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    /// On the database the register is kept in.
    public convenience init(beside register: RegisterStore) {
        self.init(database: register.database)
    }

    /// Every measurement, by target, date and time recorded: one query.
    public func all() async throws -> [StoredMeasurement] {
        try await TargetMeasurementModel.query(on: database.database)
            .sort(\.$targetID).sort(\.$date).sort(\.$recordedAt).sort(\.$id).all().map(Self.stored)
    }

    public func measurements(of target: String) async throws -> [StoredMeasurement] {
        try await TargetMeasurementModel.query(on: database.database).filter(\.$targetID == target)
            .sort(\.$date).sort(\.$recordedAt).sort(\.$id).all().map(Self.stored)
    }

    public func measurement(_ id: String) async throws -> StoredMeasurement? {
        try await TargetMeasurementModel.find(id, on: database.database).map(Self.stored)
    }

    /// Adds a measurement of `target`; returns its version (1).
    @discardableResult
    public func add(_ measurement: TargetMeasurement, of target: Target, by account: Account) async throws -> Int {
        try await add(measurement, of: target, actor: (account.id, account.email))
    }

    /// Adds a measurement made by a command rather than a person logged in: `actor` names it in
    /// the audit trail (`stip targets measure-from-monitor`), as the command line does for accounts.
    @discardableResult
    public func add(_ measurement: TargetMeasurement, of target: Target, byCommand actor: String) async throws -> Int {
        try await add(measurement, of: target, actor: (nil, actor))
    }

    private func add(_ measurement: TargetMeasurement, of target: Target, actor: (id: String?, email: String)) async throws -> Int {
        try Self.check(measurement, target)
        return try await database.write(raising: .targets) { db in
            if try await TargetMeasurementModel.find(measurement.id, on: db) != nil { throw TargetMeasurementRefusal.idTaken(measurement.id) }
            let row = TargetMeasurementModel()
            row.set(measurement)
            row.version = 1
            row.recordedAt = RegisterStore.now()
            try await row.create(on: db)
            try await Self.audit(actor, measurement.id, .create, before: nil, after: TargetMeasurementModel.fields(measurement), on: db)
            return 1
        }
    }

    /// Changes a measurement from the version the edit began with; returns the version saved.
    @discardableResult
    public func edit(_ measurement: TargetMeasurement, of target: Target, version: Int, by account: Account) async throws -> Int {
        try Self.check(measurement, target)
        return try await database.write(raising: .targets) { db in
            let row = try await Self.claim(measurement.id, from: version, on: db)
            let before = try row.measurement()
            guard before.target == measurement.target else { throw TargetMeasurementRefusal.wrongTarget(before.target) }
            let saved = row.version
            row.set(measurement)
            row.version = saved
            row.recordedAt = RegisterStore.now()
            try await row.update(on: db)
            try await Self.audit((account.id, account.email), measurement.id, .update, before: TargetMeasurementModel.fields(before),
                                 after: TargetMeasurementModel.fields(measurement), on: db)
            return saved
        }
    }

    public func delete(_ id: String, version: Int, by account: Account) async throws {
        try await database.write(raising: .targets) { db in
            let row = try await Self.claim(id, from: version, on: db)
            let before = try row.measurement()
            try await row.delete(on: db)
            try await Self.audit((account.id, account.email), id, .delete, before: TargetMeasurementModel.fields(before), after: nil, on: db)
        }
    }

    private static func check(_ measurement: TargetMeasurement, _ target: Target) throws(TargetMeasurementRefusal) {
        guard measurement.target == target.id else { throw .wrongTarget(measurement.target) }
        do { try measurement.check(for: target) } catch { throw .invalid(error) }
    }

    /// Raises the row's version in one statement, which takes its row lock (PostgreSQL) or the
    /// write lock (SQLite), then checks it is the next one after what the edit began from.
    private static func claim(_ id: String, from version: Int, on db: any Database) async throws -> TargetMeasurementModel {
        if let sql = db as? any SQLDatabase {
            try await sql.raw("UPDATE \(ident: TargetMeasurementModel.schema) SET version = version + 1 WHERE id = \(bind: id)").run()
        }
        guard let row = try await TargetMeasurementModel.find(id, on: db) else { throw TargetMeasurementRefusal.notFound(id) }
        if row.version != version + 1 { throw TargetMeasurementRefusal.conflict(version: row.version - 1) }
        return row
    }

    private static func stored(_ row: TargetMeasurementModel) throws -> StoredMeasurement {
        StoredMeasurement(measurement: try row.measurement(), version: row.version, recordedAt: row.recordedAt)
    }

    private static func audit(_ actor: (id: String?, email: String), _ id: String, _ operation: AuditRecord.Operation,
                              before: [String: String]?, after: [String: String]?, on db: any Database) async throws {
        try await AuditTrail.write(AuditRecord(
            id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: actor.id, accountEmail: actor.email,
            entity: TargetMeasurementModel.schema, entityID: id, operation: operation,
            before: before.map { RegisterStore.json($0) }, after: after.map { RegisterStore.json($0) }), on: db)
    }
}
