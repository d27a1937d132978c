import Core
import FluentKit
import Foundation
import SQLKit

/// The plan's later versions and their section edits. Every write raises the versions' revision
/// and is in the audit trail; an adopted version's edits are refused.
public final class PlanVersionStore: Sendable {
    let database: StipDatabase

    public init(beside register: RegisterStore) {
        database = register.database
    }

    private var sql: any SQLDatabase { database.sql(database.database) }

    public static let versionEntity = "plan-versions"
    public static let editEntity = "plan-section-edits"

    public enum Refusal: Error, Sendable, Equatable {
        case versionExists(String)
        case noSuchVersion(String)
        case adopted(String)
        /// Someone saved the section since; here is the edit as saved (nil: it was never saved).
        case stale(SectionEdit?)
    }

    public func versions() async throws -> [PlanVersion] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("plan_versions").all(decoding: Row.self)
            .map { try JSONDecoder().decode(PlanVersion.self, from: Data($0.document.utf8)) }.sorted { $0.version < $1.version }
    }

    public func version(_ id: String) async throws -> PlanVersion? {
        try await versions().first { $0.version == id }
    }

    public func start(_ version: PlanVersion, by account: Account) async throws {
        try await database.write(raising: .planVersions) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var version: String }
            if try await sql.select().column("version").from("plan_versions").where("version", .equal, version.version).first(decoding: Row.self) != nil {
                throw Refusal.versionExists(version.version)
            }
            let document = RegisterStore.json(version)
            try await sql.insert(into: "plan_versions").columns("version", "document").values(SQLBind(version.version), SQLBind(document)).run()
            try await Self.audit(Self.versionEntity, version.version, before: nil, after: document, by: account, on: db)
        }
    }

    public func edits(of version: String) async throws -> [SectionEdit] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("plan_section_edits").where("version", .equal, version).all(decoding: Row.self)
            .map { try JSONDecoder().decode(SectionEdit.self, from: Data($0.document.utf8)) }.sorted { $0.section < $1.section }
    }

    /// Saves a section's edit made from `revision` (0 for the first), after `check` accepts it.
    public func save(_ edit: SectionEdit, from revision: Int, by account: Account, check: @escaping @Sendable (SectionEdit) throws -> Void) async throws -> SectionEdit {
        try await database.write(raising: .planVersions) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var document: String }
            guard let versionRow = try await sql.select().column("document").from("plan_versions").where("version", .equal, edit.version)
                .first(decoding: Row.self) else { throw Refusal.noSuchVersion(edit.version) }
            let version = try JSONDecoder().decode(PlanVersion.self, from: Data(versionRow.document.utf8))
            guard version.state == .draft else { throw Refusal.adopted(edit.version) }
            let saved = try await sql.select().column("document").from("plan_section_edits").where("version", .equal, edit.version)
                .where("section_id", .equal, edit.section).first(decoding: Row.self)
                .map { try JSONDecoder().decode(SectionEdit.self, from: Data($0.document.utf8)) }
            guard (saved?.revision ?? 0) == revision else { throw Refusal.stale(saved) }
            var edit = edit
            edit.revision = revision + 1
            try check(edit)
            let document = RegisterStore.json(edit)
            if saved == nil {
                try await sql.insert(into: "plan_section_edits").columns("id", "version", "section_id", "revision", "document")
                    .values(SQLBind("\(edit.version)/\(edit.section)"), SQLBind(edit.version), SQLBind(edit.section), SQLBind(edit.revision), SQLBind(document)).run()
            } else {
                try await sql.update("plan_section_edits").set("revision", to: edit.revision).set("document", to: document)
                    .where("version", .equal, edit.version).where("section_id", .equal, edit.section).run()
            }
            try await Self.audit(Self.editEntity, "\(edit.version)/\(edit.section)", before: saved.map(RegisterStore.json), after: document, by: account, on: db)
            return edit
        }
    }

    /// Records that the BKO adopted the draft on `day`: the version becomes the current plan.
    public func adopt(_ version: String, on day: String, decidedBy body: String, by account: Account) async throws -> PlanVersion {
        try await database.write(raising: .planVersions) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var document: String }
            guard let row = try await sql.select().column("document").from("plan_versions").where("version", .equal, version).first(decoding: Row.self)
            else { throw Refusal.noSuchVersion(version) }
            var found = try JSONDecoder().decode(PlanVersion.self, from: Data(row.document.utf8))
            guard found.state == .draft else { throw Refusal.adopted(version) }
            found.state = .adopted
            found.adoptedOn = day
            found.decidedBy = body
            let document = RegisterStore.json(found)
            try await sql.update("plan_versions").set("document", to: document).where("version", .equal, version).run()
            try await Self.audit(Self.versionEntity, version, before: row.document, after: document, by: account, on: db)
            return found
        }
    }

    private static func audit(_ entity: String, _ id: String, before: String?, after: String, by account: Account, on db: any Database) async throws {
        try await AuditTrail.write(AuditRecord(
            id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
            entity: entity, entityID: id, operation: before == nil ? .create : .update, before: before, after: after), on: db)
    }
}
