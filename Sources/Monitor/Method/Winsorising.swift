/// Step 2 (optional): pull each indicator's extremes in to its p and 1-p percentiles, so one
/// outlier cannot squeeze every other unit into a corner of the normalised range.
public enum Winsorising {
    /// The clamping bounds of one indicator over the values present; nil when none is.
    public static func bounds(of values: [Double?], tail: Double) -> (lower: Double, upper: Double)? {
        let present = values.compactMap { $0 }.filter { !$0.isNaN }.sorted()
        guard let lower = Percentile.type7(sortedAscending: present, probability: tail),
              let upper = Percentile.type7(sortedAscending: present, probability: 1 - tail) else { return nil }
        return (lower, upper)
    }

    /// Clamps the values present; missing values stay missing.
    public static func clamp(_ values: [Double?], tail: Double) -> [Double?] {
        guard let (lower, upper) = bounds(of: values, tail: tail) else { return values }
        return values.map { $0.map { min(max($0, lower), upper) } }
    }

    /// The engine's form: a column with NaN for missing.
    static func clamp(column: inout [Double], tail: Double) {
        guard let (lower, upper) = bounds(of: column.map { $0.isNaN ? nil : $0 }, tail: tail) else { return }
        for index in column.indices where !column[index].isNaN {
            column[index] = min(max(column[index], lower), upper)
        }
    }
}
