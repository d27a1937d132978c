/// Whether a higher value is good news.
public enum Direction: Int, Sendable, Hashable, Codable {
    case higherIsBetter = 1
    case higherIsWorse = -1

    /// The `d` of the method: +1 or -1.
    public var sign: Double { Double(rawValue) }
}

/// One indicator of the monitor: where it sits in the tree and how it counts.
public struct IndicatorDefinition: Sendable, Hashable, Codable {
    public var id: String
    /// The theme (a leaf node of the structure) the indicator belongs to.
    public var theme: String
    public var direction: Direction
    /// Weight within its theme; weights are renormalised over what a unit has, so they need not sum to 1.
    public var weight: Double

    public init(id: String, theme: String, direction: Direction = .higherIsBetter, weight: Double = 1) {
        self.id = id
        self.theme = theme
        self.direction = direction
        self.weight = weight
    }
}
