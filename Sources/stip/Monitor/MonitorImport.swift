import ArgumentParser
import Foundation
import Monitor
import Seeds
import Services
import Storage

/// `stip monitor import FILE`: a CBS table, a long CSV or a GeoJSON of boundaries, all or nothing.
struct MonitorImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CBS Kerncijfers Wijken en Buurten table, a long CSV (area_code,year,indicator,value) or GeoJSON boundaries.",
        discussion: "All or nothing: a file with any problem changes nothing and every problem is named with its line and column. The same file a second time changes nothing.")

    @Argument(help: "The file to import.") var file: String
    @Option(help: "The data year, when the file does not say it (KWB files name no year).") var year: Int?
    @Option(help: "cbs-kwb, long or geojson; by default read from the file.") var format: String?
    @Option(help: "The indicator catalogue (default: Seeds/monitor/indicators.csv).") var catalogue: String?

    func run() async throws {
        let kind = format ?? (file.lowercased().hasSuffix("json") ? "geojson" : nil)
        try await StipDatabase.using { database in
            let importing = MonitorImporting(store: MonitorStore(database: database)), actor = Actor.command("stip monitor import")
            if kind == "geojson" {
                guard let year else { throw ValidationError("--year is needed for boundaries: say which year's division they are.") }
                let boundaries = try BoundaryFile.read(URL(fileURLWithPath: file))
                try await importing.storeBoundaries(boundaries.boundaries, year: year, file: URL(fileURLWithPath: file).lastPathComponent, by: actor)
                print("Stored \(boundaries.boundaries.count) boundaries of \(year) from \(file) (\(boundaries.referenceSystem)).")
                return
            }
            let importFormat = try kind.map { name in
                guard let format = ImportFormat(rawValue: name) else { throw ValidationError("--format '\(name)' is not cbs-kwb, long or geojson") }
                return format
            } ?? ImportFormat.detect(path: file)
            let progress = ProgressLine(file: file)
            let result = try importFormat.read(path: file, catalogue: try SeedFile.indicatorCatalogue(file: catalogue), year: year) { progress.show($0) }
            progress.finish()
            let outcome = try await importing.importFile(result, by: actor)
            switch outcome {
            case let .imported(observations, areas):
                print("Imported \(observations) values (\(result.indicators.count) indicators, years \(result.years.map(String.init).joined(separator: ", "))) and \(areas) area names from \(file).")
                for absent in result.absentIndicators {
                    print("  not in this file: \(absent.id) (\(absent.source): \(absent.missingColumns.joined(separator: ", ")))")
                }
            case let .alreadyImported(at, by):
                print("\(file) was imported before (\(at), by \(by)); nothing changed.")
            }
        }
    }
}

/// One line on standard error that counts up while a large file is read.
final class ProgressLine: @unchecked Sendable {
    private let file: String
    private var shown = -1

    init(file: String) { self.file = file }

    func show(_ progress: ImportProgress) {
        let percent = Int(progress.fraction * 100)
        guard percent / 5 != shown / 5 else { return }
        shown = percent
        FileHandle.standardError.write(Data("\r\(file): \(percent)% (\(progress.rowsRead) rows)".utf8))
    }

    func finish() {
        if shown >= 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
