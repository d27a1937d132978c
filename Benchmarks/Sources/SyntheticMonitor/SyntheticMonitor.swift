import Monitor

/// A synthetic monitor sized like every neighbourhood (buurt) of the Netherlands: 14,000
/// areas × 30 indicators in 9 themes under 3 groups, about 5% of the values missing (and 1%
/// of the areas missing half, so that screening has work). Not real data: the values come
/// from a fixed 64-bit LCG, and `numpy_robustness.py` builds the identical table with the
/// same generator and the same floating-point steps, so both sides work on the same numbers.
public enum SyntheticMonitor {
    public static let unitCount = 14_000
    public static let indicatorCount = 30
    public static let seed: UInt64 = 20_240_101
    /// Indicators per theme, in order: 6 themes of 3 and 3 of 4.
    public static let themeSizes = [3, 3, 3, 3, 3, 3, 4, 4, 4]
    /// The focus criterion of the robustness benchmark: index at or below its 20th percentile.
    public static let focus = FocusCriteria(indexPercentile: 20)

    /// MMIX's LCG; the top 53 bits make a uniform number on [0, 1).
    public struct LCG: Sendable {
        public var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1.0p-53
        }
    }

    /// Nodes: the index, three groups, nine themes (in this order; robustness draws node weights in it).
    public static func structure() throws -> IndexStructure {
        var nodes = [AggregateNode(id: "index", parent: nil)]
        for group in 1...3 {
            nodes.append(AggregateNode(id: "group-\(group)", parent: "index", weight: group == 1 ? 2 : 1))
        }
        for theme in 1...themeSizes.count {
            nodes.append(AggregateNode(id: "theme-\(theme)", parent: "group-\((theme - 1) / 3 + 1)"))
        }
        var indicators: [IndicatorDefinition] = []
        for (theme, size) in themeSizes.enumerated() {
            for _ in 0..<size {
                let i = indicators.count
                indicators.append(IndicatorDefinition(
                    id: "ind-\(i < 9 ? "0" : "")\(i + 1)",
                    theme: "theme-\(theme + 1)",
                    direction: i % 4 == 3 ? .higherIsWorse : .higherIsBetter,
                    weight: [1.0, 0.8, 1.3][i % 3]
                ))
            }
        }
        return try IndexStructure(indicators: indicators, nodes: nodes)
    }

    /// Units × indicators, row-major, NaN for missing. Every operation here is mirrored
    /// step for step in numpy_robustness.py (`synthetic_values`), so the two agree to the bit.
    public static func values(unitCount: Int = unitCount) -> [Double] {
        var generator = LCG(seed: seed)
        var values = [Double](repeating: .nan, count: unitCount * indicatorCount)
        for unit in 0..<unitCount {
            let z = generator.next() + generator.next() + generator.next() + generator.next() - 2.0
            let sparse = generator.next() < 0.01
            for i in 0..<indicatorCount {
                let missing = generator.next() < (sparse ? 0.5 : 0.05)
                let noise = generator.next() + generator.next() - 1.0
                let d = i % 4 == 3 ? -1.0 : 1.0
                let loading = 0.3 + 0.02 * Double(i)
                let center = 10.0 + 5.0 * Double(i)
                let scale = 1.0 + Double(i % 5)
                let x = center + scale * (d * loading * z * 3.0 + noise * 2.0)
                values[unit * indicatorCount + i] = missing ? .nan : (x * 10.0 + 0.5).rounded(.down) / 10.0
            }
        }
        return values
    }

    public static func dataset(unitCount: Int = unitCount) throws -> MonitorDataset {
        let structure = try structure()
        let ids = (0..<unitCount).map { "BU\(String(100_000_000 + $0).dropFirst())" }
        let matrix = try ValueMatrix(rowCount: unitCount, columnCount: indicatorCount, storage: values(unitCount: unitCount))
        return try MonitorDataset(unitIDs: ids, structure: structure, values: matrix)
    }

    /// Sum of the present values in row-major order and the count of missing ones: the
    /// numpy script prints the same two numbers, to show the tables are identical.
    public static func fingerprint(_ values: [Double]) -> (sum: Double, missing: Int) {
        var sum = 0.0, missing = 0
        for value in values {
            if value.isNaN { missing += 1 } else { sum += value }
        }
        return (sum, missing)
    }
}
