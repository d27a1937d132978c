import Foundation

/// The indicator catalogue: an editable CSV file in the repository (`Seeds/monitor/indicators.csv`)
/// with one row per indicator and source. Rows with the same id describe the same indicator
/// in another source and must agree on everything but `source` and `formula`.
///
/// Columns: `id,name_nl,name_en,unit,theme,direction,source,formula,aggregation,base`
/// (a `note` column, or any other, is allowed and ignored).
public struct IndicatorCatalogue: Sendable {
    public static let columns = ["id", "name_nl", "name_en", "unit", "theme", "direction", "source", "formula", "aggregation", "base"]

    public let file: String
    /// In the order of their first row.
    public let indicators: [Indicator]
    private let positions: [String: Int]

    public init(path: String) throws(MonitorFileError) {
        try self.init(table: CSVTable(path: path))
    }

    public init(text: String, file: String) throws(MonitorFileError) {
        try self.init(table: CSVTable(text: text, file: file))
    }

    public subscript(id id: String) -> Indicator? {
        positions[id].map { indicators[$0] }
    }

    public var ids: [String] { indicators.map(\.id) }

    /// The indicators that score (direction +1 or -1), as the method takes them.
    public var definitions: [IndicatorDefinition] { indicators.compactMap(\.definition) }

    /// Every source named, in order of first appearance.
    public var sources: [String] {
        var seen = Set<String>()
        return indicators.flatMap(\.sources).map(\.source).filter { seen.insert($0).inserted }
    }

    private init(table: CSVTable) throws(MonitorFileError) {
        file = table.file
        var column: [String: Int] = [:]
        for name in Self.columns { column[name] = try table.column(name) }
        func field(_ row: CSVTable.Row, _ name: String) -> String {
            row.fields[column[name]!].trimmingCharacters(in: .whitespaces)
        }
        func problem(_ row: CSVTable.Row, _ name: String, _ message: String) -> MonitorFileError {
            MonitorFileError(file: table.file, line: row.line, column: name, message: message)
        }

        var indicators: [Indicator] = []
        var positions: [String: Int] = [:]
        var firstLine: [String: Int] = [:]
        var sourceLines: [String: Int] = [:]
        for row in table.rows {
            let id = field(row, "id")
            guard !id.isEmpty, id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                throw problem(row, "id", "'\(id)' is not an id (lower-case letters, digits and '-', e.g. bijstand-uitkeringen)")
            }
            guard let theme = Theme(rawValue: field(row, "theme")) else {
                throw problem(row, "theme", "'\(field(row, "theme"))' is not a theme (one of \(Theme.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let direction: Direction?
            switch field(row, "direction") {
            case "+1", "1": direction = .higherIsBetter
            case "-1": direction = .higherIsWorse
            case "0": direction = nil
            case let other: throw problem(row, "direction", "'\(other)' is not a direction (+1 higher is better, -1 higher is worse, 0 context)")
            }
            let base = field(row, "base")
            let aggregation: AggregationRule
            switch field(row, "aggregation") {
            case "sum": aggregation = .sum
            case "ratio": aggregation = .ratio(base: base)
            case "weighted": aggregation = .weighted(base: base)
            case "none": aggregation = .none
            case let other: throw problem(row, "aggregation", "'\(other)' is not an aggregation rule (sum, ratio, weighted or none)")
            }
            if aggregation.base == nil, !base.isEmpty {
                throw problem(row, "base", "is given, but '\(aggregation.keyword)' uses no base (only ratio and weighted do)")
            }
            if aggregation.base?.isEmpty == true {
                throw problem(row, "base", "is empty: '\(aggregation.keyword)' needs the indicator it is weighted by (e.g. inwoners)")
            }
            let source = field(row, "source")
            if source.isEmpty { throw problem(row, "source", "is empty (name the dataset, e.g. cbs-kwb-2015)") }
            let formula: IndicatorFormula
            do { formula = try IndicatorFormula(parsing: field(row, "formula")) } catch {
                throw problem(row, "formula", "'\(field(row, "formula"))': \(error.message)")
            }
            if case .ratio = aggregation, formula.denominator == nil {
                throw problem(row, "aggregation", "is 'ratio' but the formula has no denominator (write NUM / DEN)")
            }
            for name in ["name_nl", "name_en", "unit"] where field(row, name).isEmpty {
                throw problem(row, name, "is empty")
            }
            let entry = IndicatorSource(source: source, formula: formula, line: row.line)
            let indicator = Indicator(id: id, nameNL: field(row, "name_nl"), nameEN: field(row, "name_en"), unit: field(row, "unit"),
                                      theme: theme, direction: direction, aggregation: aggregation, sources: [entry])
            if let earlier = sourceLines[id + "\u{0}" + source] {
                throw problem(row, "id", "'\(id)' from source \(source) is defined twice (also on line \(earlier))")
            }
            sourceLines[id + "\u{0}" + source] = row.line
            if let position = positions[id] {
                var known = indicators[position]
                let sameDefinition = known.nameNL == indicator.nameNL && known.nameEN == indicator.nameEN && known.unit == indicator.unit
                    && known.theme == indicator.theme && known.direction == indicator.direction && known.aggregation == indicator.aggregation
                guard sameDefinition else {
                    throw problem(row, "id", "'\(id)' is defined differently on line \(firstLine[id]!): rows of one indicator may differ only in source and formula")
                }
                known.sources.append(entry)
                indicators[position] = known
            } else {
                positions[id] = indicators.count
                firstLine[id] = row.line
                indicators.append(indicator)
            }
        }
        if indicators.isEmpty { throw MonitorFileError(file: table.file, line: 1, message: "has no indicators") }

        // A base is a count the parts add up; a ratio's base must be its denominator, in the
        // same source, or the recomputation from parts would weigh by the wrong thing.
        for indicator in indicators {
            guard let baseID = indicator.aggregation.base else { continue }
            let line = firstLine[indicator.id]!
            guard let base = positions[baseID].map({ indicators[$0] }) else {
                throw MonitorFileError(file: table.file, line: line, column: "base", message: "'\(baseID)' is not an indicator of this catalogue")
            }
            guard base.aggregation == .sum else {
                throw MonitorFileError(file: table.file, line: line, column: "base", message: "'\(baseID)' aggregates by \(base.aggregation.keyword); a base must be a count (aggregation sum)")
            }
            guard case .ratio = indicator.aggregation else { continue }
            for entry in indicator.sources {
                let denominator = entry.formula.denominator ?? []
                guard let baseEntry = base.source(entry.source),
                      baseEntry.formula.denominator == nil, baseEntry.formula.factor == 1,
                      Set(baseEntry.formula.numerator) == Set(denominator) else {
                    throw MonitorFileError(file: table.file, line: entry.line, column: "base",
                                           message: "'\(baseID)' must be the denominator (\(denominator.joined(separator: " + "))) of this ratio in source \(entry.source)")
                }
            }
        }
        self.indicators = indicators
        self.positions = positions
    }
}
