/// How an indicator's value for a larger area follows from the values of its parts
/// (MONITOR-METHOD.md, "Areas above the unit").
public enum AggregationRule: Sendable, Hashable {
    /// A count: the parts add up.
    case sum
    /// Defined as numerator / denominator: both are summed over the parts. `base` is the
    /// indicator that holds the denominator (a count), so a part's numerator is its value
    /// times its base.
    case ratio(base: String)
    /// A share or mean CBS publishes: the parts' values weighted by `base` (inhabitants,
    /// households, dwellings), as the indicator's definition says.
    case weighted(base: String)
    /// No valid rule (a class such as urbanity, a mean over an unknown base): not aggregated.
    case none

    /// The word used in the catalogue file.
    public var keyword: String {
        switch self {
        case .sum: "sum"
        case .ratio: "ratio"
        case .weighted: "weighted"
        case .none: "none"
        }
    }

    /// The indicator a ratio or weighted mean needs beside the values.
    public var base: String? {
        switch self {
        case .ratio(let base), .weighted(let base): base
        case .sum, .none: nil
        }
    }
}
