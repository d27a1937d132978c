/// A straight line from a start (the first measurement) to a level on 1 January of the target
/// year; after that year it stays at the level.
public struct LinearPath: Sendable, Equatable {
    public var startYear: Double
    public var startValue: Double
    public var endYear: Double
    public var endValue: Double

    public init(startYear: Double, startValue: Double, endYear: Double, endValue: Double) {
        self.startYear = startYear
        self.startValue = startValue
        self.endYear = endYear
        self.endValue = endValue
    }

    /// Where the path is at a (decimal) year.
    public func value(at year: Double) -> Double {
        guard endYear > startYear else { return endValue }
        let share = min(max((year - startYear) / (endYear - startYear), 0), 1)
        return startValue + (endValue - startValue) * share
    }

    /// Whether `value` is at or better than the path at `year`. 'Better' is above for a rising
    /// target and below for a falling one. The slack only absorbs floating-point rounding
    /// (a millionth of the path's span): a measurement a hair behind the path is off track,
    /// because a band around the path would hide a slow slide year after year.
    public func isOnTrack(_ value: Double, at year: Double, higherIsBetter: Bool) -> Bool {
        let expected = self.value(at: year)
        let slack = 1e-6 * max(abs(endValue - startValue), 1e-9)
        return higherIsBetter ? value >= expected - slack : value <= expected + slack
    }
}
