import ArgumentParser
import Foundation
import Monitor
import Seeds
import Storage

/// What `index` and `focus` share: the level, year, region and method.
struct IndexOptions: ParsableArguments {
    @Option(help: "gemeente, wijk or buurt.") var level: String = "buurt"
    @Option(help: "The data year.") var year: Int
    @Option(help: "The region whose areas are listed (see Seeds/monitor/regions.csv); all areas when left out.") var region: String?
    @Option(help: "country (default) or region: the reference population the index is computed over.") var reference: String = "country"
    @Option(help: "minmax, zscore, rank or reference.") var normalise = "minmax"
    @Option(help: "arithmetic or geometric.") var aggregate = "arithmetic"
    @Option(help: "A CSV of theme,weight (themes not named weigh 1).") var weights: String?
    @Option(help: "Share of indicators an area needs to take part.") var minCoverage = 0.65
    @Option(help: "The indicator catalogue (default: Seeds/monitor/indicators.csv).") var catalogue: String?
    @Option(help: "How many years older than --year a value may be when its own year has none (mind that older years may use another area division).") var maxAge = 0

    /// The index over the stored values, and the areas to list with their names.
    func compute(_ store: MonitorStore) async throws -> (index: AreaIndex, result: CompositeIndexResult, listed: [AreaCode], names: [AreaCode: String]) {
        guard let level = AreaLevel(rawValue: level), level >= .municipality else { throw ValidationError("--level '\(self.level)' is not gemeente, wijk or buurt") }
        guard let normalisation = Normalisation(rawValue: normalise) else { throw ValidationError("--normalise '\(normalise)' is not minmax, zscore, rank or reference") }
        guard let aggregation = Aggregation(rawValue: aggregate) else { throw ValidationError("--aggregate '\(aggregate)' is not arithmetic or geometric") }
        guard ["country", "region"].contains(reference) else { throw ValidationError("--reference '\(reference)' is not country or region") }
        let region = try self.region.map { try SeedFile.regionCatalogue().definition($0).region(year: year) }
        if reference == "region", region == nil { throw ValidationError("--reference region needs --region") }

        let observations = try await store.indexObservations(years: (year - max(maxAge, 0))...year, level: level)
        guard !observations.isEmpty else {
            throw ValidationError("There are no values for \(level.rawValue) in \(year). Import them first: stip monitor import FILE --year \(year)")
        }
        let areaCodes = Set(observations.map(\.area)).filter { $0.level == level }
        let inRegion = region.map { region in areaCodes.filter { region.contains($0) } } ?? areaCodes
        let request = AreaIndex.Request(
            year: year, level: level,
            settings: MethodSettings(minCoverage: minCoverage, normalisation: normalisation, aggregation: aggregation),
            themeWeights: try weights.map { try ThemeWeights.read(path: $0) } ?? [:], reference: reference == "region" ? inRegion : nil, maxAge: maxAge)
        let index = try AreaIndex(observations: observations, catalogue: try SeedFile.indicatorCatalogue(file: catalogue), request: request)
        return (index, try index.compute(), inRegion.sorted(), try await store.areaNames(preferring: year))
    }
}

/// `stip monitor index`: one row per area with its theme scores, index and rank.
struct MonitorIndex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Compute the composite index of one level and year from the imported values.",
        discussion: "Output columns: area_code, name, theme:<id> per theme, index, rank (plain dot decimals, missing as empty).")

    @OptionGroup var options: IndexOptions
    @Option(help: "Where to write the CSV.") var output: String

    func run() async throws {
        try await StipDatabase.using { database in
            let (index, result, listed, names) = try await options.compute(MonitorStore(database: database))
            var csv = CSVWriter(header: ["area_code", "name"] + index.themes.map { "theme:\($0)" } + ["index", "rank"], lineEnd: .lf)
            for code in listed {
                guard let row = index.dataset.unitPosition(of: code.description) else { continue }
                let unit = result.unit(row)
                csv.row([.text(code.description), .text(names[code] ?? "")] + index.themes.map { .number(unit.scores[$0]) }
                        + [.number(unit.index), .integer(unit.rank)])
            }
            try csv.text.write(toFile: output, atomically: true, encoding: .utf8)
            print("Wrote \(output): \(listed.count) areas listed, \(result.ranks.compactMap { $0 }.count) of \(index.dataset.unitIDs.count) ranked, \(index.indicators.count) indicators in \(index.themes.count) themes.")
        }
    }
}

/// `stip monitor focus`: the index, the focus selection with its reasons, and its robustness.
struct MonitorFocus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "focus", abstract: "Select focus areas by objective criteria and show how robust the selection is.",
        discussion: """
        Output columns: area_code, name, theme:<id>..., index, rank, selected, reasons, median_rank, rank_p5, rank_p95, \
        selection_share (plain dot decimals, missing as empty).
        """)

    @OptionGroup var options: IndexOptions
    @Option(help: "Select areas whose index is at or below this percentile of the reference population.") var percentile = 10.0
    @Option(help: "Leave out areas with fewer inhabitants.") var minPopulation: Double?
    @Option(help: "Robustness: how many draws of other reasonable weights.") var draws = 1000
    @Option(help: "Robustness: how far weights may move (each times a factor in [1-a, 1+a]).") var alpha = 0.25
    @Option(help: "Robustness: the seed, so the same run gives the same result.") var seed: UInt64 = 20_201_117
    @Option(help: "Where to write the CSV.") var output: String

    func run() async throws {
        try await StipDatabase.using { database in
            let (index, result, listed, names) = try await options.compute(MonitorStore(database: database))
            let criteria = FocusCriteria(indexPercentile: percentile, minimumPopulation: minPopulation)
            let selection = try FocusSelection.select(from: result, criteria: criteria)
            let robustness = try await Robustness.run(
                index.dataset, settings: index.request.settings, focus: criteria,
                robustness: RobustnessSettings(drawCount: draws, alpha: alpha, seed: seed))
            var csv = CSVWriter(header: ["area_code", "name"] + index.themes.map { "theme:\($0)" }
                                + ["index", "rank", "selected", "reasons", "median_rank", "rank_p5", "rank_p95", "selection_share"], lineEnd: .lf)
            for code in listed {
                guard let row = index.dataset.unitPosition(of: code.description) else { continue }
                let unit = result.unit(row), outcome = selection.outcomes[row], robust = robustness.unit(row)
                let reasons = outcome.checks.map { check in
                    "\(check.criterion.rawValue) \(check.met ? "met" : "not met"): \(CSVField.number(check.value).written) vs \(CSVField.number(check.threshold).written)"
                }.joined(separator: "; ")
                csv.row([.text(code.description), .text(names[code] ?? "")] + index.themes.map { .number(unit.scores[$0]) } + [
                    .number(unit.index), .integer(unit.rank), .integer(outcome.isSelected ? 1 : 0), .text(reasons),
                    .number(robust.medianRank), .number(robust.rankPercentile5), .number(robust.rankPercentile95), .number(robust.selectionShare),
                ])
            }
            try csv.text.write(toFile: output, atomically: true, encoding: .utf8)
            let chosen = listed.filter { index.dataset.unitPosition(of: $0.description).map { selection.outcomes[$0].isSelected } ?? false }
            print("Wrote \(output): \(chosen.count) of \(listed.count) listed areas selected (index at or below P\(CSVField.number(percentile).written) = \(CSVField.number(selection.threshold).written)), \(draws) robustness draws.")
        }
    }
}
