import Foundation
import Logging
import StipTestSupport
import Storage
import Synchronization
import Testing

/// Reading the register costs a fixed number of queries, however long the plan is: one per
/// table on a cold read, one to check the revision once the last check is older than the
/// store's freshness, and none within it.
@Suite struct QueryCountTests {
    final class QueryLog: Sendable {
        let statements = Mutex<[String]>([])
        func take() -> [String] { statements.withLock { let taken = $0; $0 = []; return taken } }
    }

    struct CountingHandler: LogHandler {
        let log: QueryLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            // The SQL drivers log each statement they send as 'Executing query', with the SQL as metadata.
            guard event.message.description == "Executing query", let sql = event.metadata?["sql"]?.description,
                  sql.hasPrefix("SELECT") else { return }
            log.statements.withLock { $0.append(sql) }
        }
    }

    @Test func readingTheRegisterCostsOneQueryPerTableThenOne() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stip-queries-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let log = QueryLog()
        let database = try await StipDatabase(location: .sqlite(path: path), logger: Logger(label: "test") { _ in CountingHandler(log: log) })
        try await database.migrate()
        let store = RegisterStore(database: database)
        try await store.load(SeedPlan.register, replacing: false)
        _ = log.take()

        let checking = RegisterStore(database: database, freshness: .zero)
        _ = try await checking.current()
        let cold = log.take()
        _ = try await checking.current()
        let warm = log.take()

        let trusting = RegisterStore(database: database, freshness: .seconds(3600))
        _ = try await trusting.current()
        _ = log.take()
        _ = try await trusting.current()
        let fresh = log.take()
        await database.shutdown()

        // The revision, the revision again inside the read's transaction, the 18 tables and the record versions.
        #expect(cold.count == 21, "\(cold)")
        #expect(warm.count == 1, "\(warm)")
        #expect(fresh.isEmpty, "\(fresh)")
    }
}
