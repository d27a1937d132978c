import Benchmark
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
}
