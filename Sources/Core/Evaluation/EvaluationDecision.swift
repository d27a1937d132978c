/// What the regiegroep decided after an evaluation for a team, a body or a running programme:
/// *bijsturen, afschakelen, formaliseren* or *handhaven*, with the reason. Scaling a team down
/// ends its memberships on the decision's day.
public struct EvaluationDecision: Codable, Sendable, Equatable {
    public enum Verdict: String, Codable, Sendable, CaseIterable {
        case steer, scaleDown, formalise, maintain
    }

    public enum Subject: Codable, Sendable, Equatable, Hashable {
        case team(String), body(String), programme(String)
    }

    public var evaluation: String
    public var subject: Subject
    public var verdict: Verdict
    public var reason: String
    public var decidedOn: String
    public var recordedBy: String
    /// The memberships the decision ended, for the record.
    public var endedMemberships: [String]

    public init(evaluation: String, subject: Subject, verdict: Verdict, reason: String, decidedOn: String, recordedBy: String, endedMemberships: [String] = []) {
        self.evaluation = evaluation
        self.subject = subject
        self.verdict = verdict
        self.reason = reason
        self.decidedOn = decidedOn
        self.recordedBy = recordedBy
        self.endedMemberships = endedMemberships
    }

    /// The memberships a decision ends: for *afschakelen* of a team, those of the team and its
    /// sub-teams still running on the decision's day.
    public static func membershipsToEnd(_ subject: Subject, _ verdict: Verdict, on day: String, in register: Register) -> [Membership] {
        guard verdict == .scaleDown, case let .team(id) = subject else { return [] }
        let teams = Set([id] + register.teams.filter { $0.parent == id }.map(\.id))
        return register.memberships.filter { $0.team.map(teams.contains) == true && ($0.until.map { $0 >= day } ?? true) }
    }
}
