import ArgumentParser
import Foundation
import Monitor
import Seeds
import Services
import Storage

/// `stip monitor baseline adopt|show`: the nulmeting, frozen once adopted.
struct MonitorBaseline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline", abstract: "Adopt the nulmeting (baseline) or show it.", subcommands: [Adopt.self, Show.self])

    /// What a baseline freezes beside its values: the indicator definitions, the method settings
    /// and the checksums of the files the values came from.
    struct Definition: Codable {
        struct IndicatorEntry: Codable {
            var id: String
            var theme: String
            var direction: Int?
            var unit: String
            var aggregation: String
        }
        var year: Int
        var indicators: [IndicatorEntry]
        var settings: MethodSettings
        var sources: [Source]
        struct Source: Codable { var file: String; var checksum: String; var importedAt: String }
    }

    struct Adopt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Freeze the values of a year as the nulmeting; later imports never change it.")

        @Option(help: "The data year of the nulmeting.") var year: Int
        @Option(help: "The indicator catalogue (default: Seeds/monitor/indicators.csv).") var catalogue: String?

        func run() async throws {
            try await StipDatabase.using { database in
                let store = MonitorStore(database: database)
                let catalogue = try SeedFile.indicatorCatalogue(file: catalogue)
                let imports = try await store.imports().filter { $0.years.split(separator: ",").contains(Substring(String(year))) }
                let definition = Definition(
                    year: year,
                    indicators: catalogue.indicators.map {
                        .init(id: $0.id, theme: $0.theme.rawValue, direction: $0.direction?.rawValue, unit: $0.unit, aggregation: "\($0.aggregation)")
                    },
                    settings: MethodSettings(),
                    sources: imports.map { .init(file: $0.file, checksum: $0.checksum, importedAt: $0.importedAt) })
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                let baseline = try await MonitorImporting(store: store).adoptBaseline(
                    year: year, definition: String(decoding: try encoder.encode(definition), as: UTF8.self), by: .command("stip monitor baseline adopt"))
                print("Adopted the nulmeting of \(baseline.year) on \(baseline.adoptedAt): \(definition.indicators.count) indicators, \(imports.count) source file(s).")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the adopted nulmeting: its year, what it froze, and its sources.")

        func run() async throws {
            try await StipDatabase.using { database in
                let store = MonitorStore(database: database)
                guard let baseline = try await store.baseline() else {
                    print("No nulmeting has been adopted yet. Import the data of a year, then: stip monitor baseline adopt --year YEAR")
                    return
                }
                let values = try await store.baselineValues()
                print("Nulmeting \(baseline.year), adopted \(baseline.adoptedAt) by \(baseline.adoptedBy): \(values.count) values frozen.")
                print(baseline.definition)
            }
        }
    }
}
