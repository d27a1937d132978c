/// Step 3: how an indicator's values are brought onto one scale where higher is better.
public enum Normalisation: String, Sendable, Hashable, Codable, CaseIterable {
    /// `100 (x - min)/(max - min)`, mirrored for d = -1; on [1, 100] for geometric aggregation.
    case minmax
    /// `d (x - mean)/sd` with the sample standard deviation.
    case zscore
    /// `100 (r - 1)/(n - 1)` with r the average rank of `d x`.
    case rank
    /// `100 (x / x_ref)^d` against the reference area's value.
    case reference

    /// Normalises one indicator's values over the units given (missing stays missing).
    public func apply(to values: [Double?], direction: Direction, aggregation: Aggregation = .arithmetic, referenceValue: Double? = nil) -> [Double?] {
        normalise(column: values.map { $0 ?? .nan }, direction: direction, aggregation: aggregation, referenceValue: referenceValue ?? .nan)
            .map { $0.isNaN ? nil : $0 }
    }

    /// The engine's form: NaN for missing in and out.
    func normalise(column: [Double], direction: Direction, aggregation: Aggregation, referenceValue: Double) -> [Double] {
        switch self {
        case .minmax: return Self.minmax(column, direction: direction, geometricRange: aggregation == .geometric)
        case .zscore: return Self.zscore(column, direction: direction)
        case .rank: return Self.rank(column, direction: direction)
        case .reference: return Self.reference(column, direction: direction, referenceValue: referenceValue, positiveOnly: aggregation == .geometric)
        }
    }

    private static func minmax(_ column: [Double], direction: Direction, geometricRange: Bool) -> [Double] {
        var low = Double.infinity, high = -Double.infinity
        for x in column where !x.isNaN {
            low = min(low, x)
            high = max(high, x)
        }
        guard low <= high else { return column }
        // The contract sets 50 for a constant indicator on either range.
        guard high > low else { return column.map { $0.isNaN ? .nan : 50 } }
        let span = high - low
        return column.map { x in
            // COINr's order of operations: ((x - min)/(max - min)) × (u - l) + l, bit for bit.
            let share = direction == .higherIsBetter ? (x - low) / span : (high - x) / span
            return geometricRange ? share * 99 + 1 : share * 100
        }
    }

    private static func zscore(_ column: [Double], direction: Direction) -> [Double] {
        var count = 0, sum = 0.0
        for x in column where !x.isNaN {
            count += 1
            sum += x
        }
        guard count > 0 else { return column }
        let mean = sum / Double(count)
        var squares = 0.0
        for x in column where !x.isNaN { squares += (x - mean) * (x - mean) }
        let sd = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
        return column.map { x in
            if x.isNaN { return .nan }
            return sd > 0 ? direction.sign * (x - mean) / sd : 0
        }
    }

    private static func rank(_ column: [Double], direction: Direction) -> [Double] {
        let present = column.indices.filter { !column[$0].isNaN }
        var result = [Double](repeating: .nan, count: column.count)
        guard present.count > 1 else {
            for index in present { result[index] = 50 }
            return result
        }
        let sign = direction.sign
        let ordered = present.sorted { sign * column[$0] < sign * column[$1] }
        let scale = 100 / Double(present.count - 1)
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count, sign * column[ordered[end]] == sign * column[ordered[start]] { end += 1 }
            // Ties share the mean of the 1-based ranks start+1 ... end.
            let averageRank = Double(start + 1 + end) / 2
            for position in start..<end { result[ordered[position]] = (averageRank - 1) * scale }
            start = end
        }
        return result
    }

    private static func reference(_ column: [Double], direction: Direction, referenceValue: Double, positiveOnly: Bool) -> [Double] {
        guard !referenceValue.isNaN, referenceValue != 0 else { return column.map { _ in .nan } }
        return column.map { x in
            guard !x.isNaN, x != 0 else { return .nan }
            // (x / x_ref)^-1 computed as x_ref / x: one rounding instead of two.
            let y = direction == .higherIsBetter ? 100 * (x / referenceValue) : 100 * (referenceValue / x)
            // A sign change against the reference has no logarithm: missing for geometric aggregation.
            return positiveOnly && !(y > 0) ? .nan : y
        }
    }
}
