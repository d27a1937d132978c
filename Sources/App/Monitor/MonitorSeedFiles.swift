import Foundation
import Monitor

/// The indicator catalogue and the regions that ship in `Seeds/monitor`, found from the working
/// directory as `stip serve` runs, or else beside the sources (tests).
enum MonitorSeedFiles {
    static func path(_ name: String) -> String {
        let relative = "Seeds/monitor/\(name)"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(relative).path
    }

    static func catalogue() throws -> IndicatorCatalogue {
        try IndicatorCatalogue(path: path("indicators.csv"))
    }

    static func regions() throws -> RegionCatalogue {
        try RegionCatalogue.read(URL(fileURLWithPath: path("regions.csv")))
    }
}
