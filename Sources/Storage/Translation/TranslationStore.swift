import Core
import FluentKit
import Foundation
import SQLKit

/// Records' translations (`RecordTranslation`). Every save raises the translations' revision, so
/// pages kept in memory follow, and is in the audit trail; a save from an older revision is refused.
public final class TranslationStore: Sendable {
    let database: StipDatabase

    public init(beside register: RegisterStore) {
        database = register.database
    }

    private var sql: any SQLDatabase { database.sql(database.database) }

    public static let entity = "record-translations"

    public enum Refusal: Error, Sendable, Equatable {
        /// Someone saved this translation since the form was drawn; here it is as saved (nil: removed).
        case stale(RecordTranslation?)
    }

    /// Every translation of one record, in the order of `RecordTranslation.languages`.
    public func translations(of record: EntityReference) async throws -> [RecordTranslation] {
        struct Row: Decodable { var document: String }
        let found = try await sql.select().column("document").from("record_translations")
            .where("kind", .equal, record.kind.rawValue).where("record_id", .equal, record.id).all(decoding: Row.self)
            .map { try JSONDecoder().decode(RecordTranslation.self, from: Data($0.document.utf8)) }
        return found.sorted { (RecordTranslation.languages.firstIndex(of: $0.language) ?? 9) < (RecordTranslation.languages.firstIndex(of: $1.language) ?? 9) }
    }

    /// Every translation into one language, by record: for lists that name many records.
    public func translations(into language: String) async throws -> [EntityReference: RecordTranslation] {
        struct Row: Decodable { var document: String }
        let found = try await sql.select().column("document").from("record_translations").where("language", .equal, language)
            .all(decoding: Row.self).map { try JSONDecoder().decode(RecordTranslation.self, from: Data($0.document.utf8)) }
        return Dictionary(found.map { ($0.record, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Saves the translation made from `revision` (0: there was none); `nil` text and title remove it.
    /// Returns what is kept now (nil when removed).
    public func save(_ translation: RecordTranslation, removing: Bool, from revision: Int, by account: Account) async throws -> RecordTranslation? {
        try await database.write(raising: .translations) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var document: String }
            let saved = try await sql.select().column("document").from("record_translations").where("id", .equal, translation.id)
                .first(decoding: Row.self).map { try JSONDecoder().decode(RecordTranslation.self, from: Data($0.document.utf8)) }
            guard (saved?.revision ?? 0) == revision else { throw Refusal.stale(saved) }
            if removing {
                guard let saved else { return nil }
                try await sql.delete(from: "record_translations").where("id", .equal, translation.id).run()
                try await AuditTrail.write(AuditRecord(
                    id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                    entity: Self.entity, entityID: translation.id, operation: .delete, before: RegisterStore.json(saved), after: nil), on: db)
                return nil
            }
            var kept = translation
            kept.revision = revision + 1
            let document = RegisterStore.json(kept)
            if saved == nil {
                try await sql.insert(into: "record_translations").columns("id", "kind", "record_id", "language", "revision", "document")
                    .values(SQLBind(kept.id), SQLBind(kept.record.kind.rawValue), SQLBind(kept.record.id), SQLBind(kept.language),
                            SQLBind(kept.revision), SQLBind(document)).run()
            } else {
                try await sql.update("record_translations").set("revision", to: kept.revision).set("document", to: document)
                    .where("id", .equal, kept.id).run()
            }
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.entity, entityID: kept.id, operation: saved == nil ? .create : .update,
                before: saved.map(RegisterStore.json), after: document), on: db)
            return kept
        }
    }
}
