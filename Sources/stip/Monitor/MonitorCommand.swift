import ArgumentParser
import Foundation
import Monitor

struct MonitorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor", abstract: "The broad well-being monitor.",
        subcommands: [MonitorImport.self, MonitorIndex.self, MonitorFocus.self, MonitorBaseline.self, MonitorFetch.self, Compute.self])

    /// The index from files alone, no database: how analysts and auditors check Stip's numbers.
    struct Compute: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute the composite index from CSV files, with no database.",
            discussion: """
            LONG.csv: area_code,indicator,value (empty value = missing). DEFS.csv: indicator,theme,direction,weight \
            (direction +1 or -1). THEMES.csv: theme,weight[,parent]. Output: area_code, theme:<id>..., group:<id>..., index, rank.
            """)

        @Option(help: "area_code,indicator,value") var data: String
        @Option(help: "indicator,theme,direction,weight") var indicators: String
        @Option(help: "theme,weight[,parent]: weights and groups of the themes") var themes: String?
        @Option(help: "minmax, zscore, rank or reference") var normalise = "minmax"
        @Option(help: "arithmetic or geometric") var aggregate = "arithmetic"
        @Option(help: "Share of indicators a unit needs to take part") var minCoverage = 0.65
        @Option(help: "Share of a theme's indicator weight a unit needs for the theme") var minThemeWeight = 0.5
        @Option(help: "With --normalise reference: the area whose values are the reference (it is not ranked)") var reference: String?
        @Option(help: "Where to write the result") var output: String

        func run() async throws {
            guard let normalisation = Normalisation(rawValue: normalise) else {
                throw fail("--normalise '\(normalise)' is not one of \(Normalisation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let aggregation = Aggregation(rawValue: aggregate) else {
                throw fail("--aggregate '\(aggregate)' is not one of \(Aggregation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            do {
                let files = try IndexFiles(data: data, indicators: indicators, themes: themes, reference: reference)
                let settings = MethodSettings(minCoverage: minCoverage, normalisation: normalisation, aggregation: aggregation, minThemeWeight: minThemeWeight)
                let result = try CompositeIndex.compute(files.dataset, settings: settings)
                try files.csv(result).write(toFile: output, atomically: true, encoding: .utf8)
                let ranked = result.ranks.compactMap { $0 }.count
                print("Wrote \(output): \(files.dataset.unitIDs.count) areas, \(ranked) ranked, \(files.themes.count) themes, \(files.groups.count) groups.")
            } catch {
                throw fail("\(error)")
            }
        }
    }
}
