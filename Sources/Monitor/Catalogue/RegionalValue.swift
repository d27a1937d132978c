/// A larger area's value of an indicator, recomputed from the values of its parts by the
/// indicator's aggregation rule, never averaged blindly (MONITOR-METHOD.md, "Areas above the
/// unit"). Parts without a value are listed, not hidden.
public struct RegionalValue: Sendable, Hashable {
    public var area: AreaCode
    public var indicator: String
    /// `nil` when no part has a value, or when a sum misses a part (a total without all its
    /// parts would look complete and be too low).
    public var value: Double?
    /// Parts that counted: those with a value, and for shares those with a base of 0, which
    /// weigh nothing.
    public var partsUsed: Int
    /// Parts without a value (or without their base), in code order.
    public var partsMissing: [AreaCode]

    public init(area: AreaCode, indicator: String, value: Double?, partsUsed: Int, partsMissing: [AreaCode]) {
        self.area = area
        self.indicator = indicator
        self.value = value
        self.partsUsed = partsUsed
        self.partsMissing = partsMissing
    }

    /// The parts of each whole, by a parent read from the code (`\.municipality`, `\.district`).
    public static func wholes(of parts: some Sequence<AreaCode>, by parent: (AreaCode) -> AreaCode?) -> [AreaCode: [AreaCode]] {
        var wholes: [AreaCode: [AreaCode]] = [:]
        for part in parts {
            if let whole = parent(part), whole != part { wholes[whole, default: []].append(part) }
        }
        return wholes
    }
}

/// Why a regional value cannot be recomputed.
public enum RegionalValueError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownIndicator(String)
    /// The catalogue gives the indicator no rule (`none`): its value for a larger area is
    /// only what the source publishes for it.
    case notAggregated(indicator: String)

    public var description: String {
        switch self {
        case .unknownIndicator(let id): "'\(id)' is not in the indicator catalogue"
        case .notAggregated(let id): "\(id) has no aggregation rule: a larger area's value cannot be computed from its parts"
        }
    }
}

extension IndicatorCatalogue {
    /// The value of `indicator` for each whole in `parts`, in code order. `value` gives a
    /// part's value of an indicator (the indicator itself, or the base a share is weighted by;
    /// the caller may take the base from another source or year, e.g. inhabitants from the
    /// KWB for RIVM's percentages).
    ///
    /// A ratio is `Σ numerator / Σ denominator` with the numerator recovered as value × base,
    /// which is exact when the base is the denominator (the catalogue checks that it is); a
    /// weighted share is `Σ value × base / Σ base` over the parts that have both.
    public func regionalValues(of indicator: String, parts: [AreaCode: [AreaCode]],
                               value: (AreaCode, String) -> Double?) throws(RegionalValueError) -> [RegionalValue] {
        guard let definition = self[id: indicator] else { throw .unknownIndicator(indicator) }
        var results: [RegionalValue] = []
        for (whole, members) in parts.sorted(by: { $0.key < $1.key }) {
            var missing: [AreaCode] = []
            var used = 0
            var result: Double?
            switch definition.aggregation {
            case .none:
                throw .notAggregated(indicator: indicator)
            case .sum:
                var total = 0.0
                for part in members {
                    if let v = value(part, indicator) { total += v; used += 1 } else { missing.append(part) }
                }
                result = missing.isEmpty && used > 0 ? total : nil
            case .ratio(let base), .weighted(let base):
                var weighted = 0.0, weights = 0.0
                for part in members {
                    guard let weight = value(part, base) else { missing.append(part); continue }
                    if weight == 0 { used += 1; continue }
                    guard let v = value(part, indicator) else { missing.append(part); continue }
                    weighted += v * weight
                    weights += weight
                    used += 1
                }
                result = weights > 0 ? weighted / weights : nil
            }
            results.append(RegionalValue(area: whole, indicator: indicator, value: result, partsUsed: used, partsMissing: missing.sorted()))
        }
        return results
    }

    /// Observations for the wholes of `parts`, for every indicator the catalogue can aggregate,
    /// from the parts' observations of one year. Indicators without a rule are left out.
    public func regionalObservations(year: Int, parts: [AreaCode: [AreaCode]], from observations: some Sequence<Observation>) -> [Observation] {
        var table: [AreaCode: [String: Double]] = [:]
        for observation in observations where observation.year == year {
            if let value = observation.value { table[observation.area, default: [:]][observation.indicator] = value }
        }
        var result: [Observation] = []
        for indicator in indicators where indicator.aggregation != .none {
            guard let values = try? regionalValues(of: indicator.id, parts: parts, value: { table[$0]?[$1] }) else { continue }
            result += values.map { Observation(area: $0.area, year: year, indicator: $0.indicator, value: $0.value) }
        }
        return result
    }
}
