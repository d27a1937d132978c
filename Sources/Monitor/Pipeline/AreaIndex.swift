import Foundation

/// The composite index of one level and year from stored values (the latest value of each
/// indicator up to that year, within `maxAge`): the catalogue's scored
/// indicators that have data, grouped by well-being theme under one root, computed over the
/// reference population (every area of the level in the country, unless a region is asked
/// for), with the national values as reference where the data has them.
public struct AreaIndex: Sendable {
    public static let rootID = "index"

    public struct Request: Sendable, Hashable {
        public var year: Int
        public var level: AreaLevel
        public var settings: MethodSettings
        /// Weight per theme id; a theme not named weighs 1, a theme weighing 0 is left out.
        public var themeWeights: [String: Double]
        /// The areas that form the reference population; nil is the whole country.
        public var reference: Set<AreaCode>?
        /// The indicator whose values are the areas' populations, for the minimum-population criterion.
        public var populationIndicator: String
        /// How many years older than `year` a value may be when its own year has none: sources
        /// publish in different years (KWB 2015, the health monitor 2016), and a monitor uses the
        /// latest value available.
        public var maxAge: Int

        public init(year: Int, level: AreaLevel, settings: MethodSettings = MethodSettings(), themeWeights: [String: Double] = [:],
                    reference: Set<AreaCode>? = nil, populationIndicator: String = "inwoners", maxAge: Int = 0) {
            self.year = year
            self.level = level
            self.settings = settings
            self.themeWeights = themeWeights
            self.reference = reference
            self.populationIndicator = populationIndicator
            self.maxAge = maxAge
        }

        /// The years whose values may be used, oldest first.
        public var years: ClosedRange<Int> { (year - max(maxAge, 0))...year }
    }

    public let request: Request
    public let dataset: MonitorDataset
    /// The scored indicators used, in catalogue order.
    public let indicators: [Indicator]
    /// Themes in catalogue order.
    public let themes: [String]

    /// Builds the dataset; the values of other levels and years are ignored.
    public init(observations: [Observation], catalogue: IndicatorCatalogue, request: Request) throws {
        self.request = request
        // Oldest first, so that for each area and indicator the latest value is the one kept.
        let usable = observations.filter { request.years.contains($0.year) }.sorted { $0.year < $1.year }
        let atLevel = usable.filter { $0.area.level == request.level }
        let withData = Set(atLevel.lazy.filter { $0.value != nil }.map(\.indicator))
        // A theme weighing 0 is left out, with its indicators.
        let indicators = catalogue.indicators.filter {
            $0.definition != nil && withData.contains($0.id) && request.themeWeights[$0.theme.rawValue] != 0
        }
        guard !indicators.isEmpty else { throw MethodError.noIndicators }
        var themes: [String] = []
        for indicator in indicators where !themes.contains(indicator.theme.rawValue) { themes.append(indicator.theme.rawValue) }
        let structure = try IndexStructure(
            indicators: indicators.compactMap(\.definition),
            nodes: [AggregateNode(id: Self.rootID, parent: nil)]
                + themes.map { AggregateNode(id: $0, parent: Self.rootID, weight: request.themeWeights[$0] ?? 1) })

        let column = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        var units: [AreaCode] = [], row: [AreaCode: Int] = [:]
        var rows: [[Double?]] = [], populations: [Double?] = []
        for observation in atLevel where request.reference?.contains(observation.area) ?? true {
            let position: Int
            if let existing = row[observation.area] {
                position = existing
            } else {
                position = units.count
                row[observation.area] = position
                units.append(observation.area)
                rows.append(Array(repeating: nil, count: indicators.count))
                populations.append(nil)
            }
            guard observation.value != nil else { continue }
            if let index = column[observation.indicator] { rows[position][index] = observation.value }
            if observation.indicator == request.populationIndicator { populations[position] = observation.value }
        }
        // The country's own row, when the data has one: the reference for gaps and 'worse than NL'.
        var national = Array(repeating: Double?.none, count: indicators.count)
        for observation in usable where observation.area == .netherlands {
            if let index = column[observation.indicator], observation.value != nil { national[index] = observation.value }
        }
        self.indicators = indicators
        self.themes = themes
        self.dataset = try MonitorDataset(
            unitIDs: units.map(\.description), structure: structure, values: try ValueMatrix(columnCount: indicators.count, rows: rows),
            referenceValues: national.contains { $0 != nil } ? national : nil, populations: populations)
    }

    public func compute() throws -> CompositeIndexResult {
        try CompositeIndex.compute(dataset, settings: request.settings)
    }
}
