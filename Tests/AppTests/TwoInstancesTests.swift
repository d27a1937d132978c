@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// Two Stip instances on one database, as behind a load balancer: an edit through one is on the
/// other's next page, and two people saving the same record through different instances at
/// once get one save and one conflict that shows the saved values.
@Suite struct TwoInstancesTests {
    @Test(arguments: ScratchDatabase.available)
    func twoInstancesOnOneDatabaseAgree(database: ScratchDatabase) async throws {
        try await database.withTwoInstances { first, second in
            try await RegisterStore(database: first).load(SeedPlan.register, replacing: false)
            let accounts = AccountStore(database: first)
            let account = try await AccountCreation.create(
                email: "regie@zuid-limburg.nl", role: .steeringGroup, teams: [], password: testPassword, in: accounts, cost: 4)
            let token = "token-two-instances"
            _ = try await accounts.createAPIToken(accountID: account.id, name: "test", tokenHash: Secret.fingerprint(token))
            func instance(_ db: StipDatabase) -> @Sendable (Application) async throws -> Void {
                { app in
                    App.configure(app, store: RegisterStore(database: db), accounts: AccountStore(database: db), audit: AuditTrail(database: db), passwordCost: 4)
                }
            }
            try await withApp(configure: instance(first)) { one in
                try await withApp(configure: instance(second)) { two in
                    let path = "/api/v1/actions/groene-long-k01"
                    // Both have read the action, so both hold the register in memory.
                    let version = try Self.version(try await one.get(path))
                    #expect(try Self.version(try await two.get(path)) == version)

                    let saved = try await RecordEditTests.send(one, .PUT, path, ["title": "Opgeslagen via de eerste", "version": version], token)
                    #expect(saved.status == .ok)
                    let newVersion = try Self.version(saved)
                    // The other instance's very next answers: no wait, no restart.
                    #expect(try await two.get("/acties/groene-long-k01").body.string.contains("Opgeslagen via de eerste"))
                    #expect(try Self.version(try await two.get(path)) == newVersion)

                    // Two people, one on each instance, save the same version at once.
                    async let viaOne = RecordEditTests.send(one, .PUT, path, ["title": "Titel van An", "version": newVersion], token)
                    async let viaTwo = RecordEditTests.send(two, .PUT, path, ["title": "Titel van Bo", "version": newVersion], token)
                    let answers = try await [viaOne, viaTwo]
                    #expect(answers.map(\.status.code).sorted() == [200, 409])
                    let winner = try #require(answers.first { $0.status == .ok }).body.string.contains("Titel van An") ? "Titel van An" : "Titel van Bo"
                    let conflict = try #require(answers.first { $0.status == .conflict }).body.string
                    #expect(conflict.contains(winner), "the conflict shows what was saved: \(conflict)")
                    #expect(try await one.get("/acties/groene-long-k01").body.string.contains(winner))
                    #expect(try await two.get("/acties/groene-long-k01").body.string.contains(winner))
                }
            }
        }
    }

    static func version(_ response: TestingHTTPResponse) throws -> Int {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
        return try #require(object["version"] as? Int)
    }
}
