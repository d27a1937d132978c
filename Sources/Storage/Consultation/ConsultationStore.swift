import Core
import Crypto
import FluentKit
import Foundation
import SQLKit

/// Consultation rounds and their answers. Every write raises the consultation's revision and is
/// in the audit trail; a member of the public's e-mail address is kept apart from the answer and
/// out of the trail, and forgotten a year after its round closed.
public final class ConsultationStore: Sendable {
    let database: StipDatabase

    public init(beside register: RegisterStore) {
        database = register.database
    }

    private var sql: any SQLDatabase { database.sql(database.database) }

    public static let roundEntity = "consultation-rounds"
    public static let answerEntity = "consultation-answers"
    /// How long a public respondent's e-mail address is kept after the round closed.
    public static let contactKeptDays = 365

    public func open(_ round: ConsultationRound, by account: Account) async throws -> ConsultationRound {
        try await database.write(raising: .consultation) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var id: String }
            // `privacy` and `volg` are pages of their own under /consultatie.
            let taken = Set(try await sql.select().column("id").from("consultation_rounds").all(decoding: Row.self).map(\.id)).union(["privacy", "volg"])
            var round = round
            round.id = Slug.make(from: round.title, taken: taken, fallback: "consultatie")
            let document = RegisterStore.json(round)
            try await sql.insert(into: "consultation_rounds").columns("id", "closes_on", "document")
                .values(SQLBind(round.id), SQLBind(round.closesOn), SQLBind(document)).run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.roundEntity, entityID: round.id, operation: .create, before: nil, after: document), on: db)
            return round
        }
    }

    public func rounds() async throws -> [ConsultationRound] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("consultation_rounds").all(decoding: Row.self)
            .map { try JSONDecoder().decode(ConsultationRound.self, from: Data($0.document.utf8)) }
            .sorted { ($0.opensOn, $0.id) > ($1.opensOn, $1.id) }
    }

    public func round(_ id: String) async throws -> ConsultationRound? {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("consultation_rounds").where("id", .equal, id).first(decoding: Row.self)
            .map { try JSONDecoder().decode(ConsultationRound.self, from: Data($0.document.utf8)) }
    }

    /// Keeps a new answer with the hash of its private link (and a member of the public's
    /// address beside it). `account` is nil for a member of the public.
    public func answer(_ answer: ConsultationAnswer, followToken: String, contactEmail: String?, by account: Account?, today: String) async throws {
        try await database.write(raising: .consultation) { db in
            let sql = self.database.sql(db)
            let document = RegisterStore.json(answer)
            try await sql.insert(into: "consultation_answers").columns("id", "round_id", "moderation", "follow_hash", "contact_email", "version", "document")
                .values(SQLBind(answer.id), SQLBind(answer.round), SQLBind(answer.moderation.rawValue), SQLBind(Self.hash(followToken)),
                        SQLBind(contactEmail), SQLBind(answer.version), SQLBind(document)).run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account?.id, accountEmail: account?.email ?? "publiek (reactie)",
                entity: Self.answerEntity, entityID: answer.id, operation: .create, before: nil, after: document), on: db)
            try await Self.forgetContacts(closedBefore: Self.day(today, minus: Self.contactKeptDays), on: sql)
        }
    }

    public func answers(in round: String) async throws -> [ConsultationAnswer] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("consultation_answers").where("round_id", .equal, round)
            .all(decoding: Row.self).map { try Self.decode($0.document) }.sorted { ($0.submittedAt, $0.id) < ($1.submittedAt, $1.id) }
    }

    /// The answer a private link belongs to.
    public func answer(following token: String) async throws -> ConsultationAnswer? {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("consultation_answers").where("follow_hash", .equal, Self.hash(token))
            .first(decoding: Row.self).map { try Self.decode($0.document) }
    }

    /// Changes answers of a round (moderation, disposition), each from the version it was read
    /// at; one stale answer refuses them all.
    public func change(_ versions: [String: Int], in round: String, by account: Account,
                       _ change: @escaping @Sendable (ConsultationAnswer) throws -> ConsultationAnswer) async throws -> [ConsultationAnswer] {
        try await database.write(raising: .consultation) { db in
            try await self.change(versions, in: round, by: account, on: db, change)
        }
    }

    /// The same inside another store's transaction, so an answer changes together with what it
    /// became (an offer taken up as a membership or a capacity commitment): both, or neither.
    public func change(alongside db: any Database, _ versions: [String: Int], in round: String, by account: Account,
                       _ change: @escaping @Sendable (ConsultationAnswer) throws -> ConsultationAnswer) async throws -> [ConsultationAnswer] {
        try await DataRevisions.raise(.consultation, on: database.sql(db))
        return try await self.change(versions, in: round, by: account, on: db, change)
    }

    private func change(_ versions: [String: Int], in round: String, by account: Account, on db: any Database,
                        _ change: @Sendable (ConsultationAnswer) throws -> ConsultationAnswer) async throws -> [ConsultationAnswer] {
        let sql = database.sql(db)
        struct Row: Decodable { var document: String }
        var changed: [ConsultationAnswer] = []
        for (id, version) in versions.sorted(by: { $0.key < $1.key }) {
            guard let row = try await sql.select().column("document").from("consultation_answers").where("id", .equal, id)
                .where("round_id", .equal, round).first(decoding: Row.self) else { throw ChangeRefusal.notFound }
            let saved = try Self.decode(row.document)
            guard saved.version == version else { throw ConsultationConflict(saved: saved) }
            var answer = try change(saved)
            answer.version = saved.version + 1
            let document = RegisterStore.json(answer)
            try await sql.update("consultation_answers").set("moderation", to: answer.moderation.rawValue).set("version", to: answer.version)
                .set("document", to: document).where("id", .equal, id).run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.answerEntity, entityID: id, operation: .update, before: row.document, after: document), on: db)
            changed.append(answer)
        }
        return changed
    }

    /// Whether the store still holds a contact address for the answer (for the tests of the privacy statement).
    public func hasContact(_ answer: String) async throws -> Bool {
        struct Row: Decodable { var contact_email: String? }
        return try await sql.select().column("contact_email").from("consultation_answers").where("id", .equal, answer)
            .first(decoding: Row.self)?.contact_email != nil
    }

    private static func forgetContacts(closedBefore day: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            UPDATE consultation_answers SET contact_email = NULL WHERE contact_email IS NOT NULL
            AND round_id IN (SELECT id FROM consultation_rounds WHERE closes_on < \(bind: day))
            """).run()
    }

    static func day(_ day: String, minus days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        guard let date = formatter.date(from: day), let earlier = calendar.date(byAdding: .day, value: -days, to: date) else { return day }
        return formatter.string(from: earlier)
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func decode(_ document: String) throws -> ConsultationAnswer {
        try JSONDecoder().decode(ConsultationAnswer.self, from: Data(document.utf8))
    }
}

/// Someone changed the answer since it was read: nothing was written; here is the answer as saved.
public struct ConsultationConflict: Error, Sendable, Equatable {
    public var saved: ConsultationAnswer
}
