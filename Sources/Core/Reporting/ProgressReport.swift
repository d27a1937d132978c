/// The *voortgangsrapportage* of a round, composed from what Stip holds on the period's last day:
/// per challenge, ambition and action line the progress and the actions due in the period, the
/// targets' status, the team's report; the money and capacity of the period's years, the
/// half-yearly capacity reviews in it, and the escalations with their answers. Values are kept
/// as data (states by name, money in cents, capacity in thousandths of an FTE), so the same
/// document is shown in any language and its fingerprint does not depend on one.
public struct ProgressReport: Codable, Sendable, Equatable {
    public struct ActionPart: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var status: Action.Status
        public var late: Bool
    }

    public struct ReportPart: Codable, Sendable, Equatable {
        public var state: ReportState
        public var submittedAt: String?
        public var summary: String
        public var wentWell: String
        public var stuck: String
        /// Per signal (`onCourse`, `attention`, `risk`), how many actions got it.
        public var signals: [String: Int]
    }

    public struct LinePart: Codable, Sendable, Equatable {
        public var id: String
        public var number: Int
        public var title: String
        public var team: String?
        public var progress: Progress
        /// The actions the round asks about, as the register has them.
        public var actions: [ActionPart]
        /// Nil when the team has not saved a report.
        public var report: ReportPart?
    }

    public struct TargetPart: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var state: TargetStatus.State
        /// The day of the measurement that decides it, if any.
        public var measuredOn: String?
    }

    public struct AmbitionPart: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var progress: Progress
        public var targets: [TargetPart]
        public var lines: [LinePart]
    }

    public struct ChallengePart: Codable, Sendable, Equatable {
        /// Nil for the ambitions the plan puts under no challenge.
        public var id: String?
        public var number: Int?
        public var title: String
        public var progress: Progress
        public var ambitions: [AmbitionPart]
    }

    public struct MoneyYear: Codable, Sendable, Equatable {
        public var year: Int
        public var budgetedCents: Int
        public var coverageCents: Int
        public var spentCents: Int
    }

    public struct CapacityFigures: Codable, Sendable, Equatable {
        public var year: Int
        /// In thousandths of an FTE; nil where the plan states no total.
        public var statedThousandths: Int?
        public var computedThousandths: Int
    }

    /// The monitor's headline for the region: each scored indicator at the nulmeting and in the
    /// latest data year up to the period's end, computed by the monitor (`RegionChange`).
    public struct MonitorPart: Codable, Sendable, Equatable {
        public struct Indicator: Codable, Sendable, Equatable {
            public var id: String
            public var unit: String
            /// +1 when higher is better, -1 when lower is.
            public var direction: Int
            public var baseline: Double?
            public var current: Double?

            public init(id: String, unit: String, direction: Int, baseline: Double?, current: Double?) {
                self.id = id
                self.unit = unit
                self.direction = direction
                self.baseline = baseline
                self.current = current
            }

            public var change: Double? {
                guard let baseline, let current else { return nil }
                return current - baseline
            }
        }

        public var region: String
        public var baselineYear: Int
        public var year: Int
        public var indicators: [Indicator]

        public init(region: String, baselineYear: Int, year: Int, indicators: [Indicator]) {
            self.region = region
            self.baselineYear = baselineYear
            self.year = year
            self.indicators = indicators
        }
    }

    public struct Escalation: Codable, Sendable, Equatable {
        public var line: String
        public var ask: String
        public var answer: LineReport.Answer?
    }

    public var round: ReportingRound
    /// The day the figures are taken on: the period's last day.
    public var asOf: String
    public var challenges: [ChallengePart]
    public var money: [MoneyYear]
    public var capacity: [CapacityFigures]
    public var reviews: [CapacityReview]
    public var escalations: [Escalation]
    /// Nil when no nulmeting has been adopted, and in reports adopted before the monitor joined them.
    public var monitor: MonitorPart?
}

extension ProgressReport {
    /// Every action line of the report, in the order of its parts.
    public var lines: [LinePart] { challenges.flatMap(\.ambitions).flatMap(\.lines) }

    /// The lines whose team report is not (yet) approved.
    public var unapproved: Int { lines.filter { $0.report?.state != .approved }.count }

    /// The report of `round` from the register, the reports saved in the round, the targets'
    /// measurements and people and money, as they stand.
    public static func compose(
        round: ReportingRound, register: Register, reports: [LineReport], measurements: [TargetMeasurement], peopleAndMoney: PeopleAndMoney?,
        monitor: MonitorPart? = nil
    ) -> ProgressReport {
        let day = round.periodEnd
        let byLine = Dictionary(reports.filter { $0.round == round.id }.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        let known = measurements.filter { $0.date <= day }
        let measured = Dictionary(grouping: known, by: \.target)

        func line(_ line: ActionLine) -> LinePart {
            let report = byLine[line.id]
            let actions = ReportingScope.actions(of: line, in: round, register: register).map {
                ActionPart(id: $0.id, title: $0.title, status: $0.status, late: ReportingScope.isLate($0, at: day, in: register))
            }
            let team = register.teams.first { $0.actionLine == line.id && !$0.isSubTeam }?.id
            return LinePart(
                id: line.id, number: line.number, title: line.title, team: team, progress: ProgressRollup.of(line, at: day, in: register), actions: actions,
                report: report.map { report in
                    ReportPart(state: report.state, submittedAt: report.submittedAt, summary: report.summary, wentWell: report.wentWell, stuck: report.stuck,
                               signals: Dictionary(grouping: report.actions, by: \.signal.rawValue).mapValues(\.count))
                })
        }
        func ambition(_ ambition: Ambition) -> AmbitionPart {
            AmbitionPart(
                id: ambition.id, title: ambition.title, progress: ProgressRollup.of(ambition, at: day, in: register),
                targets: ambition.targets.map { target in
                    let trajectory = TargetTrajectory(target, measurements: measured[target.id] ?? [], today: day)
                    return TargetPart(id: target.id, text: target.text, state: trajectory.status.state,
                                      measuredOn: (measured[target.id] ?? []).map(\.date).max())
                },
                lines: register.actionLines(for: ambition).map(line))
        }
        var challenges = register.challenges.map { challenge in
            ChallengePart(id: challenge.id, number: challenge.number, title: challenge.title, progress: ProgressRollup.of(challenge, at: day, in: register),
                          ambitions: register.ambitions(of: challenge).map(ambition))
        }
        let knownChallenges = Set(register.challenges.map(\.id))
        let loose = register.ambitions.filter { $0.challenge.map(knownChallenges.contains) != true }
        if !loose.isEmpty {
            let parts = loose.map(ambition)
            challenges.append(ChallengePart(id: nil, number: nil, title: "", progress: parts.map(\.progress).reduce(Progress(), +), ambitions: parts))
        }

        let years = Array(Int(round.periodStart.prefix(4))!...Int(round.periodEnd.prefix(4))!)
        let money = years.compactMap { year -> MoneyYear? in
            guard let data = peopleAndMoney, data.budgetYears.contains(year) else { return nil }
            let budget = data.budgetYear(year)
            return MoneyYear(year: year, budgetedCents: budget.budgeted.cents, coverageCents: budget.coverage.cents, spentCents: budget.spent.cents)
        }
        let capacity = years.compactMap { year -> CapacityFigures? in
            guard let table = peopleAndMoney?.capacityTable(year: year) else { return nil }
            return CapacityFigures(year: year, statedThousandths: table.statedOverall?.fte?.thousandths, computedThousandths: table.overall.fte.thousandths)
        }
        let reviews = (peopleAndMoney?.reviews ?? []).filter { $0.date >= round.periodStart && $0.date <= round.periodEnd }.sorted { $0.date < $1.date }
        let escalations = register.actionLines.compactMap { line -> Escalation? in
            guard let report = byLine[line.id], !report.escalation.isEmpty else { return nil }
            return Escalation(line: line.id, ask: report.escalation, answer: report.answer)
        }
        return ProgressReport(round: round, asOf: day, challenges: challenges, money: money, capacity: capacity, reviews: reviews, escalations: escalations, monitor: monitor)
    }
}
