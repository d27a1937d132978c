import Core
import StipTestSupport
import Testing

/// Each target kind against hand-computed paths. Dates are 1 January where possible, so a
/// date is a whole decimal year and every expected value can be checked on paper.
@Suite struct TargetTrajectoryTests {
    static func measurement(_ target: String, _ date: String, _ reading: TargetMeasurement.Reading) -> TargetMeasurement {
        #expect(ISODate.isValid(date))
        return TargetMeasurement(id: "\(target)-\(date)", target: target, date: date, reading: reading, source: "test")
    }

    static let youth = Target(id: "jeugd", text: "jeugd even gezond", kind: .gapClosure, year: 2050)
    static let growth = Target(id: "brp", text: "5% meer BRP", kind: .relativeGrowth, year: 2030, value: 5, unit: "procent")
    static let waste = Target(id: "afval", text: "alle huishoudens vanaf 2024", kind: .count, year: 2024)
    static let heat = Target(id: "warmte", text: "250.000 woningen", kind: .count, value: 250_000, unit: "woningen")
    static let siteChoice = Target(id: "keuze", text: "2024: keuze", kind: .milestone, year: 2024)
    static let groundBroken = Target(id: "schop", text: "ca 2028", kind: .milestone, year: 2028, approximate: true)

    @Test func decimalYearsCountDaysIntoTheYear() {
        #expect(DecimalYear.of("2035-01-01") == 2035)
        // 2020 is a leap year: 2 July is day 184, so 183 of 366 days have passed.
        #expect(DecimalYear.of("2020-07-02") == 2020.5)
        #expect(DecimalYear.of("2021-07-02") == 2021 + 182.0 / 365)
        #expect(DecimalYear.of("2021-02-29") == nil)
        #expect(DecimalYear.of("2021-13-01") == nil)
    }

    @Test func aLinearPathRunsFromItsStartToItsLevelAndStaysThere() {
        let path = LinearPath(startYear: 2020, startValue: 6, endYear: 2050, endValue: 0)
        #expect(path.value(at: 2035) == 3)
        #expect(path.value(at: 2019) == 6)
        #expect(path.value(at: 2060) == 0)
        #expect(path.isOnTrack(3, at: 2035, higherIsBetter: false))
        #expect(!path.isOnTrack(3.01, at: 2035, higherIsBetter: false))
    }

    // MARK: Gap closure: 6 points behind in 2020, closed by 2050, so 3 behind in 2035.

    @Test func aGapNarrowingFasterThanThePathIsOnTrack() {
        let trajectory = TargetTrajectory(Self.youth, measurements: [
            Self.measurement("jeugd", "2020-01-01", .gap(indicator: "ervaren gezondheid", region: 80, restOfCountry: 86, higherIsBetter: true)),
            Self.measurement("jeugd", "2035-01-01", .gap(indicator: "ervaren gezondheid", region: 84, restOfCountry: 86.5, higherIsBetter: true)),
        ], today: "2035-02-01")
        #expect(trajectory.points.map(\.value) == [6, 2.5])
        #expect(trajectory.status == TargetStatus(.onTrack, .comparedWithPath(value: 2.5, path: 3, on: "2035-01-01")))
    }

    @Test func aGapNarrowingSlowerThanThePathIsOffTrack() {
        let trajectory = TargetTrajectory(Self.youth, measurements: [
            Self.measurement("jeugd", "2035-01-01", .gap(indicator: "ervaren gezondheid", region: 82, restOfCountry: 86, higherIsBetter: true)),
            Self.measurement("jeugd", "2020-01-01", .gap(indicator: "ervaren gezondheid", region: 80, restOfCountry: 86, higherIsBetter: true)),
        ], today: "2035-02-01")
        #expect(trajectory.status == TargetStatus(.offTrack, .comparedWithPath(value: 4, path: 3, on: "2035-01-01")))
        #expect(trajectory.path == LinearPath(startYear: 2020, startValue: 6, endYear: 2050, endValue: 0))
    }

    @Test func aGapIsReadTheOtherWayWhenLowerIsBetterAndOtherIndicatorsStayOut() {
        // Overweight: 18% in the region against 14% elsewhere is 4 behind.
        let trajectory = TargetTrajectory(Self.youth, measurements: [
            Self.measurement("jeugd", "2020-01-01", .gap(indicator: "overgewicht", region: 18, restOfCountry: 14, higherIsBetter: false)),
            Self.measurement("jeugd", "2021-01-01", .gap(indicator: "roken", region: 30, restOfCountry: 10, higherIsBetter: false)),
        ], today: "2021-02-01")
        #expect(trajectory.points == [.init(date: "2020-01-01", value: 4)])
        #expect(trajectory.measure == .gapToClose(indicator: "overgewicht"))
        #expect(trajectory.status == TargetStatus(.onTrack, .baseline(value: 4, on: "2020-01-01")))
    }

    @Test func aClosedGapIsReached() {
        let trajectory = TargetTrajectory(Self.youth, measurements: [
            Self.measurement("jeugd", "2020-01-01", .gap(indicator: "ervaren gezondheid", region: 80, restOfCountry: 86, higherIsBetter: true)),
            Self.measurement("jeugd", "2040-01-01", .gap(indicator: "ervaren gezondheid", region: 87, restOfCountry: 86, higherIsBetter: true)),
        ], today: "2040-02-01")
        #expect(trajectory.status == TargetStatus(.reached, .levelReached(value: -1, level: 0, on: "2040-01-01")))
    }

    // MARK: Relative growth: 0 in 2020 to 5 percent in 2030, so 2.5 in 2025.

    @Test func growthAheadOfThePathIsOnTrackAndIsReIndexedOnTheFirstMeasurement() throws {
        // 200 -> 226.6 is +13.3%; 50 -> 55 is +10%: 1.133 / 1.1 = 1.03, a lead of 3 percent.
        let trajectory = TargetTrajectory(Self.growth, measurements: [
            Self.measurement("brp", "2020-01-01", .indexedGrowth(region: 200, benchmark: 50)),
            Self.measurement("brp", "2025-01-01", .indexedGrowth(region: 226.6, benchmark: 55)),
        ], today: "2025-06-01")
        guard case let .comparedWithPath(value, path, on) = trajectory.status.reason else { Issue.record("\(trajectory.status)"); return }
        #expect(trajectory.status.state == .onTrack)
        #expect(abs(value - 3) < 1e-9)
        #expect(path == 2.5)
        #expect(on == "2025-01-01")
        #expect(trajectory.points.first?.value == 0)
    }

    @Test func growthBehindThePathIsOffTrackAndFivePercentIsReached() {
        let behind = TargetTrajectory(Self.growth, measurements: [
            Self.measurement("brp", "2020-01-01", .indexedGrowth(region: 100, benchmark: 100)),
            Self.measurement("brp", "2025-01-01", .indexedGrowth(region: 111.1, benchmark: 110)),
        ], today: "2025-06-01")
        #expect(behind.status.state == .offTrack)
        let reached = TargetTrajectory(Self.growth, measurements: [
            Self.measurement("brp", "2020-01-01", .indexedGrowth(region: 100, benchmark: 100)),
            Self.measurement("brp", "2028-01-01", .indexedGrowth(region: 115.6, benchmark: 110)),
        ], today: "2028-06-01")
        #expect(reached.status.state == .reached)
    }

    // MARK: Counts: 20% of households in 2020 to 100% on 1 January 2024, so 60% in 2022.

    @Test func aShareOfHouseholdsIsHeldToItsPathTo100Percent() {
        let first = Self.measurement("afval", "2020-01-01", .count(20))
        func status(_ value: Double) -> TargetStatus {
            TargetTrajectory(Self.waste, measurements: [first, Self.measurement("afval", "2022-01-01", .count(value))], today: "2022-02-01").status
        }
        #expect(status(65) == TargetStatus(.onTrack, .comparedWithPath(value: 65, path: 60, on: "2022-01-01")))
        #expect(status(60) == TargetStatus(.onTrack, .comparedWithPath(value: 60, path: 60, on: "2022-01-01")))
        #expect(status(55) == TargetStatus(.offTrack, .comparedWithPath(value: 55, path: 60, on: "2022-01-01")))
        #expect(status(100) == TargetStatus(.reached, .levelReached(value: 100, level: 100, on: "2022-01-01")))
        #expect(TargetTrajectory(Self.waste, measurements: [first], today: "2020-02-01").measure == .count(unit: nil, share: true))
    }

    @Test func aCountPastItsYearBelowTheLevelIsOffTrack() {
        let trajectory = TargetTrajectory(Self.waste, measurements: [
            Self.measurement("afval", "2020-01-01", .count(20)), Self.measurement("afval", "2025-01-01", .count(90)),
        ], today: "2025-02-01")
        #expect(trajectory.status == TargetStatus(.offTrack, .comparedWithPath(value: 90, path: 100, on: "2025-01-01")))
    }

    // MARK: Without a year: Chemelot's 250.000 homes name no year, so the latest change decides.

    @Test func aCountWithoutAYearStartsWithABaselineOnTrackAndNoPath() {
        let trajectory = TargetTrajectory(Self.heat, measurements: [Self.measurement("warmte", "2022-01-01", .count(30_000))], today: "2022-02-01")
        #expect(trajectory.path == nil)
        #expect(trajectory.status == TargetStatus(.onTrack, .withoutYearBaseline(value: 30_000, level: 250_000, on: "2022-01-01")))
    }

    @Test func aCountWithoutAYearIsOnTrackWhileItGrowsAndOffTrackWhenItStallsOrFalls() {
        let first = Self.measurement("warmte", "2022-01-01", .count(30_000))
        func status(_ value: Double) -> TargetStatus {
            TargetTrajectory(Self.heat, measurements: [Self.measurement("warmte", "2023-01-01", .count(value)), first], today: "2023-02-01").status
        }
        #expect(status(45_000) == TargetStatus(.onTrack, .latestChange(value: 45_000, previous: 30_000, since: "2022-01-01", level: 250_000, on: "2023-01-01")))
        #expect(status(30_000) == TargetStatus(.offTrack, .latestChange(value: 30_000, previous: 30_000, since: "2022-01-01", level: 250_000, on: "2023-01-01")))
        #expect(status(28_000).state == .offTrack)
        #expect(status(250_000) == TargetStatus(.reached, .levelReached(value: 250_000, level: 250_000, on: "2023-01-01")))
    }

    @Test func onlyTheLatestChangeCountsNotTheFirstMeasurement() {
        // Up from 30.000 to 60.000, then back to 50.000: still above the start, but moving away.
        let trajectory = TargetTrajectory(Self.heat, measurements: [
            Self.measurement("warmte", "2022-01-01", .count(30_000)), Self.measurement("warmte", "2023-01-01", .count(60_000)),
            Self.measurement("warmte", "2024-01-01", .count(50_000)),
        ], today: "2024-02-01")
        #expect(trajectory.status == TargetStatus(.offTrack, .latestChange(value: 50_000, previous: 60_000, since: "2023-01-01", level: 250_000, on: "2024-01-01")))
        #expect(trajectory.path == nil)
    }

    @Test func aGapWithoutAYearIsOnTrackWhileItNarrows() {
        let youth = Target(id: "jeugd", text: "jeugd even gezond", kind: .gapClosure)
        let narrowing = TargetTrajectory(youth, measurements: [
            Self.measurement("jeugd", "2020-01-01", .gap(indicator: "ervaren gezondheid", region: 80, restOfCountry: 86, higherIsBetter: true)),
            Self.measurement("jeugd", "2021-01-01", .gap(indicator: "ervaren gezondheid", region: 81, restOfCountry: 86, higherIsBetter: true)),
        ], today: "2021-02-01")
        #expect(narrowing.status == TargetStatus(.onTrack, .latestChange(value: 5, previous: 6, since: "2020-01-01", level: 0, on: "2021-01-01")))
        let widening = TargetTrajectory(youth, measurements: [
            Self.measurement("jeugd", "2020-01-01", .gap(indicator: "ervaren gezondheid", region: 80, restOfCountry: 86, higherIsBetter: true)),
            Self.measurement("jeugd", "2021-01-01", .gap(indicator: "ervaren gezondheid", region: 79, restOfCountry: 86, higherIsBetter: true)),
        ], today: "2021-02-01")
        #expect(widening.status.state == .offTrack)
    }

    @Test func growthWithoutAYearIsJudgedByItsLatestChangeToo() {
        let growth = Target(id: "brp", text: "5% meer BRP", kind: .relativeGrowth, value: 5, unit: "procent")
        let baseline = TargetTrajectory(growth, measurements: [Self.measurement("brp", "2020-01-01", .indexedGrowth(region: 100, benchmark: 100))],
                                        today: "2020-02-01")
        #expect(baseline.status == TargetStatus(.onTrack, .withoutYearBaseline(value: 0, level: 5, on: "2020-01-01")))
        // 102 against 100: a lead of 2 percent, up from 0.
        let ahead = TargetTrajectory(growth, measurements: [
            Self.measurement("brp", "2020-01-01", .indexedGrowth(region: 100, benchmark: 100)),
            Self.measurement("brp", "2022-01-01", .indexedGrowth(region: 102, benchmark: 100)),
        ], today: "2022-02-01")
        #expect(ahead.status.state == .onTrack)
        #expect(ahead.path == nil)
    }

    // MARK: Milestones

    @Test func aMilestoneIsReachedWhenReportedSo() {
        let esfri = Target(id: "esfri", text: "ESFRI 2021", kind: .milestone, year: 2021)
        let trajectory = TargetTrajectory(esfri, measurements: [
            Self.measurement("esfri", "2021-03-01", .reached(false)), Self.measurement("esfri", "2021-06-30", .reached(true)),
        ], today: "2030-01-01")
        #expect(trajectory.status == TargetStatus(.reached, .milestoneReached(on: "2021-06-30")))
    }

    @Test func anUnreachedMilestoneIsDueUntilTheEndOfItsYearThenOverdue() {
        let reports = [Self.measurement("keuze", "2023-05-01", .reached(false))]
        #expect(TargetTrajectory(Self.siteChoice, measurements: reports, today: "2024-12-31").status
            == TargetStatus(.onTrack, .milestoneDue(deadline: "2024-12-31", reportedOn: "2023-05-01")))
        #expect(TargetTrajectory(Self.siteChoice, measurements: reports, today: "2025-01-01").status
            == TargetStatus(.offTrack, .milestoneOverdue(deadline: "2024-12-31", reportedOn: "2023-05-01")))
    }

    @Test func anApproximateMilestoneHasAYearMore() {
        let reports = [Self.measurement("schop", "2028-05-01", .reached(false))]
        #expect(TargetTrajectory(Self.groundBroken, measurements: reports, today: "2029-12-31").status.state == .onTrack)
        #expect(TargetTrajectory(Self.groundBroken, measurements: reports, today: "2030-01-01").status.state == .offTrack)
    }

    @Test func everySeededTargetHasNoDataYet() {
        let targets = SeedPlan.register.ambitions.flatMap(\.targets)
        #expect(targets.count == 13)
        for target in targets {
            #expect(TargetTrajectory(target, measurements: [], today: "2025-01-01").status.state == .noData, "\(target.id)")
        }
        let esfri = TargetTrajectory(targets.first { $0.id == "esfri-roadmap-2021" }!, measurements: [], today: "2025-01-01")
        #expect(esfri.status.reason == .nothingMeasured(due: 2021))
    }

    @Test func aMeasurementMustFitItsTarget() {
        let growth = Self.measurement("brp", "2020-01-01", .indexedGrowth(region: 0, benchmark: 100))
        #expect(throws: TargetMeasurementError.indexNotPositive(0)) { try growth.check(for: Self.growth) }
        #expect(throws: TargetMeasurementError.readingDoesNotFit(.milestone)) { try Self.measurement("keuze", "2020-01-01", .count(3)).check(for: Self.siteChoice) }
        var undated = Self.measurement("afval", "2020-01-01", .count(3))
        undated.date = "2020-1-1"
        #expect(throws: TargetMeasurementError.notADate("2020-1-1")) { try undated.check(for: Self.waste) }
        var unsourced = Self.measurement("afval", "2020-01-01", .count(3))
        unsourced.source = " "
        #expect(throws: TargetMeasurementError.missingSource) { try unsourced.check(for: Self.waste) }
    }
}
