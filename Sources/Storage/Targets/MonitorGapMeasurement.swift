import Core
import Foundation
import Monitor

/// A gap-closure target's measurement taken from the monitor: the gap on one indicator in one
/// data year, read from the stored observations, with a source that says where it came from.
///
/// The measurement is dated 31 December of the data year: the figure describes that year, and
/// the day of the import says nothing about it. Its id is fixed by target, region, indicator
/// and year, so the same reading twice is refused as taken rather than counted twice; after a
/// new import, delete the old one and take it again.
public enum MonitorGapMeasurement {
    /// Reads the gap from `monitor` and makes the measurement; nothing is saved.
    public static func make(target: Target, indicator: String, year: Int, region: String, catalogue: IndicatorCatalogue,
                            regions: RegionCatalogue, from monitor: MonitorStore) async throws -> (TargetMeasurement, MonitorGap) {
        guard target.kind == .gapClosure else { throw MonitorGapError.notAGapTarget(target.id) }
        guard let definition = regions.definitions.first(where: { $0.id == region }) else {
            throw MonitorGapError.unknownRegion(region, known: regions.definitions.map(\.id))
        }
        guard let area = try? definition.region(year: year) else { throw MonitorGapError.regionUndefined(region, year: year) }
        var wanted = [indicator]
        if let base = catalogue[id: indicator]?.aggregation.base { wanted.append(base) }
        let observations = try await monitor.observations(year: year, level: .municipality, indicators: wanted)
            + monitor.observations(year: year, level: .country, indicators: wanted)
        let gap = try MonitorGap.compute(indicator: indicator, year: year, region: area, catalogue: catalogue, observations: observations)
        let checksums = try await monitor.imports().filter { $0.years.split(separator: ",").contains(Substring(String(year))) }.map(\.checksum)
        return (measurement(target: target.id, gap: gap, checksums: checksums), gap)
    }

    /// The measurement a gap gives: the indicator's Dutch name as the series, the region's and
    /// the country's values, and the source naming the indicator, the year, the region and the
    /// first 12 characters of the checksum of each file imported for that year.
    public static func measurement(target: String, gap: MonitorGap, checksums: [String]) -> TargetMeasurement {
        let files = checksums.isEmpty ? "onbekend" : checksums.map { String($0.prefix(12)) }.joined(separator: " ")
        let source = "Stip-monitor: \(gap.indicator.id), \(gap.year), gemeenten van \(gap.region.id), bestanden \(files)"
        let national = switch gap.national {
        case .stored: "de landelijke waarde is die van NL00"
        case let .fromMunicipalities(count): "de landelijke waarde is berekend uit \(count) gemeenten (geen rij NL00)"
        }
        let note = "\(gap.region.nameNL) uit \(gap.region.municipalities.count) gemeenten, \(national); Nederland inclusief \(gap.region.nameNL)."
        let id = String("\(target)-monitor-\(gap.region.id)-\(gap.indicator.id)-\(gap.year)".prefix(Slug.maximumLength))
        return TargetMeasurement(
            id: id, target: target, date: "\(gap.year)-12-31",
            reading: .gap(indicator: gap.indicator.nameNL, region: gap.regionValue, restOfCountry: gap.nationalValue, higherIsBetter: gap.higherIsBetter),
            source: source, note: note)
    }
}
