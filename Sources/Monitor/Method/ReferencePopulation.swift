/// The units that take part after screening (step 1), with each indicator's values over
/// them after winsorising (step 2): what every normalisation works on.
struct ReferencePopulation: Sendable {
    let coverage: [Double]
    let isScreenedOut: [Bool]
    /// The dataset row of each member, in dataset order.
    let members: [Int]
    /// Per indicator, the values over the members (NaN missing), winsorised when asked.
    let treatedColumns: [[Double]]

    init(_ dataset: MonitorDataset, settings: MethodSettings) {
        let values = dataset.values
        let coverage = Screening.coverage(of: values)
        let isScreenedOut = coverage.map { Screening.isScreenedOut(coverage: $0, minCoverage: settings.minCoverage) }
        let members = (0..<values.rowCount).filter { !isScreenedOut[$0] }
        self.coverage = coverage
        self.isScreenedOut = isScreenedOut
        self.members = members
        let columns = values.columnCount
        treatedColumns = (0..<columns).map { indicator in
            var column = members.map { values.storage[$0 * columns + indicator] }
            if let tail = settings.winsorisingTail { Winsorising.clamp(column: &column, tail: tail) }
            return column
        }
    }
}

/// One method applied to the reference population: its normalised values and the tree
/// ready for fast re-weighting. Robustness prepares one per method it may draw.
struct PreparedMethod: Sendable {
    let method: MethodChoice
    /// Per indicator, over the members (NaN missing).
    let normalisedColumns: [[Double]]
    let tree: TreeAggregation

    init(_ method: MethodChoice, population: ReferencePopulation, dataset: MonitorDataset, settings: MethodSettings) throws {
        try method.validate()
        if method.normalisation == .reference, dataset.referenceValues == nil {
            throw MethodError.referenceValuesMissing(neededFor: "reference normalisation")
        }
        let indicators = dataset.structure.indicators
        normalisedColumns = indicators.indices.map { indicator in
            method.normalisation.normalise(
                column: population.treatedColumns[indicator],
                direction: indicators[indicator].direction,
                aggregation: method.aggregation,
                referenceValue: dataset.referenceValue(of: indicator)
            )
        }
        self.method = method
        tree = TreeAggregation(
            normalisedColumns: normalisedColumns, unitCount: population.members.count, structure: dataset.structure,
            aggregation: method.aggregation, minThemeWeight: settings.minThemeWeight, requireAllThemes: settings.requireAllThemes
        )
    }
}
