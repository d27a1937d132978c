/// Step 7's criteria. A unit is selected when it meets every criterion that is set.
public struct FocusCriteria: Sendable, Hashable, Codable {
    /// `P`: the index must be at or below this percentile (0...100, type 7) of the index
    /// over the reference population.
    public var indexPercentile: Double
    /// `minPopulation`; nil leaves population out.
    public var minimumPopulation: Double?
    /// The optional "at least K indicators worse than the reference area by X percent".
    public var worseThanReference: WorseThanReference?

    /// Compares the raw values (not winsorised) with the reference area's: worse by X percent
    /// is `d (x_ref - x) / |x_ref| >= X/100` and above 0; a missing value or a reference of 0
    /// does not count.
    public struct WorseThanReference: Sendable, Hashable, Codable {
        /// `K`.
        public var minimumIndicatorCount: Int
        /// `X`, in percent of the reference value.
        public var minimumGapPercent: Double

        public init(minimumIndicatorCount: Int, minimumGapPercent: Double) {
            self.minimumIndicatorCount = minimumIndicatorCount
            self.minimumGapPercent = minimumGapPercent
        }
    }

    public init(indexPercentile: Double, minimumPopulation: Double? = nil, worseThanReference: WorseThanReference? = nil) {
        self.indexPercentile = indexPercentile
        self.minimumPopulation = minimumPopulation
        self.worseThanReference = worseThanReference
    }

    func validate(for dataset: MonitorDataset) throws {
        guard indexPercentile >= 0, indexPercentile <= 100 else {
            throw MethodError.settingOutOfRange(setting: "indexPercentile", value: indexPercentile, allowed: "between 0 and 100")
        }
        if minimumPopulation != nil, dataset.populations == nil { throw MethodError.populationsMissing }
        if let worse = worseThanReference {
            guard dataset.referenceValues != nil else { throw MethodError.referenceValuesMissing(neededFor: "the worse-than-reference criterion") }
            guard worse.minimumIndicatorCount >= 1 else {
                throw MethodError.settingOutOfRange(setting: "minimumIndicatorCount", value: Double(worse.minimumIndicatorCount), allowed: "at least 1")
            }
            guard worse.minimumGapPercent >= 0, worse.minimumGapPercent.isFinite else {
                throw MethodError.settingOutOfRange(setting: "minimumGapPercent", value: worse.minimumGapPercent, allowed: "0 or more")
            }
        }
    }
}

public enum FocusCriterion: String, Sendable, Hashable, Codable {
    case indexAtOrBelowPercentile
    case minimumPopulation
    case worseThanReference
}

/// One criterion for one unit: whether it was met, the unit's value and the bar.
public struct FocusCriterionCheck: Sendable, Hashable {
    public var criterion: FocusCriterion
    public var met: Bool
    /// The index, the population or the number of worse indicators; nil when unknown.
    public var value: Double?
    /// The percentile's value, the minimum population or `K`; nil when it could not be set.
    public var threshold: Double?

    public init(criterion: FocusCriterion, met: Bool, value: Double?, threshold: Double?) {
        self.criterion = criterion
        self.met = met
        self.value = value
        self.threshold = threshold
    }
}

/// Why a unit is or is not in focus.
public struct FocusOutcome: Sendable, Hashable {
    public var unitID: String
    public var isSelected: Bool
    public var isScreenedOut: Bool
    /// One check per criterion that is set, in the order index, population, reference.
    public var checks: [FocusCriterionCheck]
    /// The indicators worse than the reference area by at least X percent.
    public var worseIndicators: [WorseIndicator]

    public func check(_ criterion: FocusCriterion) -> FocusCriterionCheck? {
        checks.first { $0.criterion == criterion }
    }
}

/// An indicator on which a unit trails the reference area, with the gap in percent of the reference value.
public struct WorseIndicator: Sendable, Hashable {
    public var id: String
    public var gapPercent: Double

    public init(id: String, gapPercent: Double) {
        self.id = id
        self.gapPercent = gapPercent
    }
}

public struct FocusSelectionResult: Sendable {
    public var criteria: FocusCriteria
    /// The `P`-th percentile of the index; nil when no unit has an index.
    public var threshold: Double?
    /// One per unit of the dataset, in its order.
    public var outcomes: [FocusOutcome]

    public var selectedUnitIDs: [String] { outcomes.filter(\.isSelected).map(\.unitID) }
}

/// Step 7: the units that ask for attention.
public enum FocusSelection {
    public static func select(from result: CompositeIndexResult, criteria: FocusCriteria) throws -> FocusSelectionResult {
        let dataset = result.dataset
        try criteria.validate(for: dataset)
        let fixed = fixedChecks(dataset, criteria: criteria, isScreenedOut: result.isScreenedOut)
        let threshold = Percentile.type7(result.index, probability: criteria.indexPercentile / 100)
        let outcomes = dataset.unitIDs.indices.map { unit in
            let index = result.index[unit]
            let indexMet = isAtOrBelow(index ?? .nan, threshold: threshold ?? .nan)
            var checks = [FocusCriterionCheck(criterion: .indexAtOrBelowPercentile, met: indexMet, value: index, threshold: threshold)]
            checks.append(contentsOf: fixed.checks[unit])
            return FocusOutcome(
                unitID: dataset.unitIDs[unit],
                isSelected: indexMet && fixed.met[unit],
                isScreenedOut: result.isScreenedOut[unit],
                checks: checks,
                worseIndicators: fixed.worse[unit].map { WorseIndicator(id: dataset.structure.indicators[$0.indicator].id, gapPercent: $0.gap) }
            )
        }
        return FocusSelectionResult(criteria: criteria, threshold: threshold, outcomes: outcomes)
    }

    /// The index criterion as both step 7 and every robustness draw apply it.
    @inline(__always)
    static func isAtOrBelow(_ index: Double, threshold: Double) -> Bool {
        index <= threshold  // false for NaN on either side
    }

    /// The criteria that do not depend on weights or method (population, gaps to the
    /// reference area on raw values): computed once, shared with the robustness draws.
    static func fixedChecks(
        _ dataset: MonitorDataset, criteria: FocusCriteria, isScreenedOut: [Bool]
    ) -> (met: [Bool], checks: [[FocusCriterionCheck]], worse: [[(indicator: Int, gap: Double)]]) {
        let indicators = dataset.structure.indicators
        var met = [Bool](repeating: true, count: dataset.unitIDs.count)
        var checks = [[FocusCriterionCheck]](repeating: [], count: dataset.unitIDs.count)
        var worse = [[(indicator: Int, gap: Double)]](repeating: [], count: dataset.unitIDs.count)
        for unit in dataset.unitIDs.indices {
            if isScreenedOut[unit] { met[unit] = false }
            if let minimum = criteria.minimumPopulation {
                let population = dataset.populations?[unit] ?? nil
                // An unknown population cannot show that the minimum is reached.
                let reached = population.map { $0 >= minimum } ?? false
                met[unit] = met[unit] && reached
                checks[unit].append(FocusCriterionCheck(criterion: .minimumPopulation, met: reached, value: population, threshold: minimum))
            }
            if let rule = criteria.worseThanReference {
                for indicator in indicators.indices {
                    let x = dataset.values.storage[unit * indicators.count + indicator]
                    let reference = dataset.referenceValue(of: indicator)
                    guard !x.isNaN, !reference.isNaN, reference != 0 else { continue }
                    // Positive gap = worse; relative to |x_ref| so a negative reference keeps the sense.
                    let gap = indicators[indicator].direction.sign * (reference - x) / abs(reference) * 100
                    if gap > 0, gap >= rule.minimumGapPercent { worse[unit].append((indicator, gap)) }
                }
                let reached = worse[unit].count >= rule.minimumIndicatorCount
                met[unit] = met[unit] && reached
                checks[unit].append(FocusCriterionCheck(
                    criterion: .worseThanReference, met: reached, value: Double(worse[unit].count), threshold: Double(rule.minimumIndicatorCount)
                ))
            }
        }
        return (met, checks, worse)
    }
}
