import Foundation

/// Steps 4 and 5: how normalised values are combined into a theme, and children into a group.
public enum Aggregation: String, Sendable, Hashable, Codable, CaseIterable {
    /// `sum(w y) / sum(w)` over what is present.
    case arithmetic
    /// `exp(sum(w ln y) / sum(w))` over what is present; only for positive values.
    case geometric

    /// The weighted mean of the values present, weights renormalised over them; nil when
    /// fewer than `minAvailableWeight` of the weight is present (or nothing is).
    public func aggregate(_ values: [Double?], weights: [Double], minAvailableWeight: Double = 0) -> Double? {
        precondition(values.count == weights.count, "one weight per value")
        var sum = 0.0, available = 0.0, total = 0.0
        for (value, weight) in zip(values, weights) {
            total += weight
            guard let value, !value.isNaN else { continue }
            available += weight
            sum += weight * (self == .geometric ? log(value) : value)
        }
        guard available > 0, available / total >= minAvailableWeight else { return nil }
        return self == .geometric ? exp(sum / available) : sum / available
    }
}
