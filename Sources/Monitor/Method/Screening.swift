/// Step 1: a unit with too few values takes no part in the rest of the method.
public enum Screening {
    /// Per unit, the share of indicators it has a value for.
    public static func coverage(of values: ValueMatrix) -> [Double] {
        let columns = values.columnCount
        return values.storage.withUnsafeBufferPointer { storage in
            (0..<values.rowCount).map { row in
                var present = 0
                for column in 0..<columns where !storage[row * columns + column].isNaN { present += 1 }
                return columns == 0 ? 0 : Double(present) / Double(columns)
            }
        }
    }

    /// Compared as a share (count / total), not as count < minCoverage × total, so that
    /// 13 of 20 at 0.65 is exactly at the bar and stays in.
    public static func isScreenedOut(coverage: Double, minCoverage: Double) -> Bool {
        coverage < minCoverage
    }
}
