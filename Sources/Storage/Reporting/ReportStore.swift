import Core
import Crypto
import FluentKit
import Foundation
import SQLKit

/// Reporting rounds and their line reports. Every change is one transaction that raises the
/// reports' revision, checks the version the change was made from, and writes its audit record.
public final class ReportStore: Sendable {
    let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    public convenience init(beside register: RegisterStore) {
        self.init(database: register.database)
    }

    private var sql: any SQLDatabase { database.sql(database.database) }

    /// The audit trail's names for rounds and reports.
    public static let roundEntity = "reporting-rounds"
    public static let reportEntity = "line-reports"

    // MARK: Rounds

    /// Opens a round under an id made from its name; the round is checked by the caller.
    public func open(_ round: ReportingRound, by account: Account) async throws -> ReportingRound {
        try await database.write(raising: .reports) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var id: String }
            let taken = Set(try await sql.select().column("id").from("reporting_rounds").all(decoding: Row.self).map(\.id))
            var round = round
            round.id = Slug.make(from: round.name, taken: taken, fallback: "ronde")
            let document = RegisterStore.json(round)
            try await sql.insert(into: "reporting_rounds")
                .columns("id", "name", "period_start", "period_end", "due_on", "opened_at", "document")
                .values(SQLBind(round.id), SQLBind(round.name), SQLBind(round.periodStart), SQLBind(round.periodEnd), SQLBind(round.dueOn),
                        SQLBind(round.openedAt), SQLBind(document))
                .run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.roundEntity, entityID: round.id, operation: .create, before: nil, after: document), on: db)
            return round
        }
    }

    /// Every round, the latest period first.
    public func rounds() async throws -> [ReportingRound] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("reporting_rounds")
            .orderBy("period_end", .descending).orderBy("opened_at", .descending)
            .all(decoding: Row.self).map { try JSONDecoder().decode(ReportingRound.self, from: Data($0.document.utf8)) }
    }

    public func round(_ id: String) async throws -> ReportingRound? {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("reporting_rounds").where("id", .equal, id)
            .first(decoding: Row.self).map { try JSONDecoder().decode(ReportingRound.self, from: Data($0.document.utf8)) }
    }

    // MARK: Reports

    /// The reports saved in a round (a line nobody has written for yet has none).
    public func reports(in round: String) async throws -> [LineReport] {
        try await Self.reports(round: round, line: nil, on: sql)
    }

    /// The reports saved in every round.
    public func allReports() async throws -> [LineReport] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("line_reports").orderBy("id")
            .all(decoding: Row.self).map { try Self.decode($0.document) }
    }

    public func report(round: String, line: String) async throws -> LineReport? {
        try await Self.reports(round: round, line: line, on: sql).first
    }

    /// Changes a report inside one transaction: `change` gets the report as saved now (nil
    /// before its first save) and gives the report to keep, or throws to keep nothing. A save
    /// made from another version than the saved one is refused with the saved report.
    public func change(
        round: String, line: String, from version: Int, by account: Account,
        _ change: @escaping @Sendable (LineReport?) throws -> LineReport
    ) async throws -> LineReport {
        try await database.write(raising: .reports) { db in
            let sql = self.database.sql(db)
            let saved = try await Self.reports(round: round, line: line, on: sql).first
            guard (saved?.version ?? 0) == version else { throw ReportConflict(saved: saved) }
            var report = try change(saved)
            report.version = (saved?.version ?? 0) + 1
            let document = try Self.encode(report)
            if saved == nil {
                try await sql.insert(into: "line_reports").columns("id", "round_id", "line_id", "team_id", "state", "version", "document")
                    .values(SQLBind(report.id), SQLBind(round), SQLBind(line), SQLBind(report.team), SQLBind(report.state.rawValue),
                            SQLBind(report.version), SQLBind(document))
                    .run()
            } else {
                try await sql.update("line_reports").set("state", to: report.state.rawValue).set("version", to: report.version)
                    .set("team_id", to: report.team).set("document", to: document).where("id", .equal, report.id).run()
            }
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.reportEntity, entityID: report.id, operation: saved == nil ? .create : .update,
                before: try saved.map(Self.encode), after: document), on: db)
            return report
        }
    }

    static func reports(round: String, line: String?, on sql: any SQLDatabase) async throws -> [LineReport] {
        struct Row: Decodable { var document: String }
        var query = sql.select().column("document").from("line_reports").where("round_id", .equal, round)
        if let line { query = query.where("line_id", .equal, line) }
        return try await query.orderBy("line_id").all(decoding: Row.self).map { try decode($0.document) }
    }

    static func encode(_ report: LineReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    static func decode(_ document: String) throws -> LineReport {
        try JSONDecoder().decode(LineReport.self, from: Data(document.utf8))
    }
}

extension ReportStore {
    /// Why a report cannot be adopted.
    public enum AdoptionRefusal: Error, Sendable, Equatable {
        case alreadyAdopted(String)
    }

    /// Freezes a composed report as adopted: its fingerprint is the SHA-256 of its canonical JSON.
    public func adopt(_ report: ProgressReport, decidedOn: String, decidedBy: String, by account: Account, at recordedAt: String) async throws -> AdoptedReport {
        let canonical = try Self.canonical(report)
        let adopted = AdoptedReport(report: report, decidedOn: decidedOn, decidedBy: decidedBy, recordedBy: account.publicName,
                                    recordedAt: recordedAt, fingerprint: Self.fingerprint(canonical))
        return try await database.write(raising: .reports) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var round_id: String }
            if try await sql.select().column("round_id").from("adopted_reports").where("round_id", .equal, report.round.id).first(decoding: Row.self) != nil {
                throw AdoptionRefusal.alreadyAdopted(report.round.id)
            }
            let document = try Self.canonical(adopted)
            try await sql.insert(into: "adopted_reports").columns("round_id", "decided_on", "recorded_at", "fingerprint", "document")
                .values(SQLBind(report.round.id), SQLBind(decidedOn), SQLBind(recordedAt), SQLBind(adopted.fingerprint), SQLBind(document))
                .run()
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: account.id, accountEmail: account.email,
                entity: Self.adoptedEntity, entityID: report.round.id, operation: .create, before: nil,
                after: RegisterStore.json(["decidedOn": decidedOn, "decidedBy": decidedBy, "fingerprint": adopted.fingerprint])), on: db)
            return adopted
        }
    }

    public static let adoptedEntity = "adopted-reports"

    public func adopted(_ round: String) async throws -> AdoptedReport? {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("adopted_reports").where("round_id", .equal, round)
            .first(decoding: Row.self).map { try JSONDecoder().decode(AdoptedReport.self, from: Data($0.document.utf8)) }
    }

    /// Every adopted report, in the order of their periods.
    public func adoptedReports() async throws -> [AdoptedReport] {
        struct Row: Decodable { var document: String }
        return try await sql.select().column("document").from("adopted_reports").orderBy("decided_on")
            .all(decoding: Row.self).map { try JSONDecoder().decode(AdoptedReport.self, from: Data($0.document.utf8)) }
            .sorted { ($0.report.round.periodEnd, $0.decidedOn) < ($1.report.round.periodEnd, $1.decidedOn) }
    }

    /// The JSON a fingerprint is taken of: sorted keys, slashes as they are.
    static func canonical(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func fingerprint(_ canonical: String) -> String {
        SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether an adopted report is still the one its fingerprint was taken of.
    public static func isIntact(_ adopted: AdoptedReport) -> Bool {
        (try? fingerprint(canonical(adopted.report))) == adopted.fingerprint
    }
}

/// A report was saved by someone else since this change began: here is what they saved.
public struct ReportConflict: Error, Sendable {
    public let saved: LineReport?
}
