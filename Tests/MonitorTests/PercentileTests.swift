@testable import Monitor
import Testing

/// Type 7: h = (n - 1) p, interpolated between the order statistics around h.
@Suite struct PercentileTests {
    @Test func interpolatesBetweenOrderStatistics() {
        #expect(Percentile.type7([1, 2, 3, 4], probability: 0.5) == 2.5)
        #expect(close(Percentile.type7([4, 1, nil, 3, 2], probability: 0.05), 1.15))
        #expect(close(Percentile.type7([1, 2, 3, 4], probability: 0.95), 3.85))
        #expect(Percentile.type7([1, 2, 3, 4], probability: 0) == 1)
        #expect(Percentile.type7([1, 2, 3, 4], probability: 1) == 4)
    }

    @Test func aSingleValueIsEveryPercentileAndNoneHasNone() {
        #expect(Percentile.type7([nil, 5], probability: 0.3) == 5)
        #expect(Percentile.type7([nil, nil], probability: 0.3) == nil)
    }

    /// The robustness analysis counts ranks instead of sorting them; it must give what
    /// sorting gives, whether the ranks lie close together or far apart.
    @Test(arguments: [(1, 5), (37, 40), (1000, 14_000), (999, 3_000_000)])
    func countingRanksAgreesWithSorting(count: Int, spread: Int) {
        var generator = SeededGenerator(seed: UInt64(count * 31 + spread))
        var workspace = RankCountingWorkspace()
        for _ in 0..<20 {
            let base = 1 + generator.nextIndex(below: 100)
            let ranks = (0..<count).map { _ in Int32(base + generator.nextIndex(below: spread)) }
            let counted = ranks.withUnsafeBufferPointer {
                Percentile.type7(ranks: $0, probabilities: [0.05, 0.5, 0.95], workspace: &workspace)
            }
            let sorted = ranks.map(Double.init).sorted()
            let expected = [0.05, 0.5, 0.95].map { Percentile.type7(sortedAscending: sorted, probability: $0)! }
            #expect(counted == expected)
        }
    }
}
