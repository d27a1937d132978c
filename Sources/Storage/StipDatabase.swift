import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix

/// Where Stip keeps its data, read from `DATABASE_URL`.
public enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public static let defaultSQLitePath = "stip.sqlite"

    /// Unset: `./stip.sqlite`; `sqlite:PATH`: that file; `postgres://…`: PostgreSQL.
    public static func from(environment: [String: String]) throws(StorageError) -> DatabaseLocation {
        guard let url = environment["DATABASE_URL"]?.trimmingCharacters(in: .whitespaces), !url.isEmpty else {
            return .sqlite(path: defaultSQLitePath)
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { return .postgres(url: url) }
        if url.hasPrefix("sqlite://") { return .sqlite(path: String(url.dropFirst("sqlite://".count))) }
        if url.hasPrefix("sqlite:") { return .sqlite(path: String(url.dropFirst("sqlite:".count))) }
        throw .unsupportedDatabaseURL(url)
    }

    public var description: String {
        switch self {
        case let .sqlite(path): "SQLite \(path)"
        case let .postgres(url): "PostgreSQL \(DatabaseLocation.redacted(url))"
        }
    }

    /// The URL without its password, for logs and messages.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}

public enum StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    case unsupportedDatabaseURL(String)
    case invalidPostgresURL(String)
    case notEmpty
    case corrupt(String)

    public var description: String {
        switch self {
        case let .unsupportedDatabaseURL(url):
            "DATABASE_URL '\(DatabaseLocation.redacted(url))' is not supported: use sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DATABASE"
        case let .invalidPostgresURL(url):
            "DATABASE_URL '\(DatabaseLocation.redacted(url))' is not a PostgreSQL URL Stip can read"
        case .notEmpty:
            "the database already holds a plan; use --replace to replace it"
        case let .corrupt(reason):
            "the database holds data Stip cannot read: \(reason)"
        }
    }
}

/// The database Stip runs on: its connections, its migrations, its shutdown.
public final class StipDatabase: Sendable {
    public let location: DatabaseLocation
    let databases: Databases
    let logger: Logger
    private let eventLoopGroup: any EventLoopGroup
    /// The process's writers take turns (`WriteTurns`): SQLite has one writer at a time anyway,
    /// and on PostgreSQL every write of the register queues on its revision row; in turn, each
    /// finds the register the one before it kept in memory instead of reading it again.
    private let writeTurns = WriteTurns()

    public init(
        location: DatabaseLocation,
        postgresSearchPath: [String]? = nil,
        logger: Logger = Logger(label: "stip.storage"),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        threadPool: NIOThreadPool = .singleton
    ) async throws {
        self.location = location
        self.logger = logger
        self.eventLoopGroup = eventLoopGroup
        databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        switch location {
        case let .sqlite(path):
            databases.use(.sqlite(.file(path)), as: .sqlite)
        case let .postgres(url):
            var configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw StorageError.invalidPostgresURL(url)
            }
            configuration.searchPath = postgresSearchPath
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, encodingContext: .default, decodingContext: .default), as: .psql)
        }
        if case .sqlite = location { try await configureSQLite() }
    }

    /// A database handle on any event loop.
    public var database: any Database {
        databases.database(logger: logger, on: eventLoopGroup.any())!
    }

    /// The driver sets neither: WAL lets readers go on while one writes, and the busy timeout
    /// makes a writer wait for another instead of failing or spinning forever.
    private func configureSQLite() async throws {
        _ = try await sql(database).raw("PRAGMA journal_mode=WAL").all()
        // SQLite keeps one connection per event loop, and busy_timeout is per connection. A write
        // of the whole register takes milliseconds, but seconds on a machine busy with builds;
        // a writer waits up to 30 s rather than fail a person's save.
        for eventLoop in eventLoopGroup.makeIterator() {
            let db = databases.database(logger: logger, on: eventLoop)!
            _ = try await sql(db).raw("PRAGMA busy_timeout=30000").all()
        }
    }

    public func migrate() async throws {
        let migrations = Migrations()
        for migration in Self.migrations { migrations.add(migration) }
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Every migration in the order it was shipped.
    static let migrations: [any Migration] = [
        CreateRegisterTables(),
        CreateStructureTables(),
        CreateAccountTables(),
        AddActionStatusAndAuditTrail(),
        CreateRecordVersions(),
        CreatePeopleAndMoneyTables(),
        CreateMonitorTables(),
        CreateTargetMeasurementTables(),
        CreateFocusDecisionTable(),
        MakeAuditTrailAppendOnly(),
        AddAccountDisplayNames(),
        AddAccountLifecycle(),
        StableJoinRowIDs(),
        CreateDataRevisions(),
        AuditHeadFollowsRecords(),
        CreateReportingTables(),
        CreateAdoptedReports(),
        CreateEvaluationTables(),
        CreateConsultationTables(),
        CreatePlanVersionTables(),
        CreateRecordTranslationTable(),
    ]

    /// Runs `body` in one transaction that first raises the revisions of `domains`: whatever was
    /// computed from them is known to be stale the moment the write commits, on every instance.
    /// Raising first also takes the write lock at once, so writers queue instead of failing.
    func write<T: Sendable>(raising domains: DataDomain..., body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await transaction { db in
            for domain in domains { try await DataRevisions.raise(domain, on: self.sql(db)) }
            return try await body(db)
        }
    }

    /// A write transaction, in turn with this process's other writers. `committed`
    /// runs once it is committed, before the next writer's turn: a store that keeps what it
    /// wrote in memory (`RegisterStore`) has it there when the next write begins.
    func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> T, committed: (T) -> Void = { _ in }, failed: () -> Void = {}
    ) async throws -> T {
        func run() async throws -> T {
            do {
                let result = try await database.transaction(body)
                committed(result)
                return result
            } catch {
                failed()
                throw error
            }
        }
        return try await writeTurns.run { try await run() }
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }

    /// Runs one SQL statement as written: for maintenance and for tests that set up schemas.
    public func execute(sql statement: String) async throws {
        try await sql(database).raw(SQLQueryString(statement)).run()
    }

    func sql(_ database: any Database) -> any SQLDatabase {
        // Both drivers Stip uses speak SQL.
        database as! any SQLDatabase
    }
}
