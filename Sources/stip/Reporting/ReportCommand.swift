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
        let printer = try ChromiumPDF(named: chromium)
        let html = try await StipDatabase.using { database in try await ReportPrinting.html(round: round, store: RegisterStore(database: database)) }
        let target = try printer.print(html, to: output, what: "report")
        print("Wrote the progress report of \(round) to \(target.path).")
    }
}
