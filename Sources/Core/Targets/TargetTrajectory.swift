/// A target's measurements in one measure, the path they are held to, and the status that follows.
///
/// Per kind: relative growth plots the region's lead on the benchmark in percent (path from 0
/// at the first measurement to the target's value); gap closure plots the gap still to close
/// (path from the first gap to 0); a count plots the count (path from the first count to the
/// level). Milestones and targets in words have points but no path.
public struct TargetTrajectory: Sendable, Equatable {
    public enum Measure: Sendable, Equatable {
        /// Percent more than the benchmark's growth since the first measurement.
        case leadOverBenchmark
        /// How far the region is behind the rest of the country on the indicator (0 is closed).
        case gapToClose(indicator: String)
        case count(unit: String?, share: Bool)
        case reached
    }

    public struct Point: Sendable, Equatable {
        public var date: String
        public var value: Double

        public init(date: String, value: Double) {
            self.date = date
            self.value = value
        }
    }

    public var measure: Measure
    public var higherIsBetter: Bool
    public var points: [Point]
    public var path: LinearPath?
    /// Where the path ends: the target's value, 0 for a gap, the count's level.
    public var level: Double?
    public var status: TargetStatus

    /// `today` (ISO) decides only whether an unreached milestone is still due.
    public init(_ target: Target, measurements: [TargetMeasurement], today: String) {
        // By date; measurements of one day keep the order they were made in.
        let sorted = measurements.filter { $0.target == target.id && DecimalYear.of($0.date) != nil }
            .enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        switch target.kind {
        case .relativeGrowth: self = Self.relativeGrowth(target, sorted)
        case .gapClosure: self = Self.gapClosure(target, sorted)
        case .count: self = Self.count(target, sorted)
        case .milestone, .qualitative: self = Self.reached(target, sorted, today: today)
        }
    }

    init(measure: Measure, higherIsBetter: Bool, points: [Point], path: LinearPath?, level: Double?, status: TargetStatus) {
        self.measure = measure
        self.higherIsBetter = higherIsBetter
        self.points = points
        self.path = path
        self.level = level
        self.status = status
    }

    /// The status of a series held to a path from its first point to `level` by 1 January of `year`.
    static func status(points: [Point], level: Double, year: Int?, higherIsBetter: Bool) -> (LinearPath?, TargetStatus) {
        guard let first = points.first, let latest = points.last, let start = DecimalYear.of(first.date),
              let at = DecimalYear.of(latest.date) else { return (nil, TargetStatus(.noData, .nothingMeasured(due: year))) }
        let reached = higherIsBetter ? latest.value >= level : latest.value <= level
        if reached { return (year.map { LinearPath(startYear: start, startValue: first.value, endYear: Double($0), endValue: level) },
                             TargetStatus(.reached, .levelReached(value: latest.value, level: level, on: latest.date))) }
        guard let year else { return (nil, withoutYear(points: points, level: level, higherIsBetter: higherIsBetter)) }
        let path = LinearPath(startYear: start, startValue: first.value, endYear: Double(year), endValue: level)
        if points.count == 1 && Double(year) > start { return (path, TargetStatus(.onTrack, .baseline(value: latest.value, on: latest.date))) }
        let onTrack = path.isOnTrack(latest.value, at: at, higherIsBetter: higherIsBetter)
        return (path, TargetStatus(onTrack ? .onTrack : .offTrack, .comparedWithPath(value: latest.value, path: path.value(at: at), on: latest.date)))
    }

    /// A target without a year (*250.000 woningen op restwarmte*, no date): no path to hold the
    /// measurements to, so the direction of the latest change decides. One measurement is a
    /// baseline and counts as on track, as the first measurement of a path does: there is
    /// nothing to lag behind yet. After that, a move towards the level is on track; standing
    /// still or moving away is off track. (The level itself is handled before: reached.)
    static func withoutYear(points: [Point], level: Double, higherIsBetter: Bool) -> TargetStatus {
        guard let latest = points.last else { return TargetStatus(.noData, .nothingMeasured(due: nil)) }
        guard points.count > 1 else { return TargetStatus(.onTrack, .withoutYearBaseline(value: latest.value, level: level, on: latest.date)) }
        let previous = points[points.count - 2]
        let towards = higherIsBetter ? latest.value > previous.value : latest.value < previous.value
        return TargetStatus(towards ? .onTrack : .offTrack,
                            .latestChange(value: latest.value, previous: previous.value, since: previous.date, level: level, on: latest.date))
    }
}
