import Core

/// One line's report in one round as the overview pages list it: saved, or not begun.
struct ReportingRow: Equatable, Sendable {
    var round: ReportingRound
    var line: ActionLine
    var teamName: String?
    /// Nil while nobody has saved anything.
    var report: LineReport?
    var overdue: Bool

    /// Every line of the register in each round, with its report where one is saved.
    static func all(_ rounds: [ReportingRound], reports: [LineReport], register: Register, today: String) -> [ReportingRow] {
        let saved = Dictionary(reports.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return rounds.flatMap { round in
            register.actionLines.map { line in
                let report = saved["\(round.id)/\(line.id)"]
                let started = report ?? LineReport.start(round: round, line: line, in: register)
                return ReportingRow(round: round, line: line, teamName: started.team.flatMap { register.team($0)?.name }, report: report,
                                    overdue: started.isOverdue(in: round, today: today))
            }
        }
    }

    /// Overdue first, then by due day and the line's number: how open work is listed.
    static func overdueFirst(_ a: ReportingRow, _ b: ReportingRow) -> Bool {
        (a.overdue ? 0 : 1, a.round.dueOn, a.line.number) < (b.overdue ? 0 : 1, b.round.dueOn, b.line.number)
    }

    var state: ReportState? { report?.state }
    /// Still the team's or the regiegroep's to do.
    var isOpen: Bool { state != .approved || report?.escalationOpen == true }
}
