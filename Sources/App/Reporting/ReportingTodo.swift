import Core

/// What one person has to do in the reporting rounds, for their account page: the reports they
/// write that are not handed in, and for the regiegroep the reports to review and the questions
/// to answer. Overdue first, then by due day.
enum ReportingTodo {
    struct Item: Equatable, Sendable {
        var text: String
        var url: SiteURL
        var overdue: Bool
    }

    static func items(_ rows: [ReportingRow], register: Register, for account: Account, _ l: Localizer) -> [Item] {
        let reviewer = (try? ReportRights.requireReview(by: account)) != nil
        var items: [Item] = []
        for row in rows.sorted(by: ReportingRow.overdueFirst) {
            let report = row.report ?? LineReport.start(round: row.round, line: row.line, in: register)
            let url = SiteURL.reporting(.report(row.round.id, row.line.id))
            let line = "\(row.line.number). \(row.line.title)"
            // The regiegroep writes only the reports of lines without a team here; it may write for a team, but that is the team's to do.
            let writes = report.team == nil ? reviewer : account.role == .captain && ReportRights.mayWrite(report, by: account)
            if writes, report.state.isOpenForWriting {
                items.append(Item(text: l(.reporting(.todoWrite(line: line, round: row.round.name, due: l.date(row.round.dueOn)))), url: url, overdue: row.overdue))
            }
            if reviewer, report.state == .submitted {
                items.append(Item(text: l(.reporting(.todoReview(line: line, round: row.round.name))), url: url, overdue: false))
            }
            if reviewer, report.escalationOpen {
                items.append(Item(text: l(.reporting(.todoAnswer(line: line, round: row.round.name))), url: url, overdue: false))
            }
        }
        return items
    }
}
