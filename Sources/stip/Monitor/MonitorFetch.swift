import ArgumentParser
import Foundation
import Monitor
import Seeds
import Services
import Storage

/// `stip monitor fetch`: data a user asks for from CBS. Besides PDOK's boundaries these are the
/// only outbound calls Stip makes, and only when someone runs this command.
struct MonitorFetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fetch", abstract: "Fetch data from CBS.", subcommands: [CBS.self])

    /// `stip monitor fetch cbs TABLE`: a table of the CBS OData API, stored all or nothing.
    struct CBS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cbs",
            abstract: "Fetch a CBS table (e.g. 85984NED, Kerncijfers wijken en buurten 2024) from opendata.cbs.nl and store its values.",
            discussion: """
            Reads the columns the indicator catalogue names for source cbs-<table id in lower case>, checked against the \
            table's DataProperties first. All or nothing: any problem on any page changes nothing. The same data a second \
            time changes nothing. Without internet, download the CSV from CBS StatLine and use stip monitor import.
            """)

        @Argument(help: "The CBS table id, e.g. 85984NED.") var table: String
        @Option(help: "gemeente, wijk or buurt: only the areas of this level (buurten are most of a KWB table); all levels when left out.")
        var level: String?
        @Option(name: .customLong("base-url"), help: "The OData API root the table id is appended to.")
        var baseURL = CBSODataClient.defaultBaseURL.absoluteString
        @Option(help: "The indicator catalogue (default: Seeds/monitor/indicators.csv).") var catalogue: String?

        func validate() throws {
            _ = try requestedLevel()
            _ = try apiRoot()
        }

        func run() async throws {
            let areaLevel = try requestedLevel(), root = try apiRoot()
            let database = try await StipDatabase.open()
            let store = MonitorStore(database: database)
            let progress = FetchProgressLine(table: table)
            do {
                let fetched = try await CBSODataClient(baseURL: root).fetch(
                    table: table, level: areaLevel, catalogue: try SeedFile.indicatorCatalogue(file: catalogue)) { progress.show($0) }
                progress.finish()
                let result = fetched.result
                print("Fetched \(fetched.info.identifier) \"\(fetched.info.title)\" (period \(fetched.info.period)): \(result.rowsRead) rows in \(fetched.dataPages) page(s), \(result.bytesRead) bytes, columns \(fetched.selectedColumns.joined(separator: ", ")).")
                switch try await MonitorImporting(store: store).importFile(result, by: .command("stip monitor fetch cbs")) {
                case let .imported(observations, areas):
                    print("Imported \(observations) values (\(result.indicators.count) indicators: \(result.indicators.map(\.id).joined(separator: ", ")); years \(result.years.map(String.init).joined(separator: ", "))) and \(areas) area names from \(result.file).")
                case let .alreadyImported(at, by):
                    print("The same data was imported before (\(at), by \(by)); nothing changed.")
                }
            } catch {
                progress.finish()
                await database.shutdown()
                throw fail("\(error)")
            }
            await database.shutdown()
        }

        private func requestedLevel() throws -> AreaLevel? {
            try level.map { name in
                guard let level = AreaLevel(rawValue: name), level >= .municipality else {
                    throw ValidationError("--level '\(name)' is not gemeente, wijk or buurt")
                }
                return level
            }
        }

        private func apiRoot() throws -> URL {
            guard let root = URL(string: baseURL), ["http", "https"].contains(root.scheme?.lowercased() ?? ""), root.host != nil else {
                throw ValidationError("--base-url '\(baseURL)' is not an http(s) URL such as \(CBSODataClient.defaultBaseURL.absoluteString)")
            }
            return root
        }
    }
}

/// One line on standard error that counts the rows as the pages come in.
private final class FetchProgressLine: @unchecked Sendable {
    // Written from the fetch's task only, one page after another; the lock is for the finish.
    private let lock = NSLock()
    private let table: String
    private var shown = false

    init(table: String) { self.table = table }

    func show(_ progress: CBSFetchProgress) {
        lock.withLock {
            shown = true
            FileHandle.standardError.write(Data("\r\(table): \(progress.rowsFetched) rows, page \(progress.pagesFetched)".utf8))
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\n".utf8)) }
            shown = false
        }
    }
}
