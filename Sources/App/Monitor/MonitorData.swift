import Foundation
import Monitor
import Storage
import Synchronization

/// The monitor's data as pages read it: values and index per level and year, names, boundaries
/// drawn for a map, all kept in memory per data revision, since the index over 14,000
/// neighbourhoods takes about a second.
final class MonitorData: Sendable {
    let store: MonitorStore
    let catalogue: IndicatorCatalogue
    let regions: RegionCatalogue

    /// The data revision and the boundary years it was read with: a new revision costs three
    /// more queries, an unchanged one none.
    private let checked = Mutex<MonitorRevision?>(nil)

    /// The one queue for the monitor's expensive work; see `ComputeQueue`.
    let queue: ComputeQueue

    // The byte budgets bound the caches together to about 450 MB, the figures taking most: the
    // index over every neighbourhood of a year is some 25 MB in memory, and a year is kept per level.
    private let figures = RevisionCache<FiguresKey, MonitorRevision, MonitorFigures>(byteLimit: 256 << 20) { $0.approximateBytes }
    private let robustness = RevisionCache<FiguresKey, MonitorRevision, RobustnessResult?>(byteLimit: 32 << 20) { ($0?.unitIDs.count ?? 0) * 96 + 64 }
    /// What an index reads over some years, as `MonitorStore.indexObservations` gives it: 150,000
    /// values for the country's neighbourhoods, read once rather than for every new selection.
    private let observations = RevisionCache<ObservationsKey, MonitorRevision, [Observation]>(byteLimit: 96 << 20) { $0.count * 64 + 64 }
    private let names = RevisionCache<Int, MonitorRevision, [AreaCode: String]>(byteLimit: 16 << 20) { $0.count * 64 + 64 }
    private let years = RevisionCache<Int, MonitorRevision, [Int]>(byteLimit: 1 << 20) { $0.count * 8 + 64 }
    private let shapes = RevisionCache<ShapesKey, MonitorRevision, MapShapes>(byteLimit: 64 << 20) { $0.approximateBytes }
    /// Rendered answers by path and canonical query: a page is a pure function of the data and what it shows.
    let rendered = RevisionCache<PageKey, MonitorRevision, [UInt8]>(byteLimit: 64 << 20) { $0.count + 64 }

    private struct FiguresKey: Hashable, Sendable { var year: Int; var level: AreaLevel }
    private struct ObservationsKey: Hashable, Sendable { var years: ClosedRange<Int>; var level: AreaLevel }
    private struct ShapesKey: Hashable, Sendable { var year: Int; var level: AreaLevel; var region: String }

    init(store: MonitorStore, catalogue: IndicatorCatalogue, regions: RegionCatalogue, queue: ComputeQueue = ComputeQueue()) {
        self.queue = queue
        self.store = store
        self.catalogue = catalogue
        self.regions = regions
    }

    /// Read on every request (one query): an import, a boundary file or a baseline, by this
    /// instance, another on the same database or the command line, shows on the next page.
    func revision() async throws -> MonitorRevision {
        let (data, boundaries) = try await store.revisions()
        if let last = checked.withLock({ $0 }), last.data == data, last.boundaries == boundaries { return last }
        var boundaryYears: [AreaLevel: [Int]] = [:]
        for level in MonitorQuery.levels { boundaryYears[level] = try await store.boundaryYears(level: level) }
        let revision = MonitorRevision(data: data, boundaries: boundaries, boundaryYears: boundaryYears)
        checked.withLock { $0 = revision }
        return revision
    }

    /// The years that have any values, oldest first.
    func dataYears(_ revision: MonitorRevision) async throws -> [Int] {
        try await years.value(0, revision: revision) { [store] in try await store.years() }
    }

    func figures(year: Int, level: AreaLevel, _ revision: MonitorRevision) async throws -> MonitorFigures {
        try await figures.value(FiguresKey(year: year, level: level), revision: revision) { [self, catalogue, queue] in
            let observations = try await self.observations(years: year...year, level: level, revision)
            return try await queue.run { MonitorFigures(year: year, level: level, observations: observations, catalogue: catalogue) }
        }
    }

    func observations(years: ClosedRange<Int>, level: AreaLevel, _ revision: MonitorRevision) async throws -> [Observation] {
        try await observations.value(ObservationsKey(years: years, level: level), revision: revision) { [store] in
            try await store.indexObservations(years: years, level: level)
        }
    }

    /// Step 8 over every area of the level in the country: how an area's rank moves when the
    /// weights move within reason. 1,000 draws over the 12,235 neighbourhoods of KWB 2015 (4
    /// scored indicators) took 1.4-1.5 s in a release build on a loaded 2-core machine, over
    /// the 13,808 of RIVM 2016 (11 indicators) 1.7-1.9 s; once per level, year and revision.
    static let robustnessSettings = RobustnessSettings(drawCount: 1_000, alpha: 0.25, seed: 20_201_117)
    /// Robustness also counts how often each area is selected for focus, which needs a
    /// criterion; the profile shows only the ranks, which do not depend on it.
    static let focusCriteria = FocusCriteria(indexPercentile: 10)

    /// Nil when the level has no index that year.
    func robustness(year: Int, level: AreaLevel, _ revision: MonitorRevision) async throws -> RobustnessResult? {
        try await robustness.value(FiguresKey(year: year, level: level), revision: revision) { [self] in
            let found = try await self.figures(year: year, level: level, revision)
            guard let index = found.index, found.result != nil else { return nil }
            return try await self.queue.run {
                try await Robustness.run(index.dataset, settings: index.request.settings, focus: Self.focusCriteria, robustness: Self.robustnessSettings)
            }
        }
    }

    /// The latest year with values at the level, or nil when it has none.
    func latestYear(level: AreaLevel, _ revision: MonitorRevision) async throws -> Int? {
        for year in try await dataYears(revision).reversed() where try await !figures(year: year, level: level, revision).isEmpty {
            return year
        }
        return nil
    }

    func names(year: Int, _ revision: MonitorRevision) async throws -> [AreaCode: String] {
        try await names.value(year, revision: revision) { [store] in try await store.areaNames(preferring: year) }
    }

    /// The boundary year a data year is drawn with: its own, else the latest before it, else the first after it.
    func boundaryYear(for year: Int, level: AreaLevel, _ revision: MonitorRevision) -> Int? {
        let years = revision.boundaryYears[level] ?? []
        if years.contains(year) { return year }
        return years.last { $0 < year } ?? years.first
    }

    /// The region's outlines, projected and simplified for the map's width.
    func shapes(year: Int, level: AreaLevel, region: Region?, _ revision: MonitorRevision) async throws -> MapShapes {
        let key = ShapesKey(year: year, level: level, region: region?.id ?? MonitorQuery.country)
        return try await shapes.value(key, revision: revision) { [store, queue] in
            let boundaries = try await store.boundaries(year: year, level: level).filter { region?.contains($0.code) ?? true }
            return try await queue.run { MapShapes(boundaries, width: ChoroplethMap.mapWidth) }
        }
    }

    /// Full-resolution outlines, for the GeoJSON download.
    func boundaries(year: Int, level: AreaLevel, region: Region?) async throws -> [Boundary] {
        try await store.boundaries(year: year, level: level).filter { region?.contains($0.code) ?? true }
    }

    /// The region a query names in a year, or nil for the whole country.
    func region(_ id: String, year: Int) throws -> Region? {
        guard id != MonitorQuery.country else { return nil }
        do {
            return try regions.definition(id).region(year: year)
        } catch {
            throw AppError.notFound(kind: "regio", id: id)
        }
    }
}
