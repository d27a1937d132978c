extension TargetTrajectory {
    /// *5% meer BRP dan de landelijke trend in 10 jaar*: the region's growth since the first
    /// measurement divided by the benchmark's, minus one, in percent. Re-indexing on the first
    /// measurement means the series need not both start at 100. The lead is a ratio, not a
    /// difference of index points: 5% more BRP than the trend is region = 1.05 × trend.
    static func relativeGrowth(_ target: Target, _ measurements: [TargetMeasurement]) -> TargetTrajectory {
        var points: [Point] = []
        var base: (region: Double, benchmark: Double)?
        for measurement in measurements {
            guard case let .indexedGrowth(region, benchmark) = measurement.reading, region > 0, benchmark > 0 else { continue }
            let start = base ?? (region, benchmark)
            base = start
            points.append(Point(date: measurement.date, value: ((region / start.region) / (benchmark / start.benchmark) - 1) * 100))
        }
        let level = target.value ?? 0
        let (path, status) = status(points: points, level: level, year: target.year, higherIsBetter: true)
        // The first point is the baseline itself (0): 'reached' needs a lead above zero.
        if level <= 0, points.count <= 1, status.state == .reached {
            return TargetTrajectory(measure: .leadOverBenchmark, higherIsBetter: true, points: points, path: path, level: level,
                                    status: TargetStatus(.onTrack, .baseline(value: 0, on: points.last?.date ?? "")))
        }
        return TargetTrajectory(measure: .leadOverBenchmark, higherIsBetter: true, points: points, path: path, level: level, status: status)
    }
}
