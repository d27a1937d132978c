/// Where a target stands, with the reason in data; the App puts the reason into words.
public struct TargetStatus: Sendable, Equatable {
    public enum State: String, Codable, Sendable, CaseIterable {
        case onTrack, offTrack, noData, reached
    }

    /// Why the target has its state. Values are in the trajectory's measure (percent above the
    /// benchmark, the gap still to close, the count); dates are ISO days.
    public enum Reason: Sendable, Equatable {
        /// Nothing measured yet; `due` is the target year, when it has one.
        case nothingMeasured(due: Int?)
        /// The first measurement: the path starts here, so there is nothing to lag behind yet.
        case baseline(value: Double, on: String)
        /// The latest measurement beside where the path is on its day.
        case comparedWithPath(value: Double, path: Double, on: String)
        /// The level is reached: the growth target, a closed gap, the count.
        case levelReached(value: Double, level: Double, on: String)
        /// A target without a year has no path: the first measurement is its baseline, and
        /// later ones are judged by which way they moved. On track while that moves towards
        /// the level; off track when it stands still or moves away.
        case withoutYearBaseline(value: Double, level: Double, on: String)
        /// The latest measurement beside the one before it, for a target without a year.
        case latestChange(value: Double, previous: Double, since: String, level: Double, on: String)
        case milestoneReached(on: String)
        /// Reported as not reached, with the deadline (31 December of the year) still ahead.
        case milestoneDue(deadline: String?, reportedOn: String)
        case milestoneOverdue(deadline: String, reportedOn: String)
        /// A target in words: reports are kept, but there is no path to hold them to.
        case inWordsOnly(reportedOn: String)
    }

    public var state: State
    public var reason: Reason

    public init(_ state: State, _ reason: Reason) {
        self.state = state
        self.reason = reason
    }
}
