import Core
import Monitor
import Storage

/// The monitor's headline in a progress report: the region's scored indicators at the adopted
/// *nulmeting* and in the latest data year up to the report's day (`RegionChange`).
public struct MonitorHeadline: Sendable {
    let store: MonitorStore
    /// The catalogue and the region, read when a report is composed (a broken seed file is then
    /// the report's error, as it is the monitor's).
    let definitions: @Sendable () throws -> (IndicatorCatalogue, RegionDefinition)

    public init(store: MonitorStore, definitions: @escaping @Sendable () throws -> (IndicatorCatalogue, RegionDefinition)) {
        self.store = store
        self.definitions = definitions
    }

    /// Nil when no nulmeting is adopted. The later year is the newest with values that is not
    /// after `day`'s year (the baseline year itself when there is none newer).
    public func part(upTo day: String) async throws -> ProgressReport.MonitorPart? {
        guard let baseline = try await store.baseline(), let last = Int(day.prefix(4)) else { return nil }
        let (catalogue, region) = try definitions()
        let year = try await store.years().filter { $0 > baseline.year && $0 <= last }.max() ?? baseline.year
        let change = RegionChange.compute(
            region: region, catalogue: catalogue, baselineYear: baseline.year, baseline: try await store.baselineValues(level: .municipality),
            year: year, current: try await store.observations(year: year, level: .municipality))
        return ProgressReport.MonitorPart(
            region: change.region, baselineYear: change.baselineYear, year: change.year,
            indicators: change.rows.map { row in
                .init(id: row.indicator.id, unit: row.indicator.unit, direction: row.indicator.direction == .higherIsBetter ? 1 : -1,
                      baseline: row.baseline, current: row.current)
            })
    }
}
