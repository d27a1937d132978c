extension TargetTrajectory {
    /// A dated milestone (*ESFRI-roadmap 2021*, *ca 2028 schop in grond*): reached once a
    /// measurement says so. Not reached, it is due until 31 December of its year, and an
    /// approximate one (*ca*) a year longer, since the plan itself gives it that room. A target
    /// in words is the same without a deadline. Nothing reported is no data, even when late:
    /// silence is not a measurement.
    static func reached(_ target: Target, _ measurements: [TargetMeasurement], today: String) -> TargetTrajectory {
        let points = measurements.compactMap { measurement -> Point? in
            guard case let .reached(reached) = measurement.reading else { return nil }
            return Point(date: measurement.date, value: reached ? 1 : 0)
        }
        let make = { (status: TargetStatus) in
            TargetTrajectory(measure: .reached, higherIsBetter: true, points: points, path: nil, level: 1, status: status)
        }
        let due = target.kind == .milestone ? target.year : nil
        guard let latest = points.last else { return make(TargetStatus(.noData, .nothingMeasured(due: due))) }
        if latest.value == 1 {
            // Reached since the first of the latest run of 'reached' (an earlier 'not yet' may have corrected one).
            let since = points.reversed().prefix { $0.value == 1 }.last ?? latest
            return make(TargetStatus(.reached, .milestoneReached(on: since.date)))
        }
        guard target.kind == .milestone else { return make(TargetStatus(.noData, .inWordsOnly(reportedOn: latest.date))) }
        guard let year = target.year else { return make(TargetStatus(.onTrack, .milestoneDue(deadline: nil, reportedOn: latest.date))) }
        let deadline = "\(year + (target.approximate ? 1 : 0))-12-31"
        // ISO days sort as text.
        return today <= deadline
            ? make(TargetStatus(.onTrack, .milestoneDue(deadline: deadline, reportedOn: latest.date)))
            : make(TargetStatus(.offTrack, .milestoneOverdue(deadline: deadline, reportedOn: latest.date)))
    }
}
