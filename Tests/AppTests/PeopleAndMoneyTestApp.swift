import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The shipped people-and-money file, read once per test process against the shipped plan.
enum SeedPeopleAndMoneyFile {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Seeds/zuid-limburg-middelen-2020-2021.yaml").path

    static let data: PeopleAndMoney = {
        do {
            return try PeopleAndMoneyFile.load(path: path, plan: SeedPlan.register)
        } catch {
            fatalError("The shipped people-and-money file does not load:\n\(error)")
        }
    }()
}

/// Stip with an account per role, the plan and its people and money, as `stip serve` starts on a fresh machine.
func withStipMoney(_ test: (Application, [AccountRole: Account]) async throws -> Void) async throws {
    try await withStipAccounts { app, accounts in
        let database = try #require(app.storage[TestDatabaseKey.self])
        try await PeopleAndMoneyStore(database: database).load(SeedPeopleAndMoneyFile.data, replacing: false)
        try await test(app, accounts)
    }
}
