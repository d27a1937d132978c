/// Steps 1-6 of the method: screening, winsorising, normalising, aggregating up the tree
/// and ranking, for one year and one area level.
public enum CompositeIndex {
    public static func compute(_ dataset: MonitorDataset, settings: MethodSettings = MethodSettings()) throws -> CompositeIndexResult {
        try settings.validate()
        let population = ReferencePopulation(dataset, settings: settings)
        let prepared = try PreparedMethod(settings.method, population: population, dataset: dataset, settings: settings)
        let structure = dataset.structure
        let members = population.members
        let evaluation = evaluate(
            prepared, indicatorWeights: structure.indicators.map(\.weight), nodeWeights: structure.nodes.map(\.weight)
        )

        // Back from the members to every unit of the dataset; the screened-out stay missing.
        let unitCount = dataset.unitIDs.count
        let indicatorCount = structure.indicators.count
        let nodeCount = structure.nodes.count
        var normalised = [Double](repeating: .nan, count: unitCount * indicatorCount)
        var scores = [Double](repeating: .nan, count: unitCount * nodeCount)
        var index = [Double?](repeating: nil, count: unitCount)
        var ranks = [Int?](repeating: nil, count: unitCount)
        for (member, unit) in members.enumerated() {
            for indicator in 0..<indicatorCount {
                normalised[unit * indicatorCount + indicator] = prepared.normalisedColumns[indicator][member]
            }
            for node in 0..<nodeCount {
                let working = evaluation.scores[node * members.count + member]
                scores[unit * nodeCount + node] = prepared.tree.score(working)
            }
            let value = evaluation.index[member]
            index[unit] = value.isNaN ? nil : value
            ranks[unit] = evaluation.ranks[member] == 0 ? nil : Int(evaluation.ranks[member])
        }
        return CompositeIndexResult(
            dataset: dataset,
            settings: settings,
            coverage: population.coverage,
            isScreenedOut: population.isScreenedOut,
            normalised: ValueMatrix(uncheckedRowCount: unitCount, columnCount: indicatorCount, storage: normalised),
            scores: ValueMatrix(uncheckedRowCount: unitCount, columnCount: nodeCount, storage: scores),
            index: index,
            ranks: ranks
        )
    }

    /// What one set of weights gives over the members; robustness calls the same code per
    /// draw through `DrawWorkspace`, so that with unchanged weights both agree to the bit.
    static func evaluate(_ prepared: PreparedMethod, indicatorWeights: [Double], nodeWeights: [Double]) -> (scores: [Double], index: [Double], ranks: [Int32]) {
        var workspace = DrawWorkspace(unitCount: prepared.tree.unitCount)
        workspace.evaluate(prepared, indicatorWeights: indicatorWeights, nodeWeights: nodeWeights)
        return (workspace.scores, workspace.index, workspace.ranks)
    }
}
