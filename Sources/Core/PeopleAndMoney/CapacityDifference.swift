/// A total the plan states beside the one Stip computes from the lines, and how far apart they are.
public struct CapacityDifference: Sendable, Hashable, Codable {
    public var stated: CapacityAmount
    public var computed: CapacitySum

    public init(stated: CapacityAmount, computed: CapacitySum) {
        self.stated = stated
        self.computed = computed
    }

    /// Computed minus stated, in FTE; nil when the plan states PM (there is no number to compare).
    public var difference: FTE? {
        stated.fte.map { computed.fte - $0 }
    }

    /// True when the numbers agree and PM is on both sides or neither.
    public var agrees: Bool {
        if stated.isPM { return computed.isPMOnly }
        return difference == .zero && !computed.hasPM
    }
}
