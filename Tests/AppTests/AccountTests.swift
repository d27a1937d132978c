@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// Logging in, roles, CSRF and tokens, as a browser and a script meet them.
@Suite struct AccountTests {
    static let password = testPassword

    @Test func everyRouteAnswersEveryRoleAsTheMatrixSays() async throws {
        try await withStipAccounts { app, accounts in
            // Expected status per route for: anonymous, partner, aanvoerder, regiegroep, beheerder.
            let matrix: [(String, [UInt])] = [
                ("/", [200, 200, 200, 200, 200]),
                ("/actielijnen/groene-long", [200, 200, 200, 200, 200]),
                ("/api/v1/actions", [200, 200, 200, 200, 200]),
                ("/account", [303, 200, 200, 200, 200]),
                ("/beheer/accounts", [303, 403, 403, 403, 200]),
                ("/inloggen", [200, 303, 303, 303, 303]),
            ]
            var sessions: [String?] = [nil]
            for role in [AccountRole.partner, .captain, .steeringGroup, .administrator] {
                let login = try await app.logIn(accounts[role]!.email)
                #expect(login.status == .seeOther)
                sessions.append(login.cookies)
            }
            for (path, statuses) in matrix {
                for (session, status) in zip(sessions, statuses) {
                    #expect(try await app.get(path, cookies: session).status.code == status, "\(path) as \(session == nil ? "anonymous" : session!)")
                }
            }
            let forbidden = try await app.get("/beheer/accounts", cookies: sessions[1])
            #expect(forbidden.body.string.contains("Geen toegang"))
        }
    }

    @Test func aWrongPasswordKeepsWhatWasTypedAndSaysSo() async throws {
        try await withStipAccounts { app, accounts in
            let result = try await app.logIn(accounts[.partner]!.email, password: "fout wachtwoord")
            #expect(result.status == .unauthorized)
            let unknown = try await app.logIn("niemand@zuid-limburg.nl")
            #expect(unknown.status == .unauthorized)
        }
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        try await withStipAccounts { app, accounts in
            let response = try await app.testing().sendRequest(
                .POST, "/inloggen", headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "\(visitorCookie)=echt"],
                body: ByteBuffer(string: "email=\(accounts[.partner]!.email)&password=x&_csrf=nagemaakt"))
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("verlopen"))
        }
    }

    @Test func aTokenChosenByTheClientAsCookieAndFieldAlikeIsRefused() async throws {
        try await withStipAccounts { app, accounts in
            // The old double submit accepted any value sent as both cookie and field.
            let response = try await app.testing().sendRequest(
                .POST, "/inloggen", headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "\(visitorCookie)=gekozen"],
                body: ByteBuffer(string: "email=\(accounts[.partner]!.email)&password=correct%20horse%20battery&_csrf=gekozen"))
            #expect(response.status == .forbidden)
        }
    }

    @Test func theFormTokenBelongsToTheSessionAndChangesAtLogin() async throws {
        try await withStipAccounts { app, accounts in
            let form = try await app.testing().sendRequest(.GET, "/inloggen")
            let beforeLogin = try #require(csrfField(in: form.body.string))
            let first = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let second = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let firstToken = try await app.formToken(cookies: first)
            let secondToken = try await app.formToken(cookies: second)
            #expect(!firstToken.isEmpty && firstToken != secondToken && firstToken != beforeLogin)
            #expect(try await app.formToken(cookies: first) == firstToken, "a session keeps its token")
            // A token of one session does not pass with another session's cookie.
            let crossed = try await app.testing().sendRequest(
                .POST, "/account/tokens", headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": second],
                body: ByteBuffer(string: "_csrf=\(firstToken)&name=gestolen"))
            #expect(crossed.status == .forbidden)
            let own = try await app.testing().sendRequest(
                .POST, "/account/tokens", headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": second],
                body: ByteBuffer(string: "_csrf=\(secondToken)&name=eigen"))
            #expect(own.status == .ok)
        }
    }

    @Test func theAPITakesNoSessionCookieSoACrossSiteFormCannotWrite() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.administrator]!.email).cookies
            // What a form on another site can send: text/plain, with the browser's cookie.
            let forged = try await app.testing().sendRequest(
                .POST, "/api/v1/organisations", headers: ["Content-Type": "text/plain", "Cookie": session],
                body: ByteBuffer(string: #"{"name": "Nep", "kind": "bedrijf", "country": "NL"}"#))
            #expect(forged.status == .unauthorized)
            #expect(try await app.get("/api/v1/me", cookies: session).status == .unauthorized)
            #expect(try await app.get("/api/v1/organisations/nep").status == .notFound)
        }
    }

    @Test func sessionCookiesAreSecureHttpOnlyAndSameSite() async throws {
        try await withStipAccounts { app, accounts in
            let form = try await app.testing().sendRequest(.GET, "/inloggen")
            let visitor = try #require(form.headers.first(name: "Set-Cookie"))
            #expect(visitor.hasPrefix("__Host-") && visitor.contains("Path=/") && !visitor.contains("Domain"))
            #expect(visitor.contains("HttpOnly") && visitor.contains("Secure") && visitor.contains("SameSite=Strict"))
            let page = try await app.testing().sendRequest(.GET, "/inloggen")
            let cookie = try #require(page.headers.setCookie?[visitorCookie]?.string)
            let login = try await app.testing().sendRequest(
                .POST, "/inloggen", headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "\(visitorCookie)=\(cookie)"],
                body: ByteBuffer(string: "email=\(accounts[.partner]!.email)&password=correct%20horse%20battery&_csrf=\(csrfField(in: page.body.string) ?? "")"))
            let session = try #require(login.headers[.setCookie].first { $0.hasPrefix(sessionCookie) })
            #expect(session.contains("HttpOnly") && session.contains("Secure") && session.contains("SameSite=Lax"))
            // Public pages hand out no cookie at all.
            #expect(try await app.get("/").headers.first(name: "Set-Cookie") == nil)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let response = try await app.postForm("/uitloggen", [], cookies: session)
            #expect(response.status == .seeOther)
            #expect(try await app.get("/account", cookies: session).status == .seeOther)
        }
    }

    @Test func aScriptGetsATokenWithBasicAuthAndLosesItWhenRevoked() async throws {
        try await withStipAccounts { app, accounts in
            let captain = accounts[.captain]!
            var headers = HTTPHeaders()
            headers.basicAuthorization = .init(username: captain.email, password: Self.password)
            let issued = try await app.testing().sendRequest(.POST, "/api/v1/tokens", headers: headers)
            #expect(issued.status == .created)
            let token = try JSONDecoder().decode([String: String].self, from: Data(buffer: issued.body))["token"]!

            let me = try await app.get("/api/v1/me", bearer: token)
            #expect(me.status == .ok)
            #expect(try JSONDecoder().decode(Account.self, from: Data(buffer: me.body)) == captain)
            #expect(try await app.get("/api/v1/me").status == .unauthorized)
            #expect(try await app.get("/api/v1/me", bearer: "verzonnen").status == .unauthorized)

            headers.basicAuthorization = .init(username: captain.email, password: "fout")
            let refused = try await app.testing().sendRequest(.POST, "/api/v1/tokens", headers: headers)
            #expect(refused.status == .unauthorized)
            #expect(refused.headers.first(name: .wwwAuthenticate) != nil)

            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let listed = try #require(try await store.tokens(of: captain.id).first)
            try await store.revokeToken(id: listed.id, accountID: captain.id)
            #expect(try await app.get("/api/v1/me", bearer: token).status == .unauthorized)
        }
    }

    @Test func theAccountPageMakesATokenShownOnce() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.partner]!.email).cookies
            let page = try await app.postForm("/account/tokens", [("name", "rapportage")], cookies: session)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Je nieuwe token"))
            let again = try await app.get("/account", cookies: session).body.string
            #expect(again.contains("rapportage"))
            #expect(!again.contains("Je nieuwe token"))
        }
    }
}
