extension TargetTrajectory {
    /// *In 2050 de jeugd net zo gezond en kansrijk als de rest van NL*: the gap on one indicator,
    /// as how far the region is behind (positive) or ahead (zero or below: closed). The series is
    /// the indicator of the first measurement; measurements of other indicators are left out of
    /// the path, so one chart never mixes two scales.
    static func gapClosure(_ target: Target, _ measurements: [TargetMeasurement]) -> TargetTrajectory {
        var indicator: String?
        var points: [Point] = []
        for measurement in measurements {
            guard case let .gap(name, region, rest, higherIsBetter) = measurement.reading else { continue }
            if indicator == nil { indicator = name }
            guard name == indicator else { continue }
            points.append(Point(date: measurement.date, value: higherIsBetter ? rest - region : region - rest))
        }
        let (path, status) = status(points: points, level: 0, year: target.year, higherIsBetter: false)
        return TargetTrajectory(measure: .gapToClose(indicator: indicator ?? ""), higherIsBetter: false, points: points, path: path,
                                level: 0, status: status)
    }
}
