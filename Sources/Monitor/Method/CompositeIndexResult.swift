/// Steps 1-6 for every unit of the dataset. Screened-out units keep their raw values and
/// have nothing else; a unit whose index is missing has no rank.
public struct CompositeIndexResult: Sendable {
    public let dataset: MonitorDataset
    public let settings: MethodSettings
    /// Per unit, the share of indicators it has a value for.
    public let coverage: [Double]
    public let isScreenedOut: [Bool]
    /// Units × indicators, after winsorising and normalising.
    public let normalised: ValueMatrix
    /// Units × nodes (themes, groups and the index, in `structure.nodes` order).
    public let scores: ValueMatrix
    public let index: [Double?]
    /// 1 is the best index; ties share the lowest rank.
    public let ranks: [Int?]

    public var unitIDs: [String] { dataset.unitIDs }

    /// A node's score for a unit by their ids; nil when either is unknown or the score is missing.
    public func score(unit: String, node: String) -> Double? {
        guard let row = dataset.unitPosition(of: unit), let column = dataset.structure.nodePosition(of: node) else { return nil }
        return scores[row, column]
    }

    public func unit(_ row: Int) -> UnitResult {
        let structure = dataset.structure
        let nodeScores = Dictionary(uniqueKeysWithValues: structure.nodes.indices.compactMap { node in
            scores[row, node].map { (structure.nodes[node].id, $0) }
        })
        return UnitResult(
            id: dataset.unitIDs[row],
            isScreenedOut: isScreenedOut[row],
            coverage: coverage[row],
            rawValues: dataset.values.row(row),
            normalised: normalised.row(row),
            scores: nodeScores,
            index: index[row],
            rank: ranks[row]
        )
    }

    public func unit(id: String) -> UnitResult? {
        dataset.unitPosition(of: id).map(unit(_:))
    }
}

/// One unit's outcome of steps 1-6, for reading and display.
public struct UnitResult: Sendable, Equatable {
    public var id: String
    public var isScreenedOut: Bool
    public var coverage: Double
    /// In the order of the structure's indicators.
    public var rawValues: [Double?]
    public var normalised: [Double?]
    /// Present scores by node id (themes, groups and the index).
    public var scores: [String: Double]
    public var index: Double?
    public var rank: Int?
}
