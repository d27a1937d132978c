/// Step 6: 1 is the best index; ties share the lowest rank ("1224").
public enum Ranking {
    /// Competition ranks of the values, highest first; nil (or NaN) gets no rank.
    public static func competitionRanks(_ values: [Double?]) -> [Int?] {
        let column = values.map { $0 ?? .nan }
        var ranks = [Int32](repeating: 0, count: column.count)
        var order = RankOrder()
        column.withUnsafeBufferPointer { column in
            ranks.withUnsafeMutableBufferPointer { ranks in
                order.rank(column, into: ranks)
            }
        }
        return ranks.map { $0 == 0 ? nil : Int($0) }
    }
}

/// The engine's ranking, with buffers kept between robustness draws. A draw ranks 14,000
/// units, a thousand times over, so instead of a comparison sort: one counting pass puts the
/// units into about as many buckets by the leading bits of their values, and only the few
/// units sharing a bucket are then sorted among themselves. Ties still end up side by side.
struct RankOrder {
    private var entries: [KeyedUnit] = []
    /// After `rank`: the ranked units from best to worst, `rankedCount` of them.
    private var sorted: [KeyedUnit] = []
    private var bucketStarts: [Int32] = []
    private(set) var rankedCount = 0

    private struct KeyedUnit {
        var key: UInt64
        var unit: Int32
    }

    /// Writes 1-based ranks (0 for missing) and keeps the order from best to worst.
    mutating func rank(_ values: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<Int32>) {
        if entries.count < values.count {
            entries = [KeyedUnit](repeating: KeyedUnit(key: 0, unit: 0), count: values.count)
            sorted = entries
        }
        var count = 0
        var lowest = UInt64.max, highest = UInt64.min
        entries.withUnsafeMutableBufferPointer { entries in
            for unit in values.indices {
                let value = values[unit]
                if value.isNaN {
                    ranks[unit] = 0
                } else {
                    let key = Self.descendingKey(value)
                    entries[count] = KeyedUnit(key: key, unit: Int32(unit))
                    count += 1
                    lowest = min(lowest, key)
                    highest = max(highest, key)
                }
            }
        }
        rankedCount = count
        sortEntries(count: count, lowest: lowest, highest: highest)
        sorted.withUnsafeBufferPointer { sorted in
            var previousKey = UInt64.max
            var previousRank: Int32 = 0
            for position in 0..<count {
                let entry = sorted[position]
                // Equal values (equal keys) share the rank of the first of them; the next skips ahead.
                if entry.key != previousKey || position == 0 {
                    previousRank = Int32(position + 1)
                    previousKey = entry.key
                }
                ranks[Int(entry.unit)] = previousRank
            }
        }
    }

    /// The value at a position from best (0) to worst, as it went in (-0 read back as +0).
    func value(atPosition position: Int) -> Double {
        let ascending = ~sorted[position].key
        return Double(bitPattern: ascending & (1 << 63) != 0 ? ascending & ~(1 << 63) : ~ascending)
    }

    /// Unsigned keys whose ascending order is the values' descending order; -0 counts as +0.
    @inline(__always)
    private static func descendingKey(_ value: Double) -> UInt64 {
        let bits = (value + 0).bitPattern
        let ascending = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        return ~ascending
    }

    /// Sorts `entries[0..<count]` by key into `sorted`.
    private mutating func sortEntries(count: Int, lowest: UInt64, highest: UInt64) {
        guard count > 0 else { return }
        // About one bucket per one to two units, indexed by the leading bits of key - lowest.
        let bucketBits = max(1, Int.bitWidth - count.leadingZeroBitCount - 1)
        let spread = highest - lowest
        let spreadBits = UInt64.bitWidth - spread.leadingZeroBitCount
        let shift = UInt64(max(0, spreadBits - bucketBits))
        let bucketCount = Int(spread >> shift) + 1
        if bucketStarts.count < bucketCount + 1 { bucketStarts = [Int32](repeating: 0, count: bucketCount + 1) }
        bucketStarts.withUnsafeMutableBufferPointer { starts in
            for bucket in 0...bucketCount { starts[bucket] = 0 }
            entries.withUnsafeBufferPointer { entries in
                sorted.withUnsafeMutableBufferPointer { sorted in
                    for index in 0..<count { starts[Int((entries[index].key - lowest) >> shift) + 1] += 1 }
                    for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
                    for index in 0..<count {
                        let bucket = Int((entries[index].key - lowest) >> shift)
                        sorted[Int(starts[bucket])] = entries[index]
                        starts[bucket] += 1
                    }
                    // Each bucket now ends where it started plus its size; sort the crowded ones.
                    var start = 0
                    for bucket in 0..<bucketCount {
                        let end = Int(starts[bucket])
                        if end - start > 1 { Self.sortBucket(UnsafeMutableBufferPointer(rebasing: sorted[start..<end])) }
                        start = end
                    }
                }
            }
        }
    }

    private static func sortBucket(_ bucket: UnsafeMutableBufferPointer<KeyedUnit>) {
        guard bucket.count <= 32 else {
            var bucket = bucket
            bucket.sort { $0.key < $1.key }
            return
        }
        for index in 1..<bucket.count {
            let entry = bucket[index]
            var position = index
            while position > 0, bucket[position - 1].key > entry.key {
                bucket[position] = bucket[position - 1]
                position -= 1
            }
            bucket[position] = entry
        }
    }
}
