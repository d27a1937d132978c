import App
import ArgumentParser
import Foundation
import Storage

/// `stip consultation …`: a consultation round on the plan.
struct ConsultationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consultation", abstract: "A consultation round on the plan.", subcommands: [ResponseNotePDF.self])
}

/// `stip consultation pdf ROUND --output FILE`: the round's reactienota (every published answer
/// with what became of it, as it stands now) printed to PDF by headless Chromium.
struct ResponseNotePDF: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pdf", abstract: "Print a round's reactienota to PDF with headless Chromium.")

    @Argument(help: "The round's id, as in its address: /consultatie/ROUND.")
    var round: String

    @Option(name: .shortAndLong, help: "The PDF file to write.")
    var output: String

    @Option(help: "The Chromium program (default: chromium or chromium-browser on the PATH).")
    var chromium: String?

    func run() async throws {
        let printer = try ChromiumPDF(named: chromium)
        let html = try await StipDatabase.using { database in try await ResponseNotePrinting.html(round: round, store: RegisterStore(database: database)) }
        guard let html else { throw ValidationError("there is no consultation round '\(round)'") }
        let target = try printer.print(html, to: output, what: "reactienota")
        print("Wrote the reactienota of \(round) to \(target.path).")
    }
}
