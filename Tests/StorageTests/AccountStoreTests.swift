import Core
import Foundation
import StipTestSupport
import Storage
import Testing

/// Accounts, sessions and tokens keep only what they must, on SQLite and PostgreSQL.
@Suite struct AccountStoreTests {
    @Test(arguments: ScratchDatabase.available)
    func accountsSessionsAndTokens(database: ScratchDatabase) async throws {
        try await database.with { db in
            let accounts = AccountStore(database: db)
            let an = try await accounts.create(email: "an@limburg.nl", role: .captain, teams: ["team-groene-long"], passwordHash: "$2b$hash")
            await #expect(throws: AccountStore.Failure.emailTaken("an@limburg.nl")) {
                try await accounts.create(email: "an@limburg.nl", role: .partner, teams: [], passwordHash: "x")
            }
            #expect(try await accounts.credentials(email: "an@limburg.nl")?.passwordHash == "$2b$hash")
            #expect(try await accounts.account(id: an.id) == an)

            let now = Date()
            try await accounts.createSession(accountID: an.id, tokenHash: "sessie", expiresAt: now.addingTimeInterval(60))
            #expect(try await accounts.account(sessionTokenHash: "sessie", now: now) == an)
            #expect(try await accounts.account(sessionTokenHash: "sessie", now: now.addingTimeInterval(61)) == nil)
            try await accounts.deleteSession(tokenHash: "sessie")
            #expect(try await accounts.account(sessionTokenHash: "sessie", now: now) == nil)

            let bo = try await accounts.create(email: "bo@limburg.nl", role: .partner, teams: [], passwordHash: "x")
            let token = try await accounts.createAPIToken(accountID: an.id, name: "script", tokenHash: "vingerafdruk")
            #expect(try await accounts.account(apiTokenHash: "vingerafdruk") == an)
            // Another account cannot revoke it; its owner can.
            #expect(try await !accounts.revokeToken(id: token.id, accountID: bo.id))
            #expect(try await accounts.revokeToken(id: token.id, accountID: an.id))
            #expect(try await accounts.account(apiTokenHash: "vingerafdruk") == nil)
            #expect(try await accounts.tokens(of: an.id).first?.revokedAt != nil)
            #expect(try await accounts.all().map(\.email) == ["an@limburg.nl", "bo@limburg.nl"])
        }
    }
}
