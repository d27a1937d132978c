/// The buffers one evaluation needs, kept across draws so that a draw allocates nothing.
struct DrawWorkspace {
    var scores: [Double] = []
    var scratch: [Double] = []
    var index: [Double]
    var ranks: [Int32]
    /// After `evaluate`: the ranked units from best to worst.
    var order = RankOrder()

    init(unitCount: Int) {
        index = [Double](repeating: .nan, count: unitCount)
        ranks = [Int32](repeating: 0, count: unitCount)
    }

    mutating func evaluate(_ prepared: PreparedMethod, indicatorWeights: [Double], nodeWeights: [Double]) {
        prepared.tree.evaluate(indicatorWeights: indicatorWeights, nodeWeights: nodeWeights, scores: &scores, scratch: &scratch)
        prepared.tree.index(from: scores, into: &index)
        index.withUnsafeBufferPointer { index in
            ranks.withUnsafeMutableBufferPointer { ranks in
                order.rank(index, into: ranks)
            }
        }
    }

    /// The type-7 percentile of the index over the ranked units (probability in 0...1).
    func indexPercentile(_ probability: Double) -> Double? {
        let count = order.rankedCount
        guard count > 0 else { return nil }
        // The order runs from best to worst, so ascending position k is position count-1-k.
        return Percentile.type7(count: count, probability: probability) { order.value(atPosition: count - 1 - $0) }
    }
}
