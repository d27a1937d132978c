/// How a region moved on the scored indicators since the *nulmeting*: each indicator's value for
/// the region in the baseline year (from the values frozen with the baseline) and in a later data
/// year (from the values stored now), each recomputed from the region's municipalities of that
/// year by the indicator's own rule (`IndicatorCatalogue.regionalValues`). A value is missing, not
/// estimated, when a municipality lacks it (or its base) that year, so a figure from part of the
/// region never passes for the whole.
public struct RegionChange: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var indicator: Indicator
        public var baseline: Double?
        public var current: Double?

        public var change: Double? {
            guard let baseline, let current else { return nil }
            return current - baseline
        }

        /// Whether the change is for the better by the catalogue's direction; nil when unchanged or unknown.
        public var improved: Bool? {
            guard let change, change != 0, let direction = indicator.direction else { return nil }
            return (change > 0) == (direction == .higherIsBetter)
        }
    }

    public var region: String
    public var baselineYear: Int
    public var year: Int
    public var rows: [Row]

    /// The change of `region` between `baselineYear` (`baseline`: the frozen values) and `year`
    /// (`current`), over the catalogue's scored indicators that a region can be computed for, in
    /// catalogue order. Observations of other years are ignored.
    public static func compute(region: RegionDefinition, catalogue: IndicatorCatalogue, baselineYear: Int, baseline: [Observation],
                               year: Int, current: [Observation]) -> RegionChange {
        let then = Table(baseline, year: baselineYear, region: region)
        let now = Table(current, year: year, region: region)
        let rows = catalogue.indicators.filter { $0.direction != nil && $0.aggregation != .none }.map { indicator in
            Row(indicator: indicator, baseline: then.value(indicator.id, catalogue), current: now.value(indicator.id, catalogue))
        }
        return RegionChange(region: region.id, baselineYear: baselineYear, year: year, rows: rows)
    }

    /// One year's municipal values and the region's municipalities in that year.
    private struct Table {
        var values: [AreaCode: [String: Double]] = [:]
        var municipalities: [AreaCode]

        init(_ observations: [Observation], year: Int, region: RegionDefinition) {
            municipalities = region.municipalities(in: year)?.sorted() ?? []
            for observation in observations where observation.year == year && observation.area.level == .municipality {
                if let value = observation.value, value.isFinite { values[observation.area, default: [:]][observation.indicator] = value }
            }
        }

        func value(_ indicator: String, _ catalogue: IndicatorCatalogue) -> Double? {
            guard !municipalities.isEmpty,
                  // A placeholder code for the region: the rule only needs its parts.
                  let found = try? catalogue.regionalValues(of: indicator, parts: [.netherlands: municipalities], value: { values[$0]?[$1] }).first,
                  found.partsMissing.isEmpty else { return nil }
            return found.value
        }
    }
}
