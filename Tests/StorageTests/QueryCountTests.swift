import Core
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
        /// Only reads (SELECT), or every statement.
        var selectsOnly = true
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            // The SQL drivers log each statement they send as 'Executing query', with the SQL as metadata.
            guard event.message.description == "Executing query", let sql = event.metadata?["sql"]?.description,
                  !selectsOnly || sql.hasPrefix("SELECT") else { return }
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

    /// An edit writes the record's row, its version and its audit record, on top of raising the
    /// revision: a handful of statements, the same for a plan twice the size.
    @Test func anEditRunsAHandfulOfStatementsWhateverThePlansSize() async throws {
        let account = Account(id: "a1", email: "regie@zl.nl", role: .steeringGroup)
        var counts: [Int] = []
        for extra in [0, 200] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("stip-writes-\(UUID().uuidString).sqlite").path
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let log = QueryLog()
            let database = try await StipDatabase(location: .sqlite(path: path), logger: Logger(label: "test") { _ in
                CountingHandler(log: log, selectsOnly: false)
            })
            try await database.migrate()
            let store = RegisterStore(database: database)
            var plan = SeedPlan.register
            plan.organisations += (0..<extra).map { Organisation(id: "extra-\($0)", name: "Extra \($0)", kind: .company, country: .nl) }
            try await store.load(plan, replacing: false)
            let action = EntityReference(.actions, "groene-long-k01")
            var version = try #require(try await store.current()).version(of: action)
            for title in ["Team Groene Long vormen", "Team Groene Long gevormd"] {
                _ = log.take()
                version = try await store.apply(RegisterChange(.actions, .update(id: action.id, values: [.title: title], version: version)), by: account).version
                let statements = log.take()
                let changing = statements.filter { !$0.hasPrefix("SELECT") }
                // 9 on SQLite: begin; raise and read the revision; the action's row (its version is a column of it); the audit record and the chain's head (4); commit.
                #expect(statements.count <= 10, "\(statements.joined(separator: "\n"))")
                #expect(!changing.contains { $0.hasPrefix("DELETE") }, "an edit deletes nothing")
                #expect(changing.filter { $0.contains("\"actions\"") || $0.contains(" actions ") }.count == 1, "\(changing)")
                counts.append(statements.count)
            }
            await database.shutdown()
        }
        #expect(Set(counts).count == 1, "the same statements for a plan with 200 more organisations: \(counts)")
    }
}
