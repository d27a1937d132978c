import Core
import Crypto
import FluentKit
import Foundation
import SQLKit

/// Evaluations, their confidential answers and the decisions on them. Every write raises the
/// evaluations' revision and is in the audit trail; an answer's audit record says that an answer
/// was given, not by whom for which unit nor what it holds.
public final class EvaluationStore: Sendable {
    let database: StipDatabase
    let register: RegisterStore

    public init(beside register: RegisterStore) {
        self.database = register.database
        self.register = register
    }

    private var sql: any SQLDatabase { database.sql(database.database) }

    public static let entity = "evaluations"
    public static let responseEntity = "evaluation-responses"
    public static let decisionEntity = "evaluation-decisions"

    public func open(_ evaluation: Evaluation, by account: Account) async throws -> Evaluation {
        try await database.write(raising: .evaluations) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var id: String }
            let taken = Set(try await sql.select().column("id").from("evaluations").all(decoding: Row.self).map(\.id))
            var evaluation = evaluation
            evaluation.id = Slug.make(from: evaluation.name, taken: taken, fallback: "evaluatie")
            let document = RegisterStore.json(evaluation)
            try await sql.insert(into: "evaluations").columns("id", "year", "salt", "document")
                .values(SQLBind(evaluation.id), SQLBind(evaluation.year), SQLBind(UUID().uuidString), SQLBind(document)).run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.entity, entityID: evaluation.id, operation: .create, before: nil, after: document), on: db)
            return evaluation
        }
    }

    public func evaluations() async throws -> [Evaluation] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("evaluations").orderBy("year").all(decoding: Row.self)
            .map { try JSONDecoder().decode(Evaluation.self, from: Data($0.document.utf8)) }
    }

    public func evaluation(_ id: String) async throws -> Evaluation? {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("evaluations").where("id", .equal, id).first(decoding: Row.self)
            .map { try JSONDecoder().decode(Evaluation.self, from: Data($0.document.utf8)) }
    }

    /// Keeps an answer; a second answer of the same account to the same evaluation is refused.
    public func answer(_ response: EvaluationResponse, by account: Account) async throws {
        try await database.write(raising: .evaluations) { db in
            let sql = self.database.sql(db)
            guard let respondent = try await Self.respondent(account, to: response.evaluation, on: sql) else { throw ChangeRefusal.notFound }
            if try await Self.hasAnswered(respondent, to: response.evaluation, on: sql) { throw EvaluationProblem.alreadyAnswered }
            let id = UUID().uuidString.lowercased()
            try await sql.insert(into: "evaluation_responses").columns("id", "evaluation_id", "respondent", "document")
                .values(SQLBind(id), SQLBind(response.evaluation), SQLBind(respondent), SQLBind(RegisterStore.json(response))).run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: nil, accountEmail: "evaluatie (vertrouwelijk)",
                entity: Self.responseEntity, entityID: id, operation: .create, before: nil,
                after: RegisterStore.json(["evaluation": response.evaluation])), on: db)
        }
    }

    /// Whether `account` has answered, so the page can say so instead of offering the form again.
    public func hasAnswered(_ evaluation: String, by account: Account) async throws -> Bool {
        guard let respondent = try await Self.respondent(account, to: evaluation, on: sql) else { return false }
        return try await Self.hasAnswered(respondent, to: evaluation, on: sql)
    }

    /// The account as the evaluation's answers know it: a hash with the evaluation's own salt, so
    /// answers cannot be joined to accounts, nor across evaluations. Nil for an unknown evaluation.
    private static func respondent(_ account: Account, to evaluation: String, on sql: any SQLDatabase) async throws -> String? {
        struct Salt: Decodable { var salt: String }
        guard let salt = try await sql.select().column("salt").from("evaluations").where("id", .equal, evaluation)
            .first(decoding: Salt.self)?.salt else { return nil }
        return SHA256.hash(data: Data("\(salt):\(account.id)".utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private static func hasAnswered(_ respondent: String, to evaluation: String, on sql: any SQLDatabase) async throws -> Bool {
        struct Row: Decodable { var id: String }
        return try await sql.select().column("id").from("evaluation_responses").where("evaluation_id", .equal, evaluation)
            .where("respondent", .equal, respondent).first(decoding: Row.self) != nil
    }

    public func responses(to evaluation: String) async throws -> [EvaluationResponse] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("evaluation_responses").where("evaluation_id", .equal, evaluation)
            .all(decoding: Row.self).map { try JSONDecoder().decode(EvaluationResponse.self, from: Data($0.document.utf8)) }
    }

    /// Records a decision; one that scales a team down ends `ending` in the same transaction.
    public func decide(_ decision: EvaluationDecision, ending: [Membership], by account: Account) async throws -> EvaluationDecision {
        var decision = decision
        decision.endedMemberships = ending.map(\.id)
        let recorded = decision
        let write: @Sendable (any Database) async throws -> Void = { db in
            let sql = self.database.sql(db)
            try await DataRevisions.raise(.evaluations, on: sql)
            let id = UUID().uuidString.lowercased(), document = RegisterStore.json(recorded)
            try await sql.insert(into: "evaluation_decisions").columns("id", "evaluation_id", "decided_on", "document")
                .values(SQLBind(id), SQLBind(recorded.evaluation), SQLBind(recorded.decidedOn), SQLBind(document)).run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.decisionEntity, entityID: id, operation: .create, before: nil, after: document), on: db)
        }
        if ending.isEmpty {
            try await database.transaction(write)
        } else {
            try await register.endMemberships(ending.map(\.id), on: decision.decidedOn, by: account, alongside: write)
        }
        return recorded
    }

    public func decisions(of evaluation: String) async throws -> [EvaluationDecision] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("evaluation_decisions").where("evaluation_id", .equal, evaluation)
            .orderBy("decided_on").all(decoding: Row.self).map { try JSONDecoder().decode(EvaluationDecision.self, from: Data($0.document.utf8)) }
    }

    /// Every decision on one team, body or programme, over all evaluations, oldest first. The
    /// decisions are few (a handful a year), so they are read whole and chosen here.
    public func decisions(about subject: EvaluationDecision.Subject) async throws -> [EvaluationDecision] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("evaluation_decisions").orderBy("decided_on").all(decoding: Row.self)
            .map { try JSONDecoder().decode(EvaluationDecision.self, from: Data($0.document.utf8)) }.filter { $0.subject == subject }
    }
}
