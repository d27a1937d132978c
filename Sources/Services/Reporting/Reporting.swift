import Core
import Foundation
import Storage

/// The reporting cycle's writes: the regiegroep opens a round; a team writes and submits its
/// line's report; the regiegroep sends it back with a comment or approves it, and answers what
/// the team asked of the administrators. Each is one transaction on the report as saved, with
/// the rights checked on that report and the step checked against its state.
public struct Reporting: Sendable {
    public let store: ReportStore
    let register: RegisterStore
    /// Nil leaves the monitor out of composed reports.
    let headline: MonitorHeadline?
    let now: @Sendable () -> Date

    public init(store: ReportStore, register: RegisterStore, headline: MonitorHeadline?, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.register = register
        self.headline = headline
        self.now = now
    }

    /// Why a step cannot be taken on a report as it stands.
    public enum Refusal: Error, Sendable, Equatable {
        case noSuchRound(String)
        case noSuchLine(String)
        /// The step does not fit the report's state (a submitted report is not saved by its team).
        case notNow(ReportStep, ReportState)
        /// Sending back needs a comment that says why.
        case commentMissing
        case answerMissing
        case nothingToAnswer
        case input(ReportInputProblems)
        case round(ReportingRoundProblem)
        /// Adopting needs the body that decided.
        case bodyMissing
    }

    public func open(name: String, periodStart: String, periodEnd: String, dueOn: String, by account: Account?) async throws -> ReportingRound {
        try ReportRights.requireReview(by: account)
        let name = String(name.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        do {
            try ReportingRound.check(name: name, periodStart: periodStart, periodEnd: periodEnd, dueOn: dueOn)
        } catch {
            throw Refusal.round(error)
        }
        let round = ReportingRound(id: "", name: name, periodStart: periodStart, periodEnd: periodEnd, dueOn: dueOn,
                                   openedBy: account!.publicName, openedAt: instant())
        return try await store.open(round, by: account!)
    }

    /// The report of `line` in `round`: as saved, or as the team would start it from the register.
    public func report(round: ReportingRound, line: String) async throws -> LineReport {
        if let saved = try await store.report(round: round.id, line: line) { return saved }
        guard let register = try await register.current(), let actionLine = register.actionLine(line) else { throw Refusal.noSuchLine(line) }
        return LineReport.start(round: round, line: actionLine, in: register)
    }

    /// The team's text saved, and with `submit` handed in.
    public func save(_ input: LineReportInput, round: String, line: String, version: Int, submit: Bool, by account: Account?) async throws -> LineReport {
        try await take(submit ? .submit : .save, round: round, line: line, version: version, by: account) { report in
            switch input.applied(to: report) {
            case let .success(changed): return changed
            case let .failure(problems): throw Refusal.input(problems)
            }
        }
    }

    /// The actions' part of the report from a CSV file (`ReportUpload`), saved as a concept: all
    /// of the file or nothing.
    public func upload(_ text: String, file: String, round: String, line: String, version: Int, by account: Account?) async throws -> LineReport {
        try await take(.save, round: round, line: line, version: version, by: account) { report in
            switch ReportUpload.read(text, file: file, into: report) {
            case let .failure(problems): throw problems
            case let .success(input):
                switch input.applied(to: report) {
                case let .success(changed): return changed
                case let .failure(problems): throw Refusal.input(problems)
                }
            }
        }
    }

    /// The regiegroep sends a submitted report back; the comment says why.
    public func sendBack(round: String, line: String, version: Int, comment: String, by account: Account?) async throws -> LineReport {
        let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw Refusal.commentMissing }
        return try await take(.sendBack, round: round, line: line, version: version, by: account) { report in
            var report = report
            report.comments.append(.init(author: Self.name(of: account), at: instant(), text: String(text.prefix(LineReportInput.longText))))
            return report
        }
    }

    /// An approved report and the actions whose status it changed in the register.
    public struct Approval: Sendable {
        public var report: LineReport
        public var statusesApplied: [String]
    }

    /// The regiegroep approves a submitted report; then each action whose status in the report
    /// differs from the register's is brought in line, through the register's own write path
    /// (one audited edit per action, made from its current version), so the register says what
    /// the approved report says.
    public func approve(round: String, line: String, version: Int, by account: Account?) async throws -> Approval {
        let approved = try await take(.approve, round: round, line: line, version: version, by: account) { report in
            var report = report
            report.approvedAt = instant()
            return report
        }
        let editing = RegisterEditing(store: register)
        var applied: [String] = []
        for entry in approved.actions {
            guard let current = try await register.current(), let action = current.action(entry.action), action.status != entry.status else { continue }
            let change = RegisterChange(.actions, .update(id: action.id, values: [.status: entry.status.rawValue],
                                                          version: current.version(of: EntityReference(.actions, action.id))))
            _ = try await editing.apply(change, by: account)
            applied.append(action.id)
        }
        return Approval(report: approved, statusesApplied: applied)
    }

    /// The regiegroep answers what the team asked of the administrators, in any state.
    public func answer(round: String, line: String, version: Int, text: String, by account: Account?) async throws -> LineReport {
        try ReportRights.requireReview(by: account)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw Refusal.answerMissing }
        let (found, start) = try await startingPoint(round: round, line: line)
        return try await store.change(round: found.id, line: line, from: version, by: account!) { saved in
            var report = saved ?? start
            guard !report.escalation.isEmpty else { throw Refusal.nothingToAnswer }
            report.answer = .init(text: String(text.prefix(LineReportInput.longText)), by: Self.name(of: account), on: ProgrammeDay.of(now()))
            return report
        }
    }

    // MARK: The progress report

    /// The round's progress report composed from what Stip holds now, or the adopted one.
    public func progressReport(round: String) async throws -> (report: ProgressReport, adopted: AdoptedReport?) {
        guard let found = try await store.round(round) else { throw Refusal.noSuchRound(round) }
        if let adopted = try await store.adopted(found.id) { return (adopted.report, adopted) }
        return (try await compose(found), nil)
    }

    /// The report as it would be composed now, also for an adopted round: to compare with.
    public func compose(_ round: ReportingRound) async throws -> ProgressReport {
        guard let current = try await register.current() else { throw ChangeRefusal.notFound }
        let targets = TargetMeasurementStore(beside: register), money = PeopleAndMoneyStore(beside: register)
        return ProgressReport.compose(
            round: round, register: current, reports: try await store.reports(in: round.id),
            measurements: try await targets.all().map(\.measurement), peopleAndMoney: try await money.current()?.data,
            monitor: try await headline?.part(upTo: round.periodEnd))
    }

    /// The regiegroep records that the BKO adopted the round's report on `decidedOn`: the report
    /// as composed now is frozen with its fingerprint.
    public func adopt(round: String, decidedOn: String, decidedBy: String, by account: Account?) async throws -> AdoptedReport {
        try ReportRights.requireReview(by: account)
        guard ISODate.isValid(decidedOn) else { throw Refusal.round(.notADate(field: "decidedOn", text: decidedOn)) }
        let body = decidedBy.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw Refusal.bodyMissing }
        guard let found = try await store.round(round) else { throw Refusal.noSuchRound(round) }
        return try await store.adopt(try await compose(found), decidedOn: decidedOn, decidedBy: String(body.prefix(200)), by: account!, at: instant())
    }

    private func take(
        _ step: ReportStep, round: String, line: String, version: Int, by account: Account?,
        _ change: @escaping @Sendable (LineReport) throws -> LineReport
    ) async throws -> LineReport {
        let (found, start) = try await startingPoint(round: round, line: line)
        try ReportRights.require(step, on: start, by: account)
        let at = instant()
        return try await store.change(round: found.id, line: line, from: version, by: account!) { saved in
            let report = saved ?? start
            // Rights again on the report as saved: its team is the one it was started for.
            try ReportRights.require(step, on: report, by: account)
            guard let next = step.next(from: report.state) else { throw Refusal.notNow(step, report.state) }
            var changed = try change(report)
            changed.state = next
            if step == .submit { changed.submittedAt = at }
            return changed
        }
    }

    private func startingPoint(round: String, line: String) async throws -> (ReportingRound, LineReport) {
        guard let found = try await store.round(round) else { throw Refusal.noSuchRound(round) }
        return (found, try await report(round: found, line: line))
    }

    static func name(of account: Account?) -> String {
        account?.publicName ?? ""
    }

    /// Now, as an ISO 8601 instant in UTC.
    private func instant() -> String {
        now().formatted(.iso8601)
    }
}
