/// One indicator of the catalogue: what it measures, which way is good, and how a larger
/// area's value follows from its parts. The same indicator may come from several sources
/// (KWB 2015, StatLine KWB of a later year, ...), each with its own columns.
public struct Indicator: Sendable, Hashable, Identifiable {
    public var id: String
    public var nameNL: String
    public var nameEN: String
    /// As CBS states it: `%`, `aantal`, `inwoners per km²`, `x 1 000 euro` ...
    public var unit: String
    public var theme: Theme
    /// `nil` for context indicators (0 in the file): shown, never scored.
    public var direction: Direction?
    public var aggregation: AggregationRule
    /// In catalogue order; the first that a file's header can feed is the one used.
    public var sources: [IndicatorSource]

    public init(id: String, nameNL: String, nameEN: String, unit: String, theme: Theme, direction: Direction?, aggregation: AggregationRule, sources: [IndicatorSource]) {
        self.id = id
        self.nameNL = nameNL
        self.nameEN = nameEN
        self.unit = unit
        self.theme = theme
        self.direction = direction
        self.aggregation = aggregation
        self.sources = sources
    }

    /// The indicator as the method sees it, or `nil` for a context indicator.
    public var definition: IndicatorDefinition? {
        direction.map { IndicatorDefinition(id: id, theme: theme.rawValue, direction: $0) }
    }

    /// The entry for one source, if the indicator has one.
    public func source(_ name: String) -> IndicatorSource? {
        sources.first { $0.source == name }
    }
}

/// Where an indicator's values come from in one dataset, and how they are computed.
public struct IndicatorSource: Sendable, Hashable {
    /// The dataset or table, e.g. `cbs-kwb-2015`, `rivm-50090ned`.
    public var source: String
    public var formula: IndicatorFormula
    /// The line of the catalogue file that defines it, for messages.
    public var line: Int

    public init(source: String, formula: IndicatorFormula, line: Int = 0) {
        self.source = source
        self.formula = formula
        self.line = line
    }
}
