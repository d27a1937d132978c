/// Everything the method reads for one year and one area level: the units of the reference
/// population, the structure, their raw values and, where a step needs them, the reference
/// area's values and the units' populations.
public struct MonitorDataset: Sendable {
    public let unitIDs: [String]
    public let structure: IndexStructure
    /// Units × indicators, columns in the order of `structure.indicators`.
    public let values: ValueMatrix
    /// The reference area's raw value per indicator (the Netherlands by default); needed by
    /// reference normalisation and by the worse-than-reference focus criterion.
    public let referenceValues: [Double?]?
    /// Inhabitants per unit; needed by the minimum-population focus criterion.
    public let populations: [Double?]?
    private let unitPositions: [String: Int]

    public init(unitIDs: [String], structure: IndexStructure, values: ValueMatrix, referenceValues: [Double?]? = nil, populations: [Double?]? = nil) throws {
        guard values.rowCount == unitIDs.count else { throw MethodError.shapeMismatch(what: "rows of values (one per unit)", expected: unitIDs.count, found: values.rowCount) }
        guard values.columnCount == structure.indicators.count else {
            throw MethodError.shapeMismatch(what: "columns of values (one per indicator)", expected: structure.indicators.count, found: values.columnCount)
        }
        var unitPositions: [String: Int] = [:]
        for (position, id) in unitIDs.enumerated() where unitPositions.updateValue(position, forKey: id) != nil {
            throw MethodError.duplicateUnit(id: id)
        }
        if let referenceValues {
            guard referenceValues.count == structure.indicators.count else {
                throw MethodError.shapeMismatch(what: "reference values (one per indicator)", expected: structure.indicators.count, found: referenceValues.count)
            }
            if let bad = referenceValues.firstIndex(where: { $0?.isInfinite == true }) {
                throw MethodError.nonFiniteValue(place: "reference value of \(structure.indicators[bad].id)", value: referenceValues[bad]!)
            }
        }
        if let populations, populations.count != unitIDs.count {
            throw MethodError.shapeMismatch(what: "populations (one per unit)", expected: unitIDs.count, found: populations.count)
        }
        self.unitIDs = unitIDs
        self.structure = structure
        self.values = values
        self.referenceValues = referenceValues
        self.populations = populations
        self.unitPositions = unitPositions
    }

    /// The row of a unit by its id.
    public func unitPosition(of id: String) -> Int? { unitPositions[id] }

    /// The reference value as the engine reads it: NaN when missing.
    func referenceValue(of indicator: Int) -> Double {
        referenceValues?[indicator] ?? .nan
    }
}
