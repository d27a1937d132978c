import Monitor

/// Every stored value of one level and year across the country, with the index computed over
/// all of its areas: what the map, the table, the profiles and the API read from.
struct MonitorFigures: Sendable {
    let year: Int
    let level: AreaLevel
    /// The catalogue's indicators that have a value at this level and year, in catalogue order.
    let indicators: [Indicator]
    /// Per area, its values in `indicators` order.
    let rows: [AreaCode: [Double?]]
    /// The country's own values (NL00), when stored.
    let national: [Double?]
    /// Per indicator, the values of all areas, ascending: for percentiles.
    let sortedValues: [[Double]]
    let index: AreaIndex?
    let result: CompositeIndexResult?
    /// Why there is no index, in the method's words, when there is none.
    let indexProblem: String?
    private let positions: [String: Int]

    init(year: Int, level: AreaLevel, observations: [Observation], catalogue: IndicatorCatalogue) {
        self.year = year
        self.level = level
        let withValues = Set(observations.lazy.filter { $0.value != nil && $0.area.level == level }.map(\.indicator))
        let indicators = catalogue.indicators.filter { withValues.contains($0.id) }
        let positions = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        var rows: [AreaCode: [Double?]] = [:]
        var national = [Double?](repeating: nil, count: indicators.count)
        for observation in observations {
            guard let column = positions[observation.indicator] else { continue }
            if observation.area == .netherlands {
                national[column] = observation.value
            } else if observation.area.level == level {
                rows[observation.area, default: [Double?](repeating: nil, count: indicators.count)][column] = observation.value
            }
        }
        self.indicators = indicators
        self.positions = positions
        self.rows = rows
        self.national = national
        sortedValues = indicators.indices.map { column in rows.values.compactMap { $0[column] }.filter(\.isFinite).sorted() }
        var index: AreaIndex?, result: CompositeIndexResult?, problem: String?
        if !rows.isEmpty {
            do {
                let built = try AreaIndex(observations: observations, catalogue: catalogue, request: .init(year: year, level: level))
                index = built
                result = try built.compute()
            } catch {
                problem = "\(error)"
            }
        }
        self.index = index
        self.result = result
        indexProblem = problem
    }

    var isEmpty: Bool { rows.isEmpty }

    func position(of indicator: String) -> Int? { positions[indicator] }

    func value(_ code: AreaCode, indicator: String) -> Double? {
        guard let column = positions[indicator] else { return nil }
        return rows[code]?[column]
    }

    func indexValue(_ code: AreaCode) -> Double? {
        result?.unit(id: code.description)?.index
    }

    func rank(_ code: AreaCode) -> Int? {
        guard let result, let row = result.dataset.unitPosition(of: code.description) else { return nil }
        return result.ranks[row]
    }

    /// How many areas of the level have a rank: the `n` a rank is out of.
    var rankedCount: Int { result?.ranks.lazy.compactMap { $0 }.count ?? 0 }

    func themeScore(_ code: AreaCode, theme: String) -> Double? {
        result?.score(unit: code.description, node: theme)
    }

    /// The themes the index has, in catalogue order.
    var themes: [Theme] { (index?.themes ?? []).compactMap(Theme.init(rawValue:)) }

    func value(_ code: AreaCode, layer: MonitorQuery.Layer) -> Double? {
        switch layer {
        case .index: indexValue(code)
        case let .theme(id): themeScore(code, theme: id)
        case let .indicator(id): value(code, indicator: id)
        }
    }

    /// Whether the layer exists at this level and year.
    func has(_ layer: MonitorQuery.Layer) -> Bool {
        switch layer {
        case .index: result != nil
        case let .theme(id): index?.themes.contains(id) ?? false
        case let .indicator(id): positions[id] != nil
        }
    }

    /// The share of the level's areas with a lower value, counting ties half: 0 to 100.
    func percentile(_ value: Double, indicator column: Int) -> Double? {
        let values = sortedValues[column]
        guard !values.isEmpty else { return nil }
        let below = lowerBound(values, value), atOrBelow = upperBound(values, value)
        return 100 * (Double(below) + Double(atOrBelow - below) / 2) / Double(values.count)
    }

    private func lowerBound(_ values: [Double], _ value: Double) -> Int {
        var low = 0, high = values.count
        while low < high { let middle = (low + high) / 2; if values[middle] < value { low = middle + 1 } else { high = middle } }
        return low
    }

    private func upperBound(_ values: [Double], _ value: Double) -> Int {
        var low = 0, high = values.count
        while low < high { let middle = (low + high) / 2; if values[middle] <= value { low = middle + 1 } else { high = middle } }
        return low
    }
}

extension MonitorFigures {
    /// What the figures hold in memory, roughly: the values by area, sorted per indicator, and
    /// the index's own matrices (values, normalised, scores) when there is one.
    var approximateBytes: Int {
        let cells = rows.count * max(1, indicators.count)
        return cells * (16 + 8) + rows.count * 96 + (result == nil ? 0 : cells * 3 * 16 + rows.count * 64)
    }
}
