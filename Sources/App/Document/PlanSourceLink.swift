import Core

/// A record's place in the plan's text, for the line at the foot of its page.
struct PlanSourceLink: Equatable, Sendable {
    var version: String
    var block: String
    var sectionTitle: String
}
