/// Step 8's settings.
public struct RobustnessSettings: Sendable, Hashable, Codable {
    /// `K`, the number of draws.
    public var drawCount: Int
    /// Each weight is multiplied by `1 + e`, `e` uniform on [-alpha, alpha]: every
    /// indicator's and every theme's and group's weight (the root's is not used).
    public var alpha: Double
    public var seed: UInt64
    /// The methods a draw picks from, uniformly; empty means the settings' own method only.
    public var methods: [MethodChoice]
    /// How many tasks share the draws; the result does not depend on it.
    public var parallelTasks: Int

    public init(drawCount: Int = 1000, alpha: Double = 0.25, seed: UInt64 = 20_201_117, methods: [MethodChoice] = [], parallelTasks: Int = 2) {
        self.drawCount = drawCount
        self.alpha = alpha
        self.seed = seed
        self.methods = methods
        self.parallelTasks = parallelTasks
    }

    func validate() throws {
        guard drawCount >= 1 else { throw MethodError.settingOutOfRange(setting: "drawCount", value: Double(drawCount), allowed: "at least 1") }
        // alpha below 1 keeps every multiplied weight above zero.
        guard alpha >= 0, alpha < 1 else { throw MethodError.settingOutOfRange(setting: "alpha", value: alpha, allowed: "at least 0 and below 1") }
        guard parallelTasks >= 1 else { throw MethodError.settingOutOfRange(setting: "parallelTasks", value: Double(parallelTasks), allowed: "at least 1") }
        for method in methods { try method.validate() }
    }
}

/// Step 8 per unit of the dataset. The rank statistics are over the draws in which the unit
/// had an index; a screened-out unit has none of them and a share of 0.
public struct RobustnessResult: Sendable {
    public let unitIDs: [String]
    public let drawCount: Int
    public let isScreenedOut: [Bool]
    public let medianRank: [Double?]
    /// 5th percentile of the rank (type 7): the unit's better end.
    public let rankPercentile5: [Double?]
    /// 95th percentile of the rank (type 7): the unit's worse end.
    public let rankPercentile95: [Double?]
    /// Share of all draws in which the unit was selected for focus.
    public let selectionShare: [Double]
    /// In how many draws the unit had an index (and so a rank).
    public let rankedDraws: [Int]
    /// How often each method was drawn, in the order of the methods given.
    public let methodDraws: [(method: MethodChoice, draws: Int)]

    public func unit(_ row: Int) -> UnitRobustness {
        UnitRobustness(
            id: unitIDs[row], isScreenedOut: isScreenedOut[row], medianRank: medianRank[row], rankPercentile5: rankPercentile5[row],
            rankPercentile95: rankPercentile95[row], selectionShare: selectionShare[row], rankedDraws: rankedDraws[row]
        )
    }
}

public struct UnitRobustness: Sendable, Hashable {
    public var id: String
    public var isScreenedOut: Bool
    public var medianRank: Double?
    public var rankPercentile5: Double?
    public var rankPercentile95: Double?
    public var selectionShare: Double
    public var rankedDraws: Int
}

/// Step 8: how firm the ranks and the focus selection are when the weights (and, if asked,
/// the method) move within reason. Seeded: the same inputs give the same result to the bit,
/// however many tasks share the draws. Every draw's ranks are kept until the percentiles are
/// taken: 4 bytes per unit and draw, 56 MB for 14,000 units × 1,000 draws.
public enum Robustness {
    public static func run(
        _ dataset: MonitorDataset, settings: MethodSettings = MethodSettings(), focus: FocusCriteria, robustness: RobustnessSettings = RobustnessSettings()
    ) async throws -> RobustnessResult {
        try settings.validate()
        try robustness.validate()
        try focus.validate(for: dataset)
        let population = ReferencePopulation(dataset, settings: settings)
        let methods = robustness.methods.isEmpty ? [settings.method] : robustness.methods
        var prepared: [PreparedMethod] = []
        for method in methods {
            // The same method listed twice is prepared once but still drawn twice as often.
            if let same = prepared.first(where: { $0.method == method }) {
                prepared.append(same)
            } else {
                prepared.append(try PreparedMethod(method, population: population, dataset: dataset, settings: settings))
            }
        }
        let fixedMet = FocusSelection.fixedChecks(dataset, criteria: focus, isScreenedOut: population.isScreenedOut).met
        let plan = DrawPlan(
            prepared: prepared,
            baseIndicatorWeights: dataset.structure.indicators.map(\.weight),
            baseNodeWeights: dataset.structure.nodes.map(\.weight),
            rootNode: dataset.structure.rootNode,
            fixedMet: population.members.map { fixedMet[$0] },
            percentile: focus.indexPercentile / 100,
            settings: robustness
        )
        let memberCount = population.members.count
        let taskCount = min(robustness.parallelTasks, robustness.drawCount)

        // Draws split into contiguous blocks, one per task; each draw seeds its own generator.
        let blocks = (0..<taskCount).map { task in
            (robustness.drawCount * task / taskCount) ..< (robustness.drawCount * (task + 1) / taskCount)
        }
        let chunks = await withTaskGroup(of: (Int, DrawChunk).self) { group in
            for (task, draws) in blocks.enumerated() {
                group.addTask { (task, plan.run(draws: draws)) }
            }
            var chunks = [DrawChunk?](repeating: nil, count: taskCount)
            for await (task, chunk) in group { chunks[task] = chunk }
            return chunks.map { $0! }
        }

        try Task.checkCancellation()

        // Rank statistics per unit, the units split over tasks the same way.
        let unitBlocks = (0..<taskCount).map { task in (memberCount * task / taskCount) ..< (memberCount * (task + 1) / taskCount) }
        let statistics = await withTaskGroup(of: (Int, [RankStatistics]).self) { group in
            for (task, units) in unitBlocks.enumerated() {
                group.addTask { (task, RankStatistics.compute(units: units, chunks: chunks, memberCount: memberCount)) }
            }
            var parts = [[RankStatistics]](repeating: [], count: taskCount)
            for await (task, part) in group { parts[task] = part }
            return parts.flatMap { $0 }
        }

        let unitCount = dataset.unitIDs.count
        var median = [Double?](repeating: nil, count: unitCount)
        var low = [Double?](repeating: nil, count: unitCount)
        var high = [Double?](repeating: nil, count: unitCount)
        var share = [Double](repeating: 0, count: unitCount)
        var ranked = [Int](repeating: 0, count: unitCount)
        for (member, unit) in population.members.enumerated() {
            let selected = chunks.reduce(0) { $0 + Int($1.selectedCounts[member]) }
            share[unit] = Double(selected) / Double(robustness.drawCount)
            median[unit] = statistics[member].median
            low[unit] = statistics[member].percentile5
            high[unit] = statistics[member].percentile95
            ranked[unit] = statistics[member].rankedDraws
        }
        var methodDraws = methods.map { ($0, 0) }
        for chunk in chunks {
            for (position, count) in chunk.methodCounts.enumerated() { methodDraws[position].1 += count }
        }
        return RobustnessResult(
            unitIDs: dataset.unitIDs, drawCount: robustness.drawCount, isScreenedOut: population.isScreenedOut, medianRank: median,
            rankPercentile5: low, rankPercentile95: high, selectionShare: share, rankedDraws: ranked,
            methodDraws: methodDraws.map { (method: $0.0, draws: $0.1) }
        )
    }
}

/// What every draw needs, read-only and shared by the tasks.
private struct DrawPlan: Sendable {
    let prepared: [PreparedMethod]
    let baseIndicatorWeights: [Double]
    let baseNodeWeights: [Double]
    let rootNode: Int
    /// Per member: the population and reference criteria, which no draw changes.
    let fixedMet: [Bool]
    let percentile: Double
    let settings: RobustnessSettings

    func run(draws: Range<Int>) -> DrawChunk {
        let members = fixedMet.count
        var chunk = DrawChunk(
            ranks: [Int32](repeating: 0, count: draws.count * members),
            selectedCounts: [Int32](repeating: 0, count: members),
            methodCounts: [Int](repeating: 0, count: prepared.count)
        )
        var workspace = DrawWorkspace(unitCount: members)
        var indicatorWeights = baseIndicatorWeights
        var nodeWeights = baseNodeWeights
        for (row, draw) in draws.enumerated() {
            // Nobody waits for the answer any more (the reader left): stop drawing; `run` throws.
            if row % 16 == 0, Task.isCancelled { break }
            var generator = SeededGenerator(seed: settings.seed, stream: UInt64(draw))
            let method = prepared.count > 1 ? generator.nextIndex(below: prepared.count) : 0
            chunk.methodCounts[method] += 1
            for node in baseNodeWeights.indices where node != rootNode {
                nodeWeights[node] = baseNodeWeights[node] * (1 + generator.nextSymmetric(settings.alpha))
            }
            for indicator in baseIndicatorWeights.indices {
                indicatorWeights[indicator] = baseIndicatorWeights[indicator] * (1 + generator.nextSymmetric(settings.alpha))
            }
            workspace.evaluate(prepared[method], indicatorWeights: indicatorWeights, nodeWeights: nodeWeights)
            let threshold = workspace.indexPercentile(percentile) ?? .nan
            chunk.ranks.withUnsafeMutableBufferPointer { ranks in
                workspace.ranks.withUnsafeBufferPointer { drawRanks in
                    (ranks.baseAddress! + row * members).update(from: drawRanks.baseAddress!, count: members)
                }
            }
            chunk.selectedCounts.withUnsafeMutableBufferPointer { selected in
                fixedMet.withUnsafeBufferPointer { fixedMet in
                    workspace.index.withUnsafeBufferPointer { index in
                        for member in 0..<members {
                            let met = fixedMet[member] && FocusSelection.isAtOrBelow(index[member], threshold: threshold)
                            selected[member] += met ? 1 : 0
                        }
                    }
                }
            }
        }
        return chunk
    }
}

/// One task's draws: ranks draw by draw (`ranks[row * members + member]`, 0 = no rank).
private struct DrawChunk: Sendable {
    var ranks: [Int32]
    var selectedCounts: [Int32]
    var methodCounts: [Int]
}

private struct RankStatistics: Sendable {
    var median: Double?
    var percentile5: Double?
    var percentile95: Double?
    var rankedDraws: Int

    /// Gathers each unit's ranks over all draws (a block of units at a time, so the reads
    /// from the draw-major chunks stay within cache lines) and takes the percentiles.
    static func compute(units: Range<Int>, chunks: [DrawChunk], memberCount: Int) -> [RankStatistics] {
        let drawCount = chunks.reduce(0) { $0 + $1.ranks.count / max(memberCount, 1) }
        let blockSize = 64
        // Per unit of the block: its ranks over the draws, the draws without a rank left out.
        var gathered = [Int32](repeating: 0, count: blockSize * drawCount)
        var filled = [Int](repeating: 0, count: blockSize)
        var counting = RankCountingWorkspace()
        var result: [RankStatistics] = []
        result.reserveCapacity(units.count)
        var blockStart = units.lowerBound
        while blockStart < units.upperBound {
            let block = blockStart ..< min(blockStart + blockSize, units.upperBound)
            gathered.withUnsafeMutableBufferPointer { gathered in
                filled.withUnsafeMutableBufferPointer { filled in
                    for slot in filled.indices { filled[slot] = 0 }
                    for chunk in chunks {
                        chunk.ranks.withUnsafeBufferPointer { ranks in
                            let rows = ranks.count / max(memberCount, 1)
                            for row in 0..<rows {
                                let source = ranks.baseAddress! + row * memberCount + block.lowerBound
                                for slot in 0..<block.count {
                                    let rank = source[slot]
                                    gathered[slot * drawCount + filled[slot]] = rank
                                    filled[slot] += rank != 0 ? 1 : 0
                                }
                            }
                        }
                    }
                    for slot in 0..<block.count {
                        let count = filled[slot]
                        guard count > 0 else {
                            result.append(RankStatistics(rankedDraws: 0))
                            continue
                        }
                        let ranks = UnsafeBufferPointer(rebasing: gathered[slot * drawCount ..< slot * drawCount + count])
                        let percentiles = Percentile.type7(ranks: ranks, probabilities: [0.05, 0.5, 0.95], workspace: &counting)
                        result.append(RankStatistics(median: percentiles[1], percentile5: percentiles[0], percentile95: percentiles[2], rankedDraws: count))
                    }
                }
            }
            blockStart = block.upperBound
        }
        return result
    }
}
