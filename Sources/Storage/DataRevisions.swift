import FluentKit
import SQLKit

/// A revision per domain of data, raised inside every transaction that changes the domain, so
/// that anything computed from the data (a page, an index, a map) knows in one cheap query
/// whether it is still right; the same on every Stip instance that shares the database.
///
/// The register (with its structure: teams, bodies, people, memberships) has its revision of
/// its own, `register_revisions`, which also gives its records their versions (`RegisterStore`).
public enum DataDomain: String, Sendable, CaseIterable {
    /// Values, area names and the baseline of the monitor.
    case monitor
    /// The monitor's map boundaries, year by year.
    case boundaries
    /// Capacity, rates, budgets, spending, reviews and investments.
    case peopleAndMoney = "people-and-money"
    /// The targets' measurements.
    case targets
    /// The focus decisions.
    case decisions
    /// Reporting rounds and their line reports.
    case reports
    /// The yearly evaluations, their answers and decisions.
    case evaluations
    /// Consultation rounds on the plan and their answers.
    case consultation
    /// The plan's later versions and their section edits.
    case planVersions = "plan-versions"
    /// The records' translations into other languages.
    case translations
}

public struct DataRevisions: Sendable {
    let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    public init(beside register: RegisterStore) {
        self.init(database: register.database)
    }

    /// The domain's revision now; 0 before its first change.
    public func current(_ domain: DataDomain) async throws -> Int {
        try await Self.current(domain, on: database.sql(database.database))
    }

    /// Several domains' revisions in one query.
    public func current(_ domains: [DataDomain]) async throws -> [DataDomain: Int] {
        struct Row: Decodable { var domain: String; var revision: Int }
        let rows = try await database.sql(database.database).select().columns("domain", "revision").from("data_revisions")
            .where("domain", .in, domains.map(\.rawValue)).all(decoding: Row.self)
        var revisions = Dictionary(uniqueKeysWithValues: domains.map { ($0, 0) })
        for row in rows { if let domain = DataDomain(rawValue: row.domain) { revisions[domain] = row.revision } }
        return revisions
    }

    static func current(_ domain: DataDomain, on sql: any SQLDatabase) async throws -> Int {
        struct Row: Decodable { var revision: Int }
        return try await sql.select().column("revision").from("data_revisions").where("domain", .equal, SQLBind(domain.rawValue))
            .first(decoding: Row.self)?.revision ?? 0
    }

    /// Raises the domain's revision as part of the transaction `sql` belongs to.
    static func raise(_ domain: DataDomain, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "data_revisions").columns("domain", "revision").values(SQLBind(domain.rawValue), SQLBind(1))
            .onConflict(with: ["domain"]) { $0.set("revision", to: SQLRaw("data_revisions.revision + 1")) }
            .run()
    }
}
