import Core

/// A target's figures and status reason as a person reads them: '3 % boven de benchmark',
/// 'achterstand 2,5 op ‘ervaren gezondheid’', '65 %', '30.000 woningen'.
extension Localizer {
    /// Two decimals at most: enough for an index or a percentage, and no false precision.
    func figure(_ value: Double) -> String {
        number((value * 100).rounded() / 100)
    }

    func figure(_ value: Double, in measure: TargetTrajectory.Measure) -> String {
        switch measure {
        case .leadOverBenchmark: self(.targetsModule(.leadOverBenchmark(figure(value))))
        case let .gapToClose(indicator): self(.targetsModule(.gapToClose(figure(value), indicator: indicator)))
        case let .count(unit, share): share ? self(.targetsModule(.share(figure(value)))) : self(.targetsModule(.count(figure(value), unit: unit)))
        case .reached: self(.targetsModule(value >= 1 ? .reachedYes : .reachedNo))
        }
    }

    func reason(_ status: TargetStatus, in measure: TargetTrajectory.Measure) -> String {
        let f = { (value: Double) in self.figure(value, in: measure) }
        let phrase: TargetsPhrase
        switch status.reason {
        case let .nothingMeasured(due): phrase = .nothingMeasured(due: due)
        case let .baseline(value, on): phrase = .baseline(value: f(value), date: date(on))
        case let .comparedWithPath(value, path, on):
            phrase = status.state == .offTrack ? .offPath(value: f(value), path: f(path), date: date(on)) : .onPath(value: f(value), path: f(path), date: date(on))
        case let .levelReached(value, level, on): phrase = .levelReached(value: f(value), level: f(level), date: date(on))
        case let .withoutYearBaseline(value, level, on): phrase = .withoutYearBaseline(value: f(value), level: f(level), date: date(on))
        case let .latestChange(value, previous, since, level, on):
            if status.state != .offTrack {
                phrase = .towardsLevel(value: f(value), previous: f(previous), since: date(since), level: f(level), date: date(on))
            } else if value == previous {
                phrase = .stalled(value: f(value), since: date(since), level: f(level), date: date(on))
            } else {
                phrase = .awayFromLevel(value: f(value), previous: f(previous), since: date(since), level: f(level), date: date(on))
            }
        case let .milestoneReached(on): phrase = .milestoneReached(date: date(on))
        case let .milestoneDue(deadline, reported): phrase = .milestoneDue(deadline: deadline.map(date), reported: date(reported))
        case let .milestoneOverdue(deadline, reported): phrase = .milestoneOverdue(deadline: date(deadline), reported: date(reported))
        case let .inWordsOnly(reported): phrase = .inWordsOnly(reported: date(reported))
        }
        return self(.targetsModule(phrase))
    }

    /// What a measurement read, in its own terms: the two indexed values, the indicator on both
    /// sides, the count, reached or not.
    func reading(_ reading: TargetMeasurement.Reading, share: Bool, unit: String?) -> String {
        switch reading {
        case let .indexedGrowth(region, benchmark): self(.targetsModule(.rawGrowth(region: figure(region), benchmark: figure(benchmark))))
        case let .gap(indicator, region, rest, _): "\(indicator): " + self(.targetsModule(.rawGap(region: figure(region), rest: figure(rest))))
        case let .count(value): share ? self(.targetsModule(.share(figure(value)))) : self(.targetsModule(.count(figure(value), unit: unit)))
        case let .reached(done): self(.targetsModule(done ? .reachedYes : .reachedNo))
        }
    }
}
