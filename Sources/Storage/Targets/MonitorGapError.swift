import Monitor

/// Why a gap cannot be read from the monitor. Each names what a person changes: the target, the
/// indicator, the year or the region.
public enum MonitorGapError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Field: String, Sendable { case target, indicator, year, region }

    case unknownTarget(String)
    /// Only a gap-closure target compares a region with the country.
    case notAGapTarget(String)
    case unknownIndicator(String)
    /// A context indicator (direction 0): neither way is better, so there is no gap to close.
    case noDirection(String)
    /// The indicator has no aggregation rule: a region's value cannot be computed from its municipalities.
    case notAggregated(String)
    case unknownRegion(String, known: [String])
    case regionUndefined(String, year: Int)
    /// No municipality has a value of the indicator in the year.
    case noValues(indicator: String, year: Int)
    /// Municipalities of the region without a value or without the base it is weighted by.
    case municipalitiesMissing(indicator: String, year: Int, [AreaCode])
    case noNationalValue(indicator: String, year: Int)

    public var field: Field {
        switch self {
        case .unknownTarget, .notAGapTarget: .target
        case .unknownIndicator, .noDirection, .notAggregated: .indicator
        case .unknownRegion, .regionUndefined: .region
        case .noValues, .municipalitiesMissing, .noNationalValue: .year
        }
    }

    public var description: String {
        switch self {
        case let .unknownTarget(id): "'\(id)' is not a target of the plan"
        case let .notAGapTarget(id): "'\(id)' is not a gap-closure target; only those take their measurements from the monitor"
        case let .unknownIndicator(id): "'\(id)' is not in the indicator catalogue (Seeds/monitor/indicators.csv)"
        case let .noDirection(id): "'\(id)' is a context indicator (direction 0): it has no better side, so no gap to close"
        case let .notAggregated(id): "'\(id)' has no aggregation rule, so a region's value cannot be computed from its municipalities"
        case let .unknownRegion(id, known): "'\(id)' is not a region; the regions are: \(known.joined(separator: ", "))"
        case let .regionUndefined(id, year): "the region '\(id)' has no municipalities for \(year)"
        case let .noValues(indicator, year): "the monitor has no municipality values of \(indicator) for \(year); import that year's data first"
        case let .municipalitiesMissing(indicator, year, codes):
            "\(codes.count) municipalit\(codes.count == 1 ? "y" : "ies") of the region lack\(codes.count == 1 ? "s" : "") a value of \(indicator) (or its base) for \(year): \(codes.map(\.description).joined(separator: ", "))"
        case let .noNationalValue(indicator, year): "there is no national value of \(indicator) for \(year)"
        }
    }
}
