/// A team's report on one action line for one round: per action where it stands and how it is
/// doing, per line the account, what went well, what is stuck, and what the team asks of the
/// administrators (*rugdekking*), which the regiegroep must answer.
public struct LineReport: Codable, Sendable, Equatable, Identifiable {
    /// One action's part of the report.
    public struct ActionEntry: Codable, Sendable, Equatable {
        public var action: String
        public var status: Action.Status
        public var signal: ProgressSignal
        /// A short account of what happened.
        public var account: String
        /// Links to evidence, one a line.
        public var evidence: [String]
        public var nextStep: String

        public init(action: String, status: Action.Status, signal: ProgressSignal = .onCourse, account: String = "",
                    evidence: [String] = [], nextStep: String = "") {
            self.action = action
            self.status = status
            self.signal = signal
            self.account = account
            self.evidence = evidence
            self.nextStep = nextStep
        }
    }

    /// A remark on the report, most often the regiegroep's when sending it back.
    public struct Comment: Codable, Sendable, Equatable {
        public var author: String
        public var at: String
        public var text: String

        public init(author: String, at: String, text: String) {
            self.author = author
            self.at = at
            self.text = text
        }
    }

    /// The regiegroep's answer to what the team asked of the administrators.
    public struct Answer: Codable, Sendable, Equatable {
        public var text: String
        public var by: String
        public var on: String

        public init(text: String, by: String, on: String) {
            self.text = text
            self.by = by
            self.on = on
        }
    }

    /// `round/line`.
    public var id: String { "\(round)/\(line)" }
    public var round: String
    public var line: String
    /// The team that reports; nil where the line has no team (the regiegroep reports).
    public var team: String?
    public var state: ReportState
    public var actions: [ActionEntry]
    public var summary: String
    public var wentWell: String
    public var stuck: String
    /// What the team asks of the administrators; empty when nothing.
    public var escalation: String
    public var answer: Answer?
    public var comments: [Comment]
    /// ISO instants of the steps taken.
    public var submittedAt: String?
    public var approvedAt: String?
    /// Goes up with every save, so a save from an older copy is refused.
    public var version: Int

    public init(round: String, line: String, team: String?, state: ReportState = .draft, actions: [ActionEntry] = [],
                summary: String = "", wentWell: String = "", stuck: String = "", escalation: String = "", answer: Answer? = nil,
                comments: [Comment] = [], submittedAt: String? = nil, approvedAt: String? = nil, version: Int = 0) {
        self.round = round
        self.line = line
        self.team = team
        self.state = state
        self.actions = actions
        self.summary = summary
        self.wentWell = wentWell
        self.stuck = stuck
        self.escalation = escalation
        self.answer = answer
        self.comments = comments
        self.submittedAt = submittedAt
        self.approvedAt = approvedAt
        self.version = version
    }

    /// An escalation waits for the regiegroep's answer.
    public var escalationOpen: Bool { !escalation.isEmpty && answer == nil }

    /// The report a team starts from: every action of the line in the round, as the register has it.
    public static func start(round: ReportingRound, line: ActionLine, in register: Register) -> LineReport {
        let team = register.teams.first { $0.actionLine == line.id && !$0.isSubTeam }?.id
        let actions = ReportingScope.actions(of: line, in: round, register: register)
            .map { ActionEntry(action: $0.id, status: $0.status) }
        return LineReport(round: round.id, line: line.id, team: team, actions: actions)
    }
}

extension LineReport {
    /// Not yet handed in while its round's due day has passed (`today` as `yyyy-mm-dd`).
    public func isOverdue(in round: ReportingRound, today: String) -> Bool {
        (state == .draft || state == .returned) && today > round.dueOn
    }

    /// Handed in (last) after its round's due day.
    public func wasSubmittedLate(in round: ReportingRound) -> Bool {
        submittedAt.map { String($0.prefix(10)) > round.dueOn } ?? false
    }
}
