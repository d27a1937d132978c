import ArgumentParser
import Foundation

/// Prints a self-contained HTML page to PDF with headless Chromium, found on the PATH or named.
struct ChromiumPDF {
    let program: String

    init(named: String?) throws {
        guard let program = named ?? Self.onPath(["chromium", "chromium-browser", "google-chrome"]) else {
            throw ValidationError("no Chromium found on the PATH: install it (Debian: apt-get install chromium) or name it with --chromium")
        }
        self.program = program
    }

    /// Writes `html` to a temporary folder and prints it to `output`; returns the file written.
    func print(_ html: String, to output: String, what: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("pagina.html")
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
            throw ValidationError("Chromium could not print the \(what) (exit status \(process.terminationStatus))")
        }
        return target
    }

    static func onPath(_ names: [String]) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") { return "\(folder)/\(name)" }
        }
        return nil
    }
}
