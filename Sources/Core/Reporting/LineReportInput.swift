/// What a team typed into its report, checked before it is saved: known actions of the round,
/// statuses and signals by name, links that are links, texts within their lengths.
public struct LineReportInput: Sendable, Equatable {
    public struct ActionInput: Sendable, Equatable {
        public var action: String
        public var status: String
        public var signal: String
        public var account: String
        public var evidence: String
        public var nextStep: String

        public init(action: String, status: String, signal: String, account: String, evidence: String, nextStep: String) {
            self.action = action
            self.status = status
            self.signal = signal
            self.account = account
            self.evidence = evidence
            self.nextStep = nextStep
        }
    }

    public var actions: [ActionInput]
    public var summary: String
    public var wentWell: String
    public var stuck: String
    public var escalation: String

    public init(actions: [ActionInput], summary: String, wentWell: String, stuck: String, escalation: String) {
        self.actions = actions
        self.summary = summary
        self.wentWell = wentWell
        self.stuck = stuck
        self.escalation = escalation
    }

    /// The longest text of a field: an account on an action, or the line's texts.
    public static let shortText = 2_000
    public static let longText = 8_000

    /// The report with this input in it, or the problems by field (`actions.ID.field` or the field's name).
    public func applied(to report: LineReport) -> Result<LineReport, ReportInputProblems> {
        var problems: [String: FieldProblem] = [:]
        var report = report
        let known = Set(report.actions.map(\.action))
        for input in actions {
            let key = "actions.\(input.action)"
            guard known.contains(input.action), let index = report.actions.firstIndex(where: { $0.action == input.action }) else {
                problems[key] = .unknownChoice(input.action)
                continue
            }
            var entry = report.actions[index]
            if let status = Action.Status(rawValue: input.status) { entry.status = status } else { problems["\(key).status"] = .unknownChoice(input.status) }
            if let signal = ProgressSignal(rawValue: input.signal) { entry.signal = signal } else { problems["\(key).signal"] = .unknownChoice(input.signal) }
            entry.account = Self.text(input.account, "\(key).account", Self.shortText, &problems)
            entry.nextStep = Self.text(input.nextStep, "\(key).nextStep", Self.shortText, &problems)
            let links = input.evidence.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for link in links where !Self.isLink(link) { problems["\(key).evidence"] = .notALink(link) }
            entry.evidence = links
            report.actions[index] = entry
        }
        report.summary = Self.text(summary, "summary", Self.longText, &problems)
        report.wentWell = Self.text(wentWell, "wentWell", Self.longText, &problems)
        report.stuck = Self.text(stuck, "stuck", Self.longText, &problems)
        // An answered question stays as it was asked: the answer refers to it.
        if report.answer == nil { report.escalation = Self.text(escalation, "escalation", Self.longText, &problems) }
        return problems.isEmpty ? .success(report) : .failure(ReportInputProblems(byField: problems))
    }

    static func text(_ text: String, _ field: String, _ limit: Int, _ problems: inout [String: FieldProblem]) -> String {
        // Control characters other than line breaks and tabs mean nothing in a report: they go.
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { $0.properties.generalCategory != .control || $0 == "\n" || $0 == "\t" })
        let trimmed = String(kept).trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > limit { problems[field] = .tooLong(trimmed.count, maximum: limit) }
        return trimmed
    }

    /// Evidence is a web address (http or https) or a path on this site.
    public static func isLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://") || (text.hasPrefix("/") && !text.hasPrefix("//")))
            && !text.contains(where: { $0.isWhitespace }) && text.count <= 2_000
    }
}

public struct ReportInputProblems: Error, Sendable, Equatable {
    public var byField: [String: FieldProblem]

    public init(byField: [String: FieldProblem]) {
        self.byField = byField
    }
}
