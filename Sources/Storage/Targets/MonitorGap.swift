import Monitor

/// One monitor indicator in one data year, for a region and for the country: the two values a
/// gap measurement records. Plain arithmetic on observations, no database.
///
/// The region's value is recomputed from *all* its municipalities by the indicator's own
/// aggregation rule (`IndicatorCatalogue.regionalValues`): a sum, a ratio of sums, or a share
/// weighted by its base, with the base taken from the same data year. A municipality without a
/// value or base stops the computation, since a value from part of the region would look
/// complete.
///
/// The country's value is the row NL00 when the monitor stores one (RIVM's health tables
/// publish it; StatLine's NL01 is stored as NL00). When there is none (the KWB's municipality
/// table has no country row), it is the same rule over every municipality with a value that
/// year; municipalities whose figure CBS keeps secret are then left out, and their number is
/// kept. Either way it is the whole country, the region included, as the monitor compares.
public struct MonitorGap: Sendable, Equatable {
    public enum National: Sendable, Equatable {
        /// The value stored for NL00.
        case stored
        /// Recomputed from this many municipalities.
        case fromMunicipalities(Int)
    }

    public var indicator: Indicator
    public var year: Int
    public var region: Region
    public var regionValue: Double
    public var nationalValue: Double
    public var national: National

    /// From the catalogue's direction: +1 higher is better, -1 lower is better.
    public var higherIsBetter: Bool { indicator.direction == .higherIsBetter }

    /// The gap for `region` on `indicator` in `year`, from the observations of that year (others are ignored).
    public static func compute(indicator id: String, year: Int, region: Region, catalogue: IndicatorCatalogue,
                               observations: [Observation]) throws(MonitorGapError) -> MonitorGap {
        guard let indicator = catalogue[id: id] else { throw .unknownIndicator(id) }
        guard indicator.direction != nil else { throw .noDirection(id) }
        guard indicator.aggregation != .none else { throw .notAggregated(id) }
        var table: [AreaCode: [String: Double]] = [:]
        for observation in observations where observation.year == year {
            if let value = observation.value, value.isFinite { table[observation.area, default: [:]][observation.indicator] = value }
        }
        let municipalities = table.keys.filter { $0.level == .municipality && table[$0]?[id] != nil }
        guard !municipalities.isEmpty else { throw .noValues(indicator: id, year: year) }

        let whole = AreaCode.netherlands
        let parts: [AreaCode: [AreaCode]] = [
            // A placeholder code for the region: the rule only needs its parts.
            whole: region.municipalities.sorted(),
        ]
        let regional: RegionalValue
        do {
            regional = try catalogue.regionalValues(of: id, parts: parts, value: { table[$0]?[$1] })[0]
        } catch {
            throw .notAggregated(id)
        }
        guard regional.partsMissing.isEmpty, let regionValue = regional.value else {
            throw .municipalitiesMissing(indicator: id, year: year, regional.partsMissing)
        }

        if let stored = table[whole]?[id] {
            return MonitorGap(indicator: indicator, year: year, region: region, regionValue: regionValue, nationalValue: stored, national: .stored)
        }
        let everywhere = try? catalogue.regionalValues(of: id, parts: [whole: municipalities.sorted()], value: { table[$0]?[$1] }).first
        guard let everywhere, let nationalValue = everywhere.value else { throw .noNationalValue(indicator: id, year: year) }
        return MonitorGap(indicator: indicator, year: year, region: region, regionValue: regionValue, nationalValue: nationalValue,
                          national: .fromMunicipalities(everywhere.partsUsed))
    }
}
