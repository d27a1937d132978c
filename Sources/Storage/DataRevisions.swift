import FluentKit
import SQLKit

/// A revision per domain of data, raised inside every transaction that changes the domain, so
/// that anything computed from the data (a page, an index, a map) knows in one cheap query
/// whether it is still right; the same on every Stip instance that shares the database.
public enum DataDomain: String, Sendable, CaseIterable {
    /// Values, area names, boundaries and the baseline of the monitor.
    case monitor
}

public struct DataRevisions: Sendable {
    let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    /// The domain's revision now; 0 before its first change.
    public func current(_ domain: DataDomain) async throws -> Int {
        try await Self.current(domain, on: database.sql(database.database))
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
