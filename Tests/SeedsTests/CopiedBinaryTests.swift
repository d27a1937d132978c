import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
import Darwin
private let streamSocket = SOCK_STREAM
#endif
import Testing

/// The built `stip` copied alone into an empty folder serves the plan and the monitor: what it
/// needs of `Seeds/` is built into it. Where the test may (as root on Linux, as in CI) the copy
/// runs with the checkout covered by an empty folder, so it cannot read a source file in secret.
@Suite(.serialized) struct CopiedBinaryTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func servesThePlanAndTheMonitorFromAnEmptyFolder() async throws {
        let built = try #require(Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("stip"),
                                 "no test executable to find stip beside")
        try #require(FileManager.default.isExecutableFile(atPath: built.path), "no stip at \(built.path): swift build first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-copied-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: built, to: folder.appendingPathComponent("stip"))
        // A few values, so the import reads the catalogue and the map page lists the region.
        try "area_code,year,indicator,value\nGM0935,2015,inwoners,122000\nGM0917,2015,inwoners,87000\n"
            .write(to: folder.appendingPathComponent("values.csv"), atomically: true, encoding: .utf8)
        let stip = CopiedStip(folder: folder, hiding: Self.repository)

        let imported = try stip.run(["monitor", "import", "values.csv", "--format", "long"])
        #expect(imported.status == 0, "\(imported.output)")

        let port = try freePort()
        let server = try stip.start(["serve", "--hostname", "127.0.0.1", "--port", String(port)])
        defer { server.terminate(); server.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)"
        var home: (status: Int, body: String)?
        for _ in 0..<240 where server.isRunning {
            home = try? await get("\(base)/")
            if home != nil { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        let log = { (try? String(contentsOf: folder.appendingPathComponent("stip.log"), encoding: .utf8)) ?? "" }
        let answer = try #require(home, "stip did not answer: \(log())")
        #expect(answer.status == 200)
        #expect(answer.body.contains("<title>Plan van Aanpak NOVI-gebied Zuid-Limburg · Stip</title>"))
        let monitor = try await get("\(base)/monitor")
        #expect(monitor.status == 200)
        #expect(monitor.body.contains("De buurten van Zuid-Limburg"))
        let money = try await get("\(base)/middelen")
        #expect(money.status == 200)
        #expect(log().contains("Loaded people and money from Seeds/zuid-limburg-middelen-2020-2021.yaml (built into stip)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("stip.sqlite").path))
        if !stip.hidesCheckout { print("CopiedBinaryTests: the checkout stayed visible (unshare needs root on Linux)") }
    }

    private func get(_ url: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}

/// The copied `stip`, run in its folder with the default database there (`./stip.sqlite`) and
/// no data folder, where possible in a mount namespace that lays an empty folder over `hiding`.
struct CopiedStip {
    let folder: URL
    let hiding: URL
    let hidesCheckout: Bool

    /// `hiding` nil: the checkout stays visible (for tests that only need the binary on its own).
    init(folder: URL, hiding: URL?) {
        self.folder = folder
        self.hiding = hiding ?? folder
        guard let hiding else {
            hidesCheckout = false
            return
        }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["--mount", "--propagation", "private", "/bin/sh", "-c", "mount -t tmpfs stip-hidden \"$0\"", hiding.path]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        hidesCheckout = (try? probe.run()).map { probe.waitUntilExit(); return probe.terminationStatus == 0 } ?? false
    }

    /// Runs a command to its end, with `input` on its standard input.
    func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = try start(arguments, input: input)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: folder.appendingPathComponent("stip.log"), encoding: .utf8)) ?? "")
    }

    func start(_ arguments: [String], input: String? = nil, log name: String = "stip.log") throws -> Process {
        let process = Process()
        if hidesCheckout {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
            process.arguments = ["--mount", "--propagation", "private", "/bin/sh", "-c",
                                 "mount -t tmpfs stip-hidden \"$0\" && exec ./stip \"$@\"", hiding.path] + arguments
        } else {
            process.executableURL = folder.appendingPathComponent("stip")
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for name in ["DATABASE_URL", "STIP_DATA_DIR"] { environment[name] = nil }
        process.environment = environment
        // A file rather than a pipe: a server that logs a lot cannot fill it and stall.
        let log = folder.appendingPathComponent(name)
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        let pipe = input.map { _ in Pipe() }
        if let pipe { process.standardInput = pipe }
        try process.run()
        if let pipe, let input {
            pipe.fileHandleForWriting.write(Data((input + "\n").utf8))
            try pipe.fileHandleForWriting.close()
        }
        return process
    }
}

/// A loopback port nobody listens on now: bound to port 0, read back, let go.
func freePort() throws -> Int {
    let descriptor = socket(AF_INET, streamSocket, 0)
    guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
}
