import Foundation

/// The three files an analyst or auditor computes an index from, outside any database:
/// `LONG.csv` (`area_code,indicator,value`), `DEFS.csv` (`indicator,theme,direction,weight`) and
/// optionally `THEMES.csv` (`theme,weight[,parent]`). The output has one row per area in the
/// order of `LONG.csv`: `area_code`, the themes as `theme:<id>`, the groups as `group:<id>`,
/// `index`, `rank`; missing is empty, decimals use a dot.
public struct IndexFiles: Sendable {
    public static let rootID = "index"

    public let dataset: MonitorDataset
    /// Themes in order of first appearance in `DEFS.csv`; groups in order of first appearance in `THEMES.csv`.
    public let themes: [String]
    public let groups: [String]

    public init(data: String, indicators: String, themes themesPath: String?, reference: String? = nil) throws {
        let definitions = try CSVTable(path: indicators)
        let (indicatorColumn, themeColumn, directionColumn, weightColumn) = (
            try definitions.column("indicator"), try definitions.column("theme"),
            try definitions.column("direction"), try definitions.column("weight"))
        var defs: [IndicatorDefinition] = [], themeOrder: [String] = [], seenIndicators = Set<String>()
        for row in definitions.rows {
            let id = row.fields[indicatorColumn].trimmingCharacters(in: .whitespaces)
            let theme = row.fields[themeColumn].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty, !theme.isEmpty else {
                throw MonitorFileError(file: indicators, line: row.line, message: "needs an indicator and a theme")
            }
            guard seenIndicators.insert(id).inserted else {
                throw MonitorFileError(file: indicators, line: row.line, column: "indicator", message: "'\(id)' is defined twice")
            }
            let directionText = row.fields[directionColumn].trimmingCharacters(in: .whitespaces)
            let direction: Direction
            switch directionText {
            case "+1", "1": direction = .higherIsBetter
            case "-1": direction = .higherIsWorse
            default: throw MonitorFileError(file: indicators, line: row.line, column: "direction", message: "'\(directionText)' is not +1 or -1")
            }
            let weight = try definitions.number(row, weightColumn, allowEmpty: false)!
            defs.append(IndicatorDefinition(id: id, theme: theme, direction: direction, weight: weight))
            if !themeOrder.contains(theme) { themeOrder.append(theme) }
        }

        // The tree: themes, and the groups THEMES.csv puts them (and each other) under.
        var weights: [String: Double] = [:], parents: [String: String] = [:], groupOrder: [String] = []
        if let themesPath {
            let table = try CSVTable(path: themesPath)
            let idColumn = try table.column("theme"), weightColumn = try table.column("weight")
            let parentColumn = table.header.firstIndex(of: "parent")
            for row in table.rows {
                let id = row.fields[idColumn].trimmingCharacters(in: .whitespaces)
                weights[id] = try table.number(row, weightColumn, allowEmpty: false)
                if !themeOrder.contains(id), !groupOrder.contains(id) { groupOrder.append(id) }
                if let parentColumn {
                    let parent = row.fields[parentColumn].trimmingCharacters(in: .whitespaces)
                    if !parent.isEmpty {
                        if themeOrder.contains(parent) {
                            throw MonitorFileError(file: themesPath, line: row.line, column: "parent", message: "'\(parent)' is a theme; a theme holds indicators, not other nodes")
                        }
                        parents[id] = parent
                        if !groupOrder.contains(parent) { groupOrder.append(parent) }
                    }
                }
            }
            // A row that names neither a theme nor a group that holds something is a mistake worth saying.
            let holders = Set(parents.values)
            for row in table.rows {
                let id = row.fields[idColumn].trimmingCharacters(in: .whitespaces)
                if !themeOrder.contains(id) && !holders.contains(id) {
                    throw MonitorFileError(file: themesPath, line: row.line, column: "theme",
                                           message: "'\(id)' is neither a theme of \(indicators) nor the parent of one")
                }
            }
        }
        var nodes = [AggregateNode(id: Self.rootID, parent: nil, weight: 1)]
        for id in groupOrder + themeOrder {
            nodes.append(AggregateNode(id: id, parent: parents[id] ?? Self.rootID, weight: weights[id] ?? 1))
        }
        let structure = try IndexStructure(indicators: defs, nodes: nodes)

        let long = try CSVTable(path: data)
        let (areaColumn, longIndicatorColumn, valueColumn) = (try long.column("area_code"), try long.column("indicator"), try long.column("value"))
        var areas: [String] = [], areaPosition: [String: Int] = [:], cells: [Int: [Int: Double]] = [:], seen = Set<String>()
        for row in long.rows {
            let area = row.fields[areaColumn].trimmingCharacters(in: .whitespaces)
            let indicator = row.fields[longIndicatorColumn].trimmingCharacters(in: .whitespaces)
            guard let column = structure.indicatorPosition(of: indicator) else {
                throw MonitorFileError(file: data, line: row.line, column: "indicator", message: "'\(indicator)' is not in \(indicators)")
            }
            guard seen.insert("\(area)\u{1F}\(indicator)").inserted else {
                throw MonitorFileError(file: data, line: row.line, message: "a second value for \(area), \(indicator)")
            }
            if areaPosition[area] == nil {
                areaPosition[area] = areas.count
                areas.append(area)
            }
            if let value = try long.number(row, valueColumn, allowEmpty: true) {
                cells[areaPosition[area]!, default: [:]][column] = value
            }
        }
        var referenceValues: [Double?]? = nil
        if let reference {
            guard let position = areaPosition[reference] else {
                throw MonitorFileError(file: data, message: "the reference area '\(reference)' has no rows")
            }
            referenceValues = defs.indices.map { cells[position]?[$0] }
            areas.remove(at: position)
            cells = Dictionary(uniqueKeysWithValues: cells.compactMap { key, value in
                key == position ? nil : (key > position ? key - 1 : key, value)
            })
        }
        let rows: [[Double?]] = areas.indices.map { unit in defs.indices.map { cells[unit]?[$0] } }
        dataset = try MonitorDataset(
            unitIDs: areas, structure: structure, values: try ValueMatrix(columnCount: defs.count, rows: rows), referenceValues: referenceValues)
        self.themes = themeOrder
        self.groups = groupOrder
    }

    /// The result as the CSV the command writes.
    public func csv(_ result: CompositeIndexResult) -> String {
        let structure = dataset.structure
        var csv = CSVWriter(header: ["area_code"] + themes.map { "theme:\($0)" } + groups.map { "group:\($0)" } + ["index", "rank"], lineEnd: .lf)
        let nodeColumns = (themes + groups).map { structure.nodePosition(of: $0)! }
        for (row, area) in dataset.unitIDs.enumerated() {
            csv.row([.text(area)] + nodeColumns.map { .number(result.scores[row, $0]) } + [.number(result.index[row]), .integer(result.ranks[row])])
        }
        return csv.text
    }
}
