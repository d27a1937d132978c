/// Who may do what in a reporting round. A line's report is written by its team's aanvoerder
/// (or the regiegroep, for a line without a team and on any team's behalf); reviewing, answering
/// escalations and opening rounds is the regiegroep's. Partners read only adopted reports.
public enum ReportRights {
    /// Reading rounds and the reports in them: the regiegroep, the beheerder and aanvoerders.
    public static func requireRead(by account: Account?) throws(AccessRefusal) {
        guard let account else { throw .notLoggedIn }
        guard account.role != .partner else { throw .forbidden }
    }

    public static func requireWrite(_ report: LineReport, by account: Account?) throws(AccessRefusal) {
        try Permission.require(anyOf: [.editRegister] + (report.team.map { [.editTeam($0)] } ?? []), for: account)
    }

    public static func mayWrite(_ report: LineReport, by account: Account?) -> Bool {
        (try? requireWrite(report, by: account)) != nil
    }

    /// Opening rounds, sending back, approving, answering escalations.
    public static func requireReview(by account: Account?) throws(AccessRefusal) {
        try Permission.require(anyOf: [.editRegister], for: account)
    }

    public static func require(_ step: ReportStep, on report: LineReport, by account: Account?) throws(AccessRefusal) {
        if step.isTeamStep { try requireWrite(report, by: account) } else { try requireReview(by: account) }
    }
}
