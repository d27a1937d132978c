@testable import App
import Core
import Foundation
import Storage
import Testing
import VaporTesting

/// Sessions end when unused and in any case after a day's work; tokens may expire and say when
/// they were last used, and only a logged-in person makes one; a password change asks the
/// current password and logs out every other session; a disabled account is shut out at once.
@Suite struct AccountLifecycleTests {
    @Test func aSessionUnusedForHalfAnHourHasEndedAndUseKeepsItOpen() async throws {
        let clock = LoginThrottleTests.Clock()
        try await withStipAccounts(now: clock.now) { app, accounts in
            let session = try await app.logIn(accounts[.partner]!.email).cookies
            clock.advance(25 * 60)
            #expect(try await app.get("/account", cookies: session).status == .ok, "used within the idle time")
            clock.advance(25 * 60)
            #expect(try await app.get("/account", cookies: session).status == .ok, "the last use counts, not the login")
            clock.advance(31 * 60)
            #expect(try await app.get("/account", cookies: session).status == .seeOther, "unused for 31 minutes")
            // However busy, a session ends twelve hours after the login.
            let busy = try await app.logIn(accounts[.partner]!.email).cookies
            for _ in 0..<25 {
                clock.advance(29 * 60)
                _ = try await app.get("/account", cookies: busy)
            }
            #expect(try await app.get("/account", cookies: busy).status == .seeOther)
        }
    }

    @Test func aTokenMayExpireSaysWhenItWasUsedAndCannotMakeAnother() async throws {
        let clock = LoginThrottleTests.Clock()
        try await withStipAccounts(now: clock.now) { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let tomorrow = ISO8601DateFormatter.string(from: clock.now().addingTimeInterval(86_400), timeZone: TimeZone(identifier: "Europe/Amsterdam")!,
                                                       formatOptions: [.withFullDate])
            let page = try await app.postForm("/account/tokens", [("name", "rapportage"), ("expires", tomorrow)], cookies: session).body.string
            let token = try #require(page.range(of: "<code>").flatMap { start in
                page.range(of: "</code>", range: start.upperBound..<page.endIndex).map { String(page[start.upperBound..<$0.lowerBound]) }
            })
            #expect(try await app.get("/api/v1/me", bearer: token).status == .ok)
            #expect(!(try await app.get("/account", cookies: session).body.string.contains("<td>nooit</td>")), "its last use is shown")
            // A token opens the API only: it cannot reach the account page to make a successor.
            let minted = try await app.testing().sendRequest(
                .POST, "/account/tokens", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=opvolger"))
            #expect(minted.status != .ok)
            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            #expect(try await store.tokens(of: accounts[.steeringGroup]!.id).map(\.name) == ["rapportage"])
            clock.advance(2 * 86_400)
            #expect(try await app.get("/api/v1/me", bearer: token).status == .unauthorized, "expired")
            let past = try await app.postForm("/account/tokens", [("name", "oud"), ("expires", "2020-01-01")], cookies: try await app.logIn(accounts[.steeringGroup]!.email).cookies)
            #expect(past.status == .unprocessableEntity)
        }
    }

    @Test func aPasswordChangeAsksTheCurrentOneAndEndsOtherSessions() async throws {
        try await withStipAccounts { app, accounts in
            let email = accounts[.captain]!.email
            let here = try await app.logIn(email).cookies
            let elsewhere = try await app.logIn(email).cookies
            let wrong = try await app.postForm("/account/wachtwoord", [("current", "niet mijn wachtwoord"), ("new", "zeven blauwe kikkers"), ("repeat", "zeven blauwe kikkers")], cookies: here)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains(#"id="password-current" aria-invalid="true" aria-describedby="password-current-error""#),
                    "the problem is read out with the field it is about")
            #expect(!wrong.body.string.contains("niet mijn wachtwoord"), "a typed password never comes back in the page")
            let common = try await app.postForm("/account/wachtwoord", [("current", testPassword), ("new", "Wachtwoord2021!"), ("repeat", "Wachtwoord2021!")], cookies: here)
            #expect(common.status == .unprocessableEntity)
            #expect(common.body.string.contains("een van de meest gebruikte"), "said in Dutch, like the rest of the page")
            #expect(common.body.string.contains(#"id="password-new" aria-invalid="true""#))
            #expect(try await app.get("/account", cookies: elsewhere).status == .ok, "nothing changed yet")
            let changed = try await app.postForm("/account/wachtwoord", [("current", testPassword), ("new", "zeven blauwe kikkers"), ("repeat", "zeven blauwe kikkers")], cookies: here)
            #expect(changed.status == .ok)
            #expect(changed.body.string.contains("Je wachtwoord is gewijzigd"))
            #expect(try await app.get("/account", cookies: here).status == .ok, "this session stays")
            #expect(try await app.get("/account", cookies: elsewhere).status == .seeOther, "the other one has ended")
            #expect(try await app.logIn(email).status == .unauthorized)
            #expect(try await app.logIn(email, password: "zeven blauwe kikkers").status == .seeOther)
            let audit = try await AuditTrail(database: try #require(app.storage[TestDatabaseKey.self])).records(.init(entity: "accounts"))
            #expect(audit.contains { $0.after?.contains("\"password\":\"changed\"") == true })
            #expect(!audit.contains { $0.after?.contains("zeven") == true }, "the password itself is never in the trail")
        }
    }

    /// bcrypt reads 72 bytes; what is typed after them must not be ignored at the door.
    @Test func aPasswordTypedLongerThanBcryptReadsIsWrongEvenWhenItsStartIsRight() async throws {
        try await withStipAccounts { app, _ in
            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let password = String(repeating: "lang-wachtwoord-", count: 5).prefix(72).description
            _ = try await AccountCreation.create(email: "lang@zuid-limburg.nl", role: .partner, teams: [], password: password, in: store, cost: 4)
            let longer = try await app.logIn("lang@zuid-limburg.nl", password: password + "en nog wat")
            #expect(longer.status == .unauthorized && longer.cookies == "\(sessionCookie)=")
            #expect(try await app.logIn("lang@zuid-limburg.nl", password: password).status == .seeOther)
        }
    }

    @Test func aDisabledAccountIsShutOutAtOnce() async throws {
        try await withStipAccounts { app, accounts in
            let account = accounts[.partner]!
            let session = try await app.logIn(account.email).cookies
            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let token = Secret.token()
            _ = try await store.createAPIToken(accountID: account.id, name: "script", tokenHash: Secret.fingerprint(token))
            try await store.disable(accountID: account.id, by: "stip user disable")
            #expect(try await app.get("/account", cookies: session).status == .seeOther)
            #expect(try await app.get("/api/v1/me", bearer: token).status == .unauthorized)
            #expect(try await app.logIn(account.email).status == .unauthorized)
        }
    }
}
