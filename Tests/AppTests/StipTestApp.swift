import Foundation
import App
import StipTestSupport
import Storage
import VaporTesting

/// Runs `test` against Stip over a scratch database holding the shipped plan.
func withStip(
    _ database: ScratchDatabase = ScratchDatabase(kind: .sqlite), seeded: Bool = true,
    _ test: (Application) async throws -> Void
) async throws {
    try await withStipAndStore(database, seeded: seeded) { app, _ in try await test(app) }
}

/// The same, with the store the app reads from, for tests that change the register underneath it.
func withStipAndStore(
    _ database: ScratchDatabase = ScratchDatabase(kind: .sqlite), seeded: Bool = true, behindTLS: Bool = false,
    now: @escaping @Sendable () -> Date = Date.init, computeLimits: ComputeLimits = .roomyForTests, languages: [ScreenLanguage] = [.dutch],
    _ test: (Application, RegisterStore) async throws -> Void
) async throws {
    try await database.with { db in
        let store = RegisterStore(database: db)
        if seeded { try await store.load(SeedPlan.register, replacing: false) }
        // Bcrypt at its lowest cost: the same code path, without a quarter second per login.
        try await withApp(configure: { app in
            app.storage[TestDatabaseKey.self] = db
            App.configure(app, store: store, accounts: AccountStore(database: db), audit: AuditTrail(database: db), passwordCost: 4, behindTLS: behindTLS,
                          computeLimits: computeLimits, now: now, languages: languages)
        }) { app in try await test(app, store) }
    }
}


/// The scratch database a test app runs on, for tests that add accounts to it.
struct TestDatabaseKey: StorageKey {
    typealias Value = StipDatabase
}

extension ComputeLimits {
    /// Tests that walk many selections as a visitor are not about the allowance; those that are set their own.
    static let roomyForTests = ComputeLimits(visitorPerMinute: 10_000, accountPerMinute: 10_000)
}
