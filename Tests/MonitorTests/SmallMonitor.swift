import Monitor

/// A monitor small enough to compute by hand: four units, five indicators, three themes
/// under two groups. The expected values in the tests are worked out in the comments here.
///
///     index ── now (w 2) ─┬─ health (w 1): h1 (+1), h2 (-1)
///           │             └─ income (w 1): i1 (+1, w 2), i2 (+1, constant)
///           └─ later (w 1) ── climate:     c1 (+1)
///
/// minmax on [0, 100]:        h1     h2     i1     i2   c1
///     A                       0    100      0     50    0
///     B                      50     50    100     50   33.3
///     C                     100    100     50     50   66.7
///     D                       –      0     50     50  100
/// health: A 50, B 50, C 100, D 0 (h1 missing: half the weight, just enough)
/// income (i1 counts twice): A 50/3, B 250/3, C 50, D 50
/// now: A 100/3, B 200/3, C 75, D 25;  later = climate
/// index: A 200/9 ≈ 22.2, B 500/9 ≈ 55.6, C 650/9 ≈ 72.2, D 50 → ranks C 1, B 2, D 3, A 4
enum SmallMonitor {
    static let indicators = [
        IndicatorDefinition(id: "h1", theme: "health"),
        IndicatorDefinition(id: "h2", theme: "health", direction: .higherIsWorse),
        IndicatorDefinition(id: "i1", theme: "income", weight: 2),
        IndicatorDefinition(id: "i2", theme: "income"),
        IndicatorDefinition(id: "c1", theme: "climate"),
    ]
    static let nodes = [
        AggregateNode(id: "index", parent: nil),
        AggregateNode(id: "now", parent: "index", weight: 2),
        AggregateNode(id: "later", parent: "index", weight: 1),
        AggregateNode(id: "health", parent: "now"),
        AggregateNode(id: "income", parent: "now"),
        AggregateNode(id: "climate", parent: "later"),
    ]
    static let rows: [[Double?]] = [
        [10, 5, 0, 1, 2],
        [20, 15, 100, 1, 4],
        [30, 5, 50, 1, 6],
        [nil, 25, 50, 1, 8],
    ]
    static let unitIDs = ["A", "B", "C", "D"]
    /// The reference area: h1 25, h2 10, i1 60, i2 1, c1 5.
    static let referenceValues: [Double?] = [25, 10, 60, 1, 5]
    static let populations: [Double?] = [100, 5000, 3000, 2000]

    static func dataset(extraRows: [[Double?]] = [], extraIDs: [String] = []) throws -> MonitorDataset {
        try MonitorDataset(
            unitIDs: unitIDs + extraIDs,
            structure: IndexStructure(indicators: indicators, nodes: nodes),
            values: ValueMatrix(columnCount: indicators.count, rows: rows + extraRows),
            referenceValues: referenceValues,
            populations: populations + extraRows.map { _ in 1000 }
        )
    }
}

/// Equal within `tolerance`, both missing counting as equal.
func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-12) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (a?, b?): return abs(a - b) <= tolerance
    default: return false
    }
}

func close(_ a: [Double?], _ b: [Double?], tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance: tolerance) }
}
