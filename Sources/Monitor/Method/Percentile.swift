/// Percentiles by linear interpolation between order statistics: R's type 7, numpy's default.
public enum Percentile {
    /// The `probability` (0...1) percentile of the values present; nil when none is.
    public static func type7(_ values: [Double?], probability: Double) -> Double? {
        let present = values.compactMap { $0 }.filter { !$0.isNaN }.sorted()
        return present.isEmpty ? nil : type7(count: present.count, probability: probability) { present[$0] }
    }

    /// The same over values already sorted ascending, without missing values.
    public static func type7(sortedAscending values: [Double], probability: Double) -> Double? {
        values.isEmpty ? nil : type7(count: values.count, probability: probability) { values[$0] }
    }

    /// The one formula every caller goes through, so that two paths over the same order
    /// statistics give the same bits (step 7 and a robustness draw must agree exactly).
    @inline(__always)
    static func type7(count: Int, probability: Double, ascending value: (Int) -> Double) -> Double {
        let (lower, upper, fraction) = positions(count: count, probability: probability)
        let low = value(lower)
        guard fraction > 0, upper != lower else { return low }
        let high = value(upper)
        // R's form, (1 - h) x_lo + h x_hi, and x_lo itself when both are equal.
        return high == low ? low : (1 - fraction) * low + fraction * high
    }

    /// The 0-based order statistics that type 7 interpolates between.
    @inline(__always)
    static func positions(count: Int, probability: Double) -> (lower: Int, upper: Int, fraction: Double) {
        let h = Double(count - 1) * probability
        let lower = min(max(Int(h.rounded(.down)), 0), count - 1)
        return (lower, min(lower + 1, count - 1), h - Double(lower))
    }

    /// The same for ranks (integers 1...n), as one unit's ranks over the draws: two counting
    /// passes instead of any reordering. The first counts the ranks into at most 1,024 coarse
    /// buckets and finds the buckets holding the wanted order statistics; the second counts
    /// exactly within those buckets only.
    static func type7(ranks: UnsafeBufferPointer<Int32>, probabilities: [Double], workspace: inout RankCountingWorkspace) -> [Double] {
        let count = ranks.count
        precondition(count > 0)
        var lowest = Int32.max, highest = Int32.min
        for rank in ranks {
            lowest = min(lowest, rank)
            highest = max(highest, rank)
        }
        let spanBits = UInt32.bitWidth - UInt32(highest - lowest).leadingZeroBitCount
        let shift = max(0, spanBits - RankCountingWorkspace.coarseBits)
        let width = 1 << shift
        workspace.prepare(count: count, probabilities: probabilities, fineCount: 2 * probabilities.count * width)
        let wanted = workspace.wanted
        var found = [Double](repeating: 0, count: wanted.count)
        workspace.coarse.withUnsafeMutableBufferPointer { coarse in
            workspace.slotOfBucket.withUnsafeMutableBufferPointer { slotOfBucket in
                workspace.fine.withUnsafeMutableBufferPointer { fine in
                    for rank in ranks { coarse[Int(rank - lowest) >> shift] += 1 }
                    // Per wanted position: its coarse bucket, its place among that bucket's
                    // ranks, and a slot of fine counters for each bucket that holds one.
                    var bucketOf = (0, 0, 0, 0, 0, 0, 0, 0), placeInBucket = bucketOf
                    var slots = 0
                    var seen = 0, next = 0
                    for bucket in 0 ... (Int(highest - lowest) >> shift) {
                        let before = seen
                        seen += Int(coarse[bucket])
                        coarse[bucket] = 0  // left clean for the next unit
                        while next < wanted.count, wanted[next] < seen {
                            withUnsafeMutableBytes(of: &bucketOf) { $0.storeBytes(of: bucket, toByteOffset: next * 8, as: Int.self) }
                            withUnsafeMutableBytes(of: &placeInBucket) { $0.storeBytes(of: wanted[next] - before, toByteOffset: next * 8, as: Int.self) }
                            if slotOfBucket[bucket] < 0 {
                                slotOfBucket[bucket] = Int32(slots)
                                slots += 1
                            }
                            next += 1
                        }
                    }
                    if shift > 0 {
                        for rank in ranks {
                            let offset = Int(rank - lowest)
                            let slot = Int(slotOfBucket[offset >> shift])
                            if slot >= 0 { fine[slot * width + (offset & (width - 1))] += 1 }
                        }
                    }
                    for index in wanted.indices {
                        let bucket = withUnsafeBytes(of: bucketOf) { $0.load(fromByteOffset: index * 8, as: Int.self) }
                        let place = withUnsafeBytes(of: placeInBucket) { $0.load(fromByteOffset: index * 8, as: Int.self) }
                        guard shift > 0 else {
                            found[index] = Double(Int(lowest) + bucket)
                            continue
                        }
                        let slot = Int(slotOfBucket[bucket])
                        var seenInBucket = 0
                        for offset in 0..<width {
                            seenInBucket += Int(fine[slot * width + offset])
                            if place < seenInBucket {
                                found[index] = Double(Int(lowest) + (bucket << shift) + offset)
                                break
                            }
                        }
                    }
                    for index in wanted.indices {
                        let bucket = withUnsafeBytes(of: bucketOf) { $0.load(fromByteOffset: index * 8, as: Int.self) }
                        let slot = Int(slotOfBucket[bucket])
                        guard slot >= 0 else { continue }
                        slotOfBucket[bucket] = -1
                        if shift > 0 { for offset in 0..<width { fine[slot * width + offset] = 0 } }
                    }
                }
            }
        }
        return probabilities.map { probability in
            type7(count: count, probability: probability) { found[wanted.firstIndex(of: $0)!] }
        }
    }
}

/// Counters kept clean between units, so a unit costs passes over its own ranks only.
struct RankCountingWorkspace {
    static let coarseBits = 10
    var coarse = [Int32](repeating: 0, count: 1 << RankCountingWorkspace.coarseBits)
    var slotOfBucket = [Int32](repeating: -1, count: 1 << RankCountingWorkspace.coarseBits)
    var fine: [Int32] = []
    /// The order statistics type 7 needs for `preparedCount` values, ascending, distinct.
    private(set) var wanted: [Int] = []
    private var preparedCount = -1
    private var preparedProbabilities: [Double] = []

    mutating func prepare(count: Int, probabilities: [Double], fineCount: Int) {
        precondition(probabilities.count <= 4, "room for the order statistics of four percentiles")
        if fine.count < fineCount { fine = [Int32](repeating: 0, count: fineCount) }
        guard count != preparedCount || probabilities != preparedProbabilities else { return }
        var positions: [Int] = []
        for probability in probabilities {
            let (lower, upper, _) = Percentile.positions(count: count, probability: probability)
            positions.append(lower)
            positions.append(upper)
        }
        wanted = Array(Set(positions)).sorted()
        preparedCount = count
        preparedProbabilities = probabilities
    }
}
