@testable import App
import Core
import Foundation
import Storage
import Testing
import VaporTesting

/// Form and JSON bodies are outside input too: every write route gets bodies made from a seeded
/// generator (field names Stip reads with hostile, huge, malformed and random values; JSON of
/// every shape; bytes that are not UTF-8), sent by the beheerder with a valid form token or
/// bearer token, so every check past authorisation is reached. No answer may be a server error,
/// and an answer that refuses may not have written anything: the audit trail, which every write
/// joins in its own transaction, keeps its length.
///
/// CI runs a short smoke; `STIP_BODY_FUZZ_ITERATIONS=N swift test --filter BodyFuzzTests` runs
/// longer (`scripts/fuzz-bodies.sh` for a timed run).
@Suite struct BodyFuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["STIP_BODY_FUZZ_ITERATIONS"] ?? "") ?? 400
    static let seed = UInt64(ProcessInfo.processInfo.environment["STIP_BODY_FUZZ_SEED"] ?? "") ?? 20201117

    @Test func noBodyMakesAServerErrorOrAPartialWrite() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.administrator]!.email).cookies
            let csrf = try await app.formToken(cookies: session)
            let token = Secret.token()
            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            _ = try await store.createAPIToken(accountID: accounts[.administrator]!.id, name: "fuzz", tokenHash: Secret.fingerprint(token))
            let audit = AuditTrail(database: try #require(app.storage[TestDatabaseKey.self]))
            let routes = app.routes.all.filter { $0.method != .GET && $0.method != .HEAD }
                // Logging out would end the session the walk writes with.
                .filter { RouteWalkTests.path(of: $0) != "/uitloggen" }
            var generator = BodyGenerator(seed: Self.seed)
            var statuses: [UInt: Int] = [:]
            var written = try await audit.length()
            for iteration in 0..<Self.iterations {
                let route = routes[iteration % routes.count]
                let path = RouteWalkTests.path(of: route)
                var headers = HTTPHeaders()
                let body: ByteBuffer
                if path.hasPrefix(APIPath.prefix) {
                    headers.bearerAuthorization = .init(token: token)
                    headers.contentType = .json
                    body = ByteBuffer(bytes: generator.json())
                } else {
                    headers.add(name: "Cookie", value: session)
                    headers.contentType = .urlEncodedForm
                    body = ByteBuffer(bytes: generator.form(csrf: csrf))
                }
                let response = try await app.testing().sendRequest(route.method, path, headers: headers, body: body)
                statuses[response.status.code, default: 0] += 1
                #expect(response.status.code < 500, "\(route.method) \(path): \(response.status.code) for \(String(decoding: body.readableBytesView, as: UTF8.self).prefix(300))")
                let now = try await audit.length()
                if response.status.code >= 400 {
                    #expect(now == written, "\(route.method) \(path) refused (\(response.status.code)) but wrote \(now - written) audit record(s)")
                }
                written = now
            }
            print("BodyFuzzTests: \(Self.iterations) bodies over \(routes.count) write routes, seed \(Self.seed): \(statuses.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " "))")
        }
    }
}

/// SplitMix64: a small generator whose seed makes a failing body reproducible.
struct BodyGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// The names Stip's forms and API read, and a few it does not.
    static let names = FieldName.allCases.map(\.rawValue) + [
        "version", "_csrf", "datum", "aantal", "bron", "regio", "benchmark", "waarde", "jaar", "partij", "activiteit", "besluit",
        "bedrag", "bron", "status", "naam", "notitie", "monitor-indicator", "monitor-jaar", "next", "email", "password", "name",
        "percentiel", "trekkingen", "zaad", "niveau", "opslaan", "__proto__", "", "a[b]", "x.y", "🙂",
    ]

    mutating func text() -> String {
        switch below(12) {
        case 0: return HostilePayloadTests.payloads[below(HostilePayloadTests.payloads.count)].text
        case 1: return String(repeating: pick(["9", "a", "-", "€", "\u{0}", "%"]), count: pick([0, 1, 300, 10_001, 100_000]))
        case 2: return pick(["-1", "0", "1", "2147483648", "9223372036854775808", "1e308", "NaN", "-0", "1.5", "1,5", "０"])
        case 3: return pick(["2021-02-30", "2021-13-01", "0000-00-00", "9999-12-31", "2021-1-1", "gisteren"])
        case 4: return pick(["true", "false", "on", "null", "[]", "{}", "undefined"])
        case 5: return pick(["groene-long", "team-groene-long", "groene-long-k01", "economie", "provincie-limburg", "onbekend", "../etc/passwd"])
        case 6: return String((0..<below(40)).map { _ in Character(Unicode.Scalar(UInt8(32 + below(95)))) })
        case 7: return "\u{202E}\u{200B}\u{FEFF}\r\n\t"
        default: return String(repeating: "x", count: below(20))
        }
    }

    mutating func form(csrf: String) -> [UInt8] {
        var pairs: [String] = []
        for _ in 0..<below(12) {
            let name = pick(Self.names), value = text()
            pairs.append(below(10) == 0 ? "\(name)&\(value)" : "\(Escaped.queryValue(name))=\(Escaped.queryValue(value))")
        }
        if below(8) != 0 { pairs.append("_csrf=\(csrf)") }
        var bytes = Array(pairs.joined(separator: "&").utf8)
        switch below(10) {
        case 0: bytes += [0xFF, 0xFE, 0xC3]  // not UTF-8
        case 1: bytes += Array("=%%%zz&%E2%82".utf8)
        default: break
        }
        return bytes
    }

    mutating func json(depth: Int = 0) -> [UInt8] {
        switch below(10) {
        case 0: return Array(pick(["", "{", "[", "null", "\"x\"", "{\"a\":}", "{}{}", "\u{0}"]).utf8)
        case 1: return Array(String(repeating: "[", count: 5_000).utf8)
        default:
            var fields: [String] = []
            for _ in 0..<below(10) {
                fields.append("\(quoted(pick(Self.names))): \(value(depth: depth))")
            }
            return Array(("{" + fields.joined(separator: ",") + "}").utf8)
        }
    }

    private mutating func value(depth: Int) -> String {
        switch below(depth > 2 ? 6 : 8) {
        case 0: return String(below(5) == 0 ? Int(bitPattern: UInt(next())) : below(10))
        case 1: return pick(["true", "false", "null", "1.5", "-1", "1e999"])
        case 6: return "[" + (0..<below(4)).map { _ in value(depth: depth + 1) }.joined(separator: ",") + "]"
        case 7: return String(decoding: json(depth: depth + 1), as: UTF8.self)
        default: return quoted(text())
        }
    }

    private func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
