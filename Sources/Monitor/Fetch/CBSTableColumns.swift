/// What Stip asks of a table: its area and period dimensions from `DataProperties`, and the
/// columns the catalogue's formulas for the table's source read, checked against the schema
/// before a single data row is fetched.
struct CBSTableColumns: Sendable {
    /// One indicator with the formula the table's source gives it.
    struct Entry: Sendable {
        var indicator: Indicator
        var formula: IndicatorFormula
        /// The entry (by position) holding the base of a weighted share: a share of nobody is missing.
        var weightedBase: Int?
    }

    /// `WijkenEnBuurten` in the KWB tables.
    let areaKey: String
    /// `Perioden` in tables of several years; `nil` in the KWB tables, one year each.
    let periodKey: String?
    /// In catalogue order.
    let entries: [Entry]
    /// Every column the formulas read, once, in order of first use.
    let columns: [String]

    init(table: String, source: String, properties: [CBSDataProperty], catalogue: IndicatorCatalogue) throws(CBSFetchError) {
        guard let area = properties.first(where: \.isAreaDimension) else { throw .noAreaDimension(table: table) }
        areaKey = area.key
        periodKey = properties.first(where: \.isPeriodDimension)?.key
        var topics: [String: CBSDataProperty] = [:]
        for property in properties where property.isTopic { topics[property.key] = property }

        var entries: [Entry] = []
        var missing: [CBSFetchError.MissingColumn] = []
        var columns: [String] = []
        for indicator in catalogue.indicators {
            guard let entry = indicator.source(source) else { continue }
            for column in entry.formula.columns {
                guard let topic = topics[column] else {
                    if !missing.contains(where: { $0.column == column }) {
                        missing.append(.init(column: column, indicator: indicator.id, line: entry.line))
                    }
                    continue
                }
                if topic.isText { throw .notNumericColumn(table: table, column: column, datatype: topic.datatype ?? "text") }
                if !columns.contains(column) { columns.append(column) }
            }
            entries.append(Entry(indicator: indicator, formula: entry.formula))
        }
        guard !entries.isEmpty else { throw .noIndicators(table: table, source: source, catalogue: catalogue.file) }
        guard missing.isEmpty else { throw .missingColumns(table: table, source: source, catalogue: catalogue.file, columns: missing) }
        for position in entries.indices {
            if case .weighted(let base) = entries[position].indicator.aggregation {
                entries[position].weightedBase = entries.firstIndex { $0.indicator.id == base }
            }
        }
        self.entries = entries
        self.columns = columns
    }

    /// `$select`: the row id, the dimensions, then the figures.
    var select: [String] { ["ID", areaKey] + (periodKey.map { [$0] } ?? []) + columns }
}
