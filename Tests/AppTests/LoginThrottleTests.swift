@testable import App
import Core
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Storage
import Testing
import VaporTesting

/// Guessing passwords is slowed and then stopped, on the login form and on Basic for tokens
/// alike; an unknown address is answered exactly like a wrong password; every refusal is in the
/// audit trail.
@Suite struct LoginThrottleTests {
    /// A clock the test moves forward, so a 15-minute wait takes no time.
    final class Clock: Sendable {
        private let moment = NIOLockedValueBox(Date(timeIntervalSince1970: 1_800_000_000))
        var now: @Sendable () -> Date { { self.moment.withLockedValue { $0 } } }
        func advance(_ seconds: TimeInterval) { moment.withLockedValue { $0 = $0.addingTimeInterval(seconds) } }
    }

    @Test func thirtyWrongPasswordsOnTheFormLockTheAccountUntilTheWaitIsOver() async throws {
        let clock = Clock()
        try await withStipAccounts(now: clock.now) { app, accounts in
            let email = accounts[.partner]!.email
            var statuses: [UInt] = []
            var waits: [Int] = []
            for _ in 0..<30 {
                let attempt = try await app.logIn(email, password: "niet het goede wachtwoord")
                statuses.append(attempt.status.code)
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == 401 })
            #expect(statuses.dropFirst(5).allSatisfy { $0 == 429 }, "\(statuses)")
            // The right password is refused the same way while the wait lasts…
            let form = try await app.testing().sendRequest(.GET, "/inloggen")
            let refused = try await app.testing().sendRequest(
                .POST, "/inloggen", headers: ["Content-Type": "application/x-www-form-urlencoded",
                                              "Cookie": "\(visitorCookie)=\(form.headers.setCookie?[visitorCookie]?.string ?? "")"],
                body: ByteBuffer(string: "email=\(email)&password=correct%20horse%20battery&_csrf=\(csrfField(in: form.body.string) ?? "")"))
            #expect(refused.status == .tooManyRequests)
            let wait = try #require(refused.headers.first(name: .retryAfter).flatMap(Int.init))
            waits.append(wait)
            #expect((1...900).contains(wait))
            #expect(refused.body.string.contains("Te veel mislukte pogingen"))
            // … and works once it is over.
            clock.advance(TimeInterval(wait))
            #expect(try await app.logIn(email).status == .seeOther)

            let database = try #require(app.storage[TestDatabaseKey.self])
            let attempts = try await AuditTrail(database: database).records(.init(entity: "login-attempts"))
            #expect(attempts.count == 5, "the checked failures, not every throttled one")
            #expect(attempts.allSatisfy { $0.entityID == email })
            #expect(attempts.contains { $0.after?.contains("locked") == true })
            #expect(try await AuditTrail(database: database).records(.init(entity: "sessions")).count == 1)
        }
    }

    @Test func basicOnTheTokenEndpointIsThrottledTheSameWay() async throws {
        let clock = Clock()
        try await withStipAccounts(now: clock.now) { app, accounts in
            let email = accounts[.captain]!.email
            func attempt(_ password: String) async throws -> TestingHTTPResponse {
                var headers = HTTPHeaders()
                headers.basicAuthorization = .init(username: email, password: password)
                return try await app.testing().sendRequest(.POST, "/api/v1/tokens", headers: headers)
            }
            var statuses: [UInt] = []
            for _ in 0..<8 { statuses.append(try await attempt("fout").status.code) }
            #expect(statuses == [401, 401, 401, 401, 401, 429, 429, 429])
            let locked = try await attempt(testPassword)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers.first(name: .retryAfter) != nil)
            #expect(locked.body.string.contains("\"status\":429"))
            clock.advance(15 * 60)
            #expect(try await attempt(testPassword).status == .created)
        }
    }

    @Test func anUnknownAddressIsAnsweredLikeAWrongPassword() async throws {
        try await withStipAccounts { app, accounts in
            let wrong = try await app.logIn(accounts[.partner]!.email, password: "fout wachtwoord")
            let unknown = try await app.logIn("niemand@zuid-limburg.nl", password: "fout wachtwoord")
            #expect(wrong.status == unknown.status)
            var statuses: [UInt] = []
            for _ in 0..<6 { statuses.append(try await app.logIn("niemand@zuid-limburg.nl").status.code) }
            #expect(statuses == [401, 401, 401, 401, 429, 429])
        }
    }

    @Test func behindTheProxyEachClientCountsForItself() async throws {
        try await withStip { app in
            func address(peer: String, forwarded: String?) throws -> String? {
                var headers = HTTPHeaders()
                if let forwarded { headers.add(name: "X-Forwarded-For", value: forwarded) }
                let request = Request(application: app, method: .POST, url: "/inloggen", headers: headers,
                                      remoteAddress: try SocketAddress(ipAddress: peer, port: 4000), on: app.eventLoopGroup.any())
                return request.clientAddress
            }
            let proxied = try address(peer: "127.0.0.1", forwarded: "203.0.113.9, 198.51.100.7")
            let privateProxy = try address(peer: "10.0.0.2", forwarded: "198.51.100.8")
            // A client on the internet cannot claim to be someone else.
            let claimed = try address(peer: "203.0.113.5", forwarded: "198.51.100.7")
            let direct = try address(peer: "127.0.0.1", forwarded: nil)
            #expect(proxied == "198.51.100.7" && privateProxy == "198.51.100.8" && claimed == "203.0.113.5" && direct == "127.0.0.1")
        }
    }
}
