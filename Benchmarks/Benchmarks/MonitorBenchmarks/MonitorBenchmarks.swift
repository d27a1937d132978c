import Benchmark
import Foundation
import Monitor
import SyntheticMonitor

/// Built once, outside every measurement: 14,000 synthetic areas × 30 indicators (see
/// `SyntheticMonitor`; the shared data holds no file of this size, so the data is generated).
let dataset: MonitorDataset = {
    do {
        return try SyntheticMonitor.dataset()
    } catch {
        fatalError("synthetic dataset: \(error)")
    }
}()

/// The shared CBS/RIVM files the import benchmarks read (`shared/data` beside the repository,
/// or /work/shared/data), and the repository's indicator catalogue; looked for upwards from
/// this file. `pandas_import.py` reads the same files.
enum SharedImport {
    struct File: Sendable {
        var label: String
        var folder: String
        var name: String
        /// For files without a year column (the KWB 2015 files).
        var year: Int?
    }

    /// The largest shared CSV (3.8 MB, 17,341 rows × 43 columns: every buurt, wijk and
    /// gemeente, with RIVM's margins), and the KWB 2015 buurt file the earlier measurements used.
    static let files = [
        File(label: "RIVM gezondheid 2020, 3.8 MB (largest shared file)", folder: "rivm-gezondheid-wijk-buurt",
             name: "gezondheid_wijk_buurt_2020_18plus.csv", year: nil),
        File(label: "CBS KWB 2015 buurten, 2.4 MB", folder: "cbs-wijkbuurtkaart-2015-tno-vr", name: "kwb2015_buurten_nl.csv", year: 2015),
    ]

    static func upwards(_ relative: String) -> String? {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static func path(of file: File) -> String? {
        let relative = "shared/data/\(file.folder)/\(file.name)"
        if let found = upwards(relative) { return found }
        let fallback = "/work/\(relative)"
        return FileManager.default.fileExists(atPath: fallback) ? fallback : nil
    }

    static let catalogue: IndicatorCatalogue? = upwards("Seeds/monitor/indicators.csv").flatMap { try? IndicatorCatalogue(path: $0) }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 25
    )

    // Steps 1-6 once: screening, normalising, themes, groups, the index and ranks.
    Benchmark(
        "Composite index, 14,000 areas × 30 indicators",
        configuration: .init(maxDuration: .seconds(10), maxIterations: 100)
    ) { benchmark in
        let data = dataset
        benchmark.startMeasurement()
        blackHole(try CompositeIndex.compute(data))
    }

    // Step 8: 1,000 draws of the weights, each with index, ranks and focus selection, then the
    // median and 5th/95th percentile rank and the selection share per area.
    for tasks in [2, 1] {
        Benchmark(
            "Robustness, 1,000 draws, 14,000 areas × 30 indicators, \(tasks) task\(tasks == 1 ? "" : "s")"
        ) { benchmark in
            let data = dataset
            benchmark.startMeasurement()
            blackHole(try await Robustness.run(
                data, focus: SyntheticMonitor.focus, robustness: RobustnessSettings(drawCount: 1000, parallelTasks: tasks)
            ))
        }
    }

    // Import of a shared file as `stip monitor import` does it: detect the format, then read,
    // validate and compute (ImportFormat/KWBTableReader with the seed catalogue, SHA-256
    // beside the parse). The catalogue is loaded once, outside the measurement; pandas_import.py
    // times pandas.read_csv on the same files.
    for file in SharedImport.files {
        guard let path = SharedImport.path(of: file), let catalogue = SharedImport.catalogue else {
            print("Skipping 'Import, \(file.label)': shared/data/\(file.folder)/\(file.name) (or the seed catalogue) is not on this machine")
            continue
        }
        Benchmark(
            "Import, \(file.label)",
            configuration: .init(maxDuration: .seconds(10), maxIterations: 100)
        ) { benchmark in
            benchmark.startMeasurement()
            let format = try ImportFormat.detect(path: path)
            let result = try format.read(path: path, catalogue: catalogue, year: file.year)
            // Freeing the result is left out, as pandas_import.py leaves out freeing the frame.
            benchmark.stopMeasurement()
            blackHole(result)
        }
    }
}
