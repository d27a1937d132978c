import Foundation
import Monitor

/// The monitor's data files that ship with Stip, found beside the sources like the plan.
enum MonitorSeeds {
    static func path(_ name: String) -> String {
        let relative = "Seeds/monitor/\(name)"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(relative).path
    }

    static func catalogue(_ path: String?) throws -> IndicatorCatalogue {
        try IndicatorCatalogue(path: path ?? Self.path("indicators.csv"))
    }

    static func regions() throws -> RegionCatalogue {
        try RegionCatalogue.read(URL(fileURLWithPath: path("regions.csv")))
    }
}
