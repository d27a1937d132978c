import FluentKit
import Foundation
import Storage

/// A database of its own for one test: a new SQLite file, or a new schema in the PostgreSQL
/// database `STIP_TEST_POSTGRES_URL` names. Tests run in parallel, so none shares one.
public struct ScratchDatabase: Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case sqlite, postgres
    }

    public let kind: Kind

    public init(kind: Kind) {
        self.kind = kind
    }

    /// SQLite always; PostgreSQL when the environment names a server.
    public static var available: [ScratchDatabase] {
        var kinds = [ScratchDatabase(kind: .sqlite)]
        if postgresURL != nil { kinds.append(ScratchDatabase(kind: .postgres)) }
        return kinds
    }

    public static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["STIP_TEST_POSTGRES_URL"]
        return url?.isEmpty == false ? url : nil
    }

    public var description: String { kind.rawValue }

    /// Runs `body` with a migrated, empty database, and removes it afterwards.
    public func with<T: Sendable>(_ body: (StipDatabase) async throws -> T) async throws -> T {
        try await with(another: false) { first, _ in try await body(first) }
    }

    /// The same database opened twice, with a connection pool each, as two Stip processes have it.
    public func withTwoInstances<T: Sendable>(_ body: (StipDatabase, StipDatabase) async throws -> T) async throws -> T {
        try await with(another: true) { first, second in try await body(first, second!) }
    }

    private func with<T: Sendable>(another: Bool, _ body: (StipDatabase, StipDatabase?) async throws -> T) async throws -> T {
        let name = "stip_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        switch kind {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path
            defer {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            let second = another ? try await StipDatabase(location: .sqlite(path: path)) : nil
            return try await run(StipDatabase(location: .sqlite(path: path)), second, body)
        case .postgres:
            let url = Self.postgresURL!
            let admin = try await StipDatabase(location: .postgres(url: url))
            try await admin.execute(sql: "CREATE SCHEMA \(name)")
            do {
                let second = another ? try await StipDatabase(location: .postgres(url: url), postgresSearchPath: [name]) : nil
                let result = try await run(StipDatabase(location: .postgres(url: url), postgresSearchPath: [name]), second, body)
                try await admin.execute(sql: "DROP SCHEMA \(name) CASCADE")
                await admin.shutdown()
                return result
            } catch {
                try? await admin.execute(sql: "DROP SCHEMA \(name) CASCADE")
                await admin.shutdown()
                throw error
            }
        }
    }

    private func run<T>(_ database: StipDatabase, _ second: StipDatabase?, _ body: (StipDatabase, StipDatabase?) async throws -> T) async throws -> T {
        do {
            try await database.migrate()
            let result = try await body(database, second)
            await second?.shutdown()
            await database.shutdown()
            return result
        } catch {
            await second?.shutdown()
            await database.shutdown()
            throw error
        }
    }
}
