/// A normalisation with an aggregation: what the robustness analysis may draw per draw.
public struct MethodChoice: Sendable, Hashable, Codable, CustomStringConvertible {
    public var normalisation: Normalisation
    public var aggregation: Aggregation

    public init(normalisation: Normalisation, aggregation: Aggregation) {
        self.normalisation = normalisation
        self.aggregation = aggregation
    }

    /// Geometric aggregation needs positive values: minmax (then on [1, 100]) or reference.
    public func validate() throws {
        if aggregation == .geometric, normalisation == .zscore || normalisation == .rank {
            throw MethodError.refusedPairing(normalisation: normalisation, aggregation: aggregation)
        }
    }

    public var description: String { "\(normalisation.rawValue)+\(aggregation.rawValue)" }
}
