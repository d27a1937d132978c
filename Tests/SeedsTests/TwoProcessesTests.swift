import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Two `stip serve` processes on one database, as behind a load balancer: an edit saved through
/// one is on the other's very next page, and two people saving the same record at once, one on
/// each, get one save and one 409 that carries the saved values. (The same through two Vapor
/// applications in one process, on SQLite and PostgreSQL alike: `TwoInstancesTests`.)
@Suite(.serialized) struct TwoProcessesTests {
    @Test func twoProcessesOnOneDatabaseAgree() async throws {
        let built = try #require(Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("stip"),
                                 "no test executable to find stip beside")
        try #require(FileManager.default.isExecutableFile(atPath: built.path), "no stip at \(built.path): swift build first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-two-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: built, to: folder.appendingPathComponent("stip"))
        // Both in the same folder, so both open its ./stip.sqlite; the checkout may stay visible.
        let stip = CopiedStip(folder: folder, hiding: nil)
        let password = "Twee-Processen-Wachtwoord-1"
        let added = try stip.run(["user", "add", "--email", "regie@zl.nl", "--role", "regiegroep", "--password-stdin"], input: password)
        #expect(added.status == 0, "\(added.output)")

        let one = try await Server(stip, folder: folder), two = try await Server(stip, folder: folder)
        defer { one.stop(); two.stop() }
        let token = try await one.token(email: "regie@zl.nl", password: password)
        let path = "/api/v1/actions/groene-long-k01"

        let version = try Server.version(try await one.send("GET", path, token: token))
        let saved = try await one.send("PUT", path, ["title": "Opgeslagen via het eerste proces", "version": version], token: token)
        #expect(saved.status == 200, "\(saved.body)")
        // The other process's very next page: no wait, no restart.
        #expect(try await two.send("GET", "/acties/groene-long-k01").body.contains("Opgeslagen via het eerste proces"))
        let newVersion = try Server.version(saved)
        #expect(try Server.version(try await two.send("GET", path, token: token)) == newVersion)

        async let viaOne = one.send("PUT", path, ["title": "Titel van An", "version": newVersion], token: token)
        async let viaTwo = two.send("PUT", path, ["title": "Titel van Bo", "version": newVersion], token: token)
        let answers = try await [viaOne, viaTwo]
        #expect(answers.map(\.status).sorted() == [200, 409], "\(answers.map(\.body))")
        let winner = answers.first { $0.status == 200 }?.body.contains("Titel van An") == true ? "Titel van An" : "Titel van Bo"
        #expect(answers.first { $0.status == 409 }?.body.contains(winner) == true, "the 409 carries what was saved")
        #expect(try await one.send("GET", "/acties/groene-long-k01").body.contains(winner))
        #expect(try await two.send("GET", "/acties/groene-long-k01").body.contains(winner))
    }
}

/// One `stip serve` of the folder, on a port of its own.
private struct Server {
    let process: Process
    let base: String

    init(_ stip: CopiedStip, folder: URL) async throws {
        let port = try freePort()
        base = "http://127.0.0.1:\(port)"
        process = try stip.start(["serve", "--hostname", "127.0.0.1", "--port", String(port)], log: "stip-\(port).log")
        for _ in 0..<240 where process.isRunning {
            if (try? await send("GET", "/"))?.status == 200 { return }
            try await Task.sleep(for: .milliseconds(250))
        }
        let log = (try? String(contentsOf: folder.appendingPathComponent("stip-\(port).log"), encoding: .utf8)) ?? ""
        Issue.record("stip serve did not answer on \(port): \(log)")
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    func token(email: String, password: String) async throws -> String {
        var request = URLRequest(url: URL(string: base + "/api/v1/tokens")!)
        request.httpMethod = "POST"
        request.setValue("Basic " + Data("\(email):\(password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["token"] as? String, "\(object)")
    }

    func send(_ method: String, _ path: String, _ body: [String: Any]? = nil, token: String? = nil) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    static func version(_ answer: (status: Int, body: String)) throws -> Int {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any], "\(answer.body)")
        return try #require(object["version"] as? Int)
    }
}
