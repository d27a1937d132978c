@testable import App
import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing

/// `stip report pdf` prints a round's Voortgangsrapportage through headless Chromium: the built
/// `stip` is run on a SQLite file where a round was opened, and what it writes is a PDF of
/// several pages. Runs where Chromium is installed (CI installs it).
@Suite struct ReportPDFTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed"))
    func theCommandWritesTheRoundsReportAsAPDF() async throws {
        let data = try await Self.printed(["report", "pdf", "voortgang-1e-helft-2021"]) { register, regie in
            _ = try await Reporting(store: ReportStore(beside: register), register: register, headline: nil)
                .open(name: "Voortgang 1e helft 2021", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2021-07-15", by: regie)
        }
        #expect(data.prefix(5) == Data("%PDF-".utf8))
        let text = String(decoding: data, as: UTF8.self)
        let pages = text.matches(of: /\/Type\s*\/Page[^s]/).count
        #expect(pages >= 3, "a report of several pages, not an error page (\(pages) pages, \(data.count) bytes)")
    }

    /// Runs the built `stip` with `arguments` and `--output` on a SQLite file holding the plan and
    /// what `prepare` adds, and returns the PDF it wrote.
    static func printed(_ arguments: [String], prepare: (RegisterStore, Account) async throws -> Void) async throws -> Data {
        let built = try #require(Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("stip"))
        try #require(FileManager.default.isExecutableFile(atPath: built.path), "no stip at \(built.path): swift build first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("stip.sqlite").path
        let database = try await StipDatabase(location: .sqlite(path: path))
        try await database.migrate()
        let register = RegisterStore(database: database)
        try await register.load(SeedPlan.register, replacing: false)
        try await prepare(register, Account(id: "r", email: "regie@zl.nl", role: .steeringGroup, name: "Regiegroep"))
        await database.shutdown()

        let pdf = folder.appendingPathComponent("uit.pdf")
        let process = Process()
        process.executableURL = built
        process.arguments = arguments + ["--output", pdf.path, "--chromium", chromium!]
        process.environment = ProcessInfo.processInfo.environment.merging(["DATABASE_URL": "sqlite:\(path)"]) { $1 }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try Data(contentsOf: pdf)
    }

    /// `stip consultation pdf` prints a round's reactienota the same way, with the published answer in it.
    @Test(.enabled(if: chromium != nil, "Chromium is not installed"))
    func theCommandWritesTheReactienotaAsAPDF() async throws {
        let data = try await Self.printed(["consultation", "pdf", "consultatie-plan-1-0"]) { register, regie in
            let consulting = Consulting(store: ConsultationStore(beside: register), register: register, document: { PlanDocumentRoutes.document($0) })
            let round = try await consulting.open(title: "Consultatie plan 1.0", invitation: "Hoe ziet u het?", version: "1.0", opensOn: "2026-01-01",
                                                  closesOn: "2099-12-31", invited: Invitation(kinds: [.foreignGovernment], countries: [.de], everyone: false),
                                                  by: regie)
            let partner = Account(id: "p", email: "p@aachen.de", role: .partner, name: "Anna Schmidt")
            _ = try await consulting.answer(ConsultationAnswerInput(about: "4.5", enthusiastic: "Rekenschap als vierde R", differently: "", participation: "",
                                                                    contributions: [], how: ""), in: round.id, organisation: "stadt-aachen", followToken: "t", by: partner)
        }
        #expect(data.prefix(5) == Data("%PDF-".utf8) && data.count > 10_000, "a PDF with text, not an empty page (\(data.count) bytes)")
    }
}
