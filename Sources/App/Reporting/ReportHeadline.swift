import Monitor
import Seeds
import Services
import Storage

/// The monitor's part of a progress report for the seeded catalogue and the programme's region,
/// and the names the report page shows for its codes.
enum ReportHeadline {
    static let region = MonitorQuery.defaultRegion

    static func beside(_ store: RegisterStore) -> MonitorHeadline {
        MonitorHeadline(store: MonitorStore(beside: store)) {
            (try SeedFile.indicatorCatalogue(), try SeedFile.regionCatalogue().definition(region))
        }
    }

    /// Indicator and region names by id, in Dutch: the report keeps ids, so a renamed indicator
    /// shows its current name. Empty when a seed file cannot be read (the page then shows ids).
    static let names: Names = {
        let indicators = (try? SeedFile.indicatorCatalogue().indicators) ?? []
        let regions = (try? SeedFile.regionCatalogue().definitions) ?? []
        return Names(indicators: Dictionary(indicators.map { ($0.id, $0.nameNL) }, uniquingKeysWith: { first, _ in first }),
                     regions: Dictionary(regions.map { ($0.id, $0.nameNL) }, uniquingKeysWith: { first, _ in first }))
    }()

    struct Names: Equatable, Sendable {
        var indicators: [String: String]
        var regions: [String: String]
    }
}
