import App
import ArgumentParser
import Foundation
import Storage

/// `stip report …`: the Voortgangsrapportage of a reporting round.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The progress report (Voortgangsrapportage) of a reporting round.", subcommands: [ReportPDF.self])
}

/// `stip report pdf ROUND --output FILE`: the round's report (as adopted, or as composed now)
/// printed to PDF by headless Chromium, found on the PATH or named with `--chromium`.
struct ReportPDF: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pdf", abstract: "Print a round's progress report to PDF with headless Chromium.")

    @Argument(help: "The round's id, as in its address: /voortgang/ROUND.")
    var round: String

    @Option(name: .shortAndLong, help: "The PDF file to write.")
    var output: String

    @Option(help: "The Chromium program (default: chromium or chromium-browser on the PATH).")
    var chromium: String?

    func run() async throws {
        guard let program = chromium ?? Self.onPath(["chromium", "chromium-browser", "google-chrome"]) else {
            throw ValidationError("no Chromium found on the PATH: install it (Debian: apt-get install chromium) or name it with --chromium")
        }
        let html = try await StipDatabase.using { database in try await ReportPrinting.html(round: round, store: RegisterStore(database: database)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("rapportage.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--print-to-pdf=\(target.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: target.path) else {
            throw ValidationError("Chromium could not print the report (exit status \(process.terminationStatus))")
        }
        print("Wrote the progress report of \(round) to \(target.path).")
    }

    static func onPath(_ names: [String]) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") { return "\(folder)/\(name)" }
        }
        return nil
    }
}
