import Crypto

/// A focus selection (*beleidsfocus: selectie wijken*) computed from stored values: the index
/// over the reference population, step 7's criteria and step 8's robustness, for the areas of
/// the region. With a fingerprint of exactly the values it read, so a saved decision can later
/// tell whether the data it was taken on is still the data there is.
public struct FocusStudy: Sendable, Hashable, Codable {
    public var parameters: FocusParameters
    /// The `P`-th percentile of the index over the reference population; nil when nothing has an index.
    public var threshold: Double?
    /// The region's areas that have values, by code.
    public var areas: [FocusAreaOutcome]
    /// How many areas of the reference population have a rank: what a rank is out of.
    public var rankedCount: Int
    /// The scored indicators and themes used, in catalogue order.
    public var indicators: [String]
    public var themes: [String]
    /// SHA-256 of the values read (area, year, indicator, value; sorted), in hex.
    public var dataFingerprint: String

    public var selected: [FocusAreaOutcome] { areas.filter(\.isSelected) }

    public func area(_ code: String) -> FocusAreaOutcome? { areas.first { $0.code == code } }

    /// Runs the selection. `observations` may hold more than is used (other levels, years); the
    /// region is the one the parameters name, resolved for the data year by the caller.
    public static func run(_ parameters: FocusParameters, observations: [Observation], catalogue: IndicatorCatalogue,
                           region: Region?) async throws -> FocusStudy {
        let used = observations.filter { parameters.years.contains($0.year) && ($0.area.level == parameters.level || $0.area == .netherlands) }
        let listed = Set(used.lazy.map(\.area).filter { $0.level == parameters.level && (region?.contains($0) ?? true) })
        let index = try AreaIndex(observations: used, catalogue: catalogue,
                                  request: parameters.indexRequest(regionAreas: region == nil ? nil : listed))
        let result = try index.compute()
        let selection = try FocusSelection.select(from: result, criteria: parameters.criteria)
        try Task.checkCancellation()
        let robustness = try await Robustness.run(index.dataset, settings: parameters.settings, focus: parameters.criteria,
                                                  robustness: parameters.robustness)
        var areas: [FocusAreaOutcome] = []
        for code in listed.sorted() {
            guard let row = index.dataset.unitPosition(of: code.description) else { continue }
            let outcome = selection.outcomes[row], robust = robustness.unit(row)
            areas.append(FocusAreaOutcome(
                code: code.description, index: result.index[row], rank: result.ranks[row], isSelected: outcome.isSelected,
                isScreenedOut: outcome.isScreenedOut,
                checks: outcome.checks.map { .init(criterion: $0.criterion, met: $0.met, value: $0.value, threshold: $0.threshold) },
                worseIndicators: outcome.worseIndicators.map { .init(indicator: $0.id, percent: $0.gapPercent) },
                selectionShare: robust.selectionShare, medianRank: robust.medianRank,
                rankPercentile5: robust.rankPercentile5, rankPercentile95: robust.rankPercentile95))
        }
        return FocusStudy(
            parameters: parameters, threshold: selection.threshold, areas: areas, rankedCount: result.ranks.lazy.compactMap { $0 }.count,
            indicators: index.indicators.map(\.id), themes: index.themes, dataFingerprint: fingerprint(used))
    }

    /// The values as canonical lines, sorted, hashed: the same values give the same print
    /// whatever order the database returned them in.
    public static func fingerprint(_ observations: [Observation]) -> String {
        let lines = observations.map { observation in
            "\(observation.area)|\(observation.year)|\(observation.indicator)|\(observation.value.map { "\($0.bitPattern)" } ?? "-")\n"
        }.sorted()
        var hash = SHA256()
        for line in lines { hash.update(data: Array(line.utf8)) }
        return hash.finalize().hex
    }
}
