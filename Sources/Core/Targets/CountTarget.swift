extension TargetTrajectory {
    /// *250.000 woningen op restwarmte*; *circulaire afvalinzameling voor alle huishoudens vanaf
    /// 2024*: a count on a straight path from its first measurement to the level. A target that
    /// names no figure ('all households') is measured as a share, with 100 percent as its level.
    static func count(_ target: Target, _ measurements: [TargetMeasurement]) -> TargetTrajectory {
        let points = measurements.compactMap { measurement -> Point? in
            guard case let .count(value) = measurement.reading else { return nil }
            return Point(date: measurement.date, value: value)
        }
        let level = target.value ?? 100
        let (path, status) = status(points: points, level: level, year: target.year, higherIsBetter: true)
        return TargetTrajectory(measure: .count(unit: target.unit, share: target.value == nil), higherIsBetter: true, points: points,
                                path: path, level: level, status: status)
    }
}
