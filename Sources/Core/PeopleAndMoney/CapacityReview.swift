/// The half-yearly review of capacity in the directors' meeting (ch. 6: 'halfjaarlijks in het
/// directeurenoverleg besproken of de inzet toereikend is en of dient te worden bij- of afgeschakeld').
public struct CapacityReview: Sendable, Hashable, Codable, Identifiable {
    /// What the review decided for one activity.
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        /// *bijschakelen*: more capacity.
        case scaleUp
        /// *afschakelen*: less capacity.
        case scaleDown
        /// *handhaven*: keep it as it is.
        case maintain
    }

    public struct Decision: Sendable, Hashable, Codable {
        public var activity: String
        public var verdict: Verdict
        public var reason: String

        public init(activity: String, verdict: Verdict, reason: String) {
            self.activity = activity
            self.verdict = verdict
            self.reason = reason
        }
    }

    public var id: String
    /// `yyyy-mm-dd`.
    public var date: String
    /// The body that reviewed (the directeurennetwerk, in the plan).
    public var body: String
    public var decisions: [Decision]
    public var note: String?

    public init(id: String, date: String, body: String, decisions: [Decision], note: String? = nil) {
        self.id = id
        self.date = date
        self.body = body
        self.decisions = decisions
        self.note = note
    }
}
