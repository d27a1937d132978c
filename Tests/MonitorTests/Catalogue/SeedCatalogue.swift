import Foundation
import Monitor

/// The indicator catalogue of the repository (`Seeds/monitor/indicators.csv`), found by
/// walking up from this file to the package root.
enum SeedCatalogue {
    static let path: String = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Seeds/monitor/indicators.csv")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            folder.deleteLastPathComponent()
        }
        return "Seeds/monitor/indicators.csv"
    }()

    static func load() throws -> IndicatorCatalogue {
        try IndicatorCatalogue(path: path)
    }
}
