/// One listed area of a focus selection: its index and rank, whether it was selected and why,
/// and how often other reasonable weights select it. Stored whole with a decision, so a decision
/// reopens with the figures it was taken on.
public struct FocusAreaOutcome: Sendable, Hashable, Codable {
    public struct Check: Sendable, Hashable, Codable {
        public var criterion: FocusCriterion
        public var met: Bool
        public var value: Double?
        public var threshold: Double?
    }

    public struct Gap: Sendable, Hashable, Codable {
        public var indicator: String
        /// Percent of the national value by which the area is worse.
        public var percent: Double
    }

    public var code: String
    public var index: Double?
    public var rank: Int?
    public var isSelected: Bool
    public var isScreenedOut: Bool
    public var checks: [Check]
    public var worseIndicators: [Gap]
    /// Share of the robustness draws in which the area was selected, 0 to 1.
    public var selectionShare: Double
    public var medianRank: Double?
    public var rankPercentile5: Double?
    public var rankPercentile95: Double?

    public var areaCode: AreaCode? { AreaCode(code) }
}
