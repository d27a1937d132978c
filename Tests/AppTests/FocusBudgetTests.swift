@testable import App
import Core
import Foundation
import Glibc
import Testing
import VaporTesting

/// What a visitor may spend on focus selections: a cap on draws, a number of new selections a
/// minute, and work that stops when the reader leaves; beyond it a page in Dutch says how long to wait.
@Suite struct FocusBudgetTests {
    static let zuidLimburg = ["kwb2015_gemeenten_nl.csv", "kwb2015_buurten_nl.csv"]
    static let moment = Date(timeIntervalSince1970: 1_796_000_000)

    @Test(.disabled(if: MonitorPageTests.sharedDataMissing, "the shared CBS data is not beside the repository"))
    func aVisitorDrawsAtMostTheCapAndALoggedInAnalystMore() async throws {
        try await withStipAccounts { app, accounts in
            _ = try await MonitorPageTests.importShared(app, tables: Self.zuidLimburg, boundaries: nil)
            let page = try await app.get("/monitor/focus?bereken=1&trekkingen=2000")
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("Zonder in te loggen rekent Stip met ten hoogste 1.000 trekkingen; log in voor meer."))
            #expect(page.body.string.contains("value=\"2000\""), "what was typed stays in the form")
            #expect(page.body.string.contains("(1 tot 1000)"), "the field's hint names the visitor's maximum")
            let api = try await app.get("/api/v1/monitor/focus?trekkingen=2000")
            #expect(api.status == .unprocessableEntity && api.body.string.contains("trekkingen"))
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            let logged = try await app.get("/monitor/focus?bereken=1&trekkingen=1001", cookies: partner)
            #expect(logged.status == .ok && logged.body.string.contains("geselecteerd"))
            #expect(logged.body.string.contains("(1 tot 5000)"))
        }
    }

    @Test(.disabled(if: MonitorPageTests.sharedDataMissing, "the shared CBS data is not beside the repository"))
    func newSelectionsBeyondTheMinutesAllowanceWaitButKnownOnesAreFree() async throws {
        let limits = ComputeLimits(visitorPerMinute: 2, accountPerMinute: 10)
        // The clock stands still, so a slow machine cannot let the minute run out mid-test.
        try await withStipAccounts(now: { Self.moment }, computeLimits: limits) { app, accounts in
            _ = try await MonitorPageTests.importShared(app, tables: Self.zuidLimburg, boundaries: nil)
            func ask(_ seed: Int, api: Bool = false, cookies: String? = nil) async throws -> TestingHTTPResponse {
                try await app.get(api ? "/api/v1/monitor/focus?trekkingen=20&zaad=\(seed)" : "/monitor/focus?bereken=1&trekkingen=20&zaad=\(seed)", cookies: cookies)
            }
            #expect(try await ask(1).status == .ok)
            #expect(try await ask(2, api: true).status == .ok, "the page and the API draw on one allowance")
            let refused = try await ask(3)
            #expect(refused.status == .tooManyRequests)
            let wait = try #require(refused.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect((1...60).contains(wait))
            #expect(refused.body.string.contains("Je hebt de afgelopen minuut al veel nieuwe berekeningen gevraagd"))
            #expect(refused.body.string.contains("lang=\"nl\""), "a page, not a bare status")
            #expect(try await ask(3, api: true).status == .tooManyRequests)
            // What was computed before costs nothing, for the same visitor or anyone.
            #expect(try await ask(1).status == .ok)
            #expect(try await ask(2).status == .ok)
            // A logged-in analyst has an allowance of their own.
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            #expect(try await ask(3, cookies: partner).status == .ok)
        }
    }

    /// Against a running server, as a browser that gives up: the page's head arrives, the reader
    /// closes the connection, and the drawing stops instead of running to its end. Whether it ran
    /// to its end shows without timing: a finished selection is remembered and costs nothing to
    /// ask again, a cancelled one is not, so asking again spends the visitor's one allowance.
    @Test(.disabled(if: MonitorPageTests.sharedDataMissing, "the shared CBS data is not beside the repository"))
    func aReaderWhoLeavesCancelsTheirSelection() async throws {
        try await withStipAccounts(now: { Self.moment }, computeLimits: ComputeLimits(visitorPerMinute: 1)) { app, _ in
            _ = try await MonitorPageTests.importShared(app, tables: Self.zuidLimburg, boundaries: nil)
            let queue = try #require(app.storage[ComputeQueue.Key.self])
            // Every neighbourhood of the country, 1,000 draws: seconds of work even in a release build.
            let path = "/monitor/focus?bereken=1&regio=nl&trekkingen=1000&zaad=77"
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let socket = try Self.connect(port: port)
            #expect(Self.statusLine(socket, path) == "HTTP/1.1 200 OK")
            var waited = 0
            while queue.load.running == 0, waited < 200 { try await Task.sleep(for: .milliseconds(50)); waited += 1 }
            #expect(queue.load.running == 1, "the selection is being computed")
            close(socket)
            let left = ContinuousClock.now
            while queue.load.running > 0, ContinuousClock.now - left < .seconds(120) { try await Task.sleep(for: .milliseconds(50)) }
            #expect(queue.load.running == 0)
            let again = try Self.connect(port: port)
            #expect(Self.statusLine(again, path) == "HTTP/1.1 429 Too Many Requests",
                    "the selection was not finished and kept: asking again is a new computation")
            close(again)
            await app.server.shutdown()
        }
    }

    /// Sends a GET and reads the answer's first line.
    static func statusLine(_ socket: Int32, _ path: String) -> String {
        _ = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".withCString { send(socket, $0, strlen($0), 0) }
        var head = [UInt8](repeating: 0, count: 512)
        let received = recv(socket, &head, head.count, 0)
        return String(decoding: head.prefix(max(0, received)), as: UTF8.self).components(separatedBy: "\r\n")[0]
    }

    static func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        return socket
    }
}
