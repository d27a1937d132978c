import Foundation

/// The data rows of a fetch turned into observations by the catalogue's formulas, page by
/// page: the OData counterpart of `KWBTableReader`, with the same rules (one row per area
/// and year, `null` is missing, a weighted share of nobody is missing).
struct CBSTableRows {
    private struct AreaYear: Hashable {
        var area: AreaCode
        var year: Int
    }

    let table: String
    let columns: CBSTableColumns
    /// Rows of other levels are left out (the filter should have done so already).
    let level: AreaLevel?
    /// The table's one year, when it has no period column.
    let year: Int?
    /// Area names from the area dimension, by code.
    let names: [AreaCode: String]

    private(set) var observations: [Observation] = []
    private(set) var areas: [Area] = []
    private(set) var years = Set<Int>()
    private(set) var rowsRead = 0
    private(set) var rowsSkipped = 0
    private var seen: [AreaYear: Int] = [:]
    private var computed: [Double?]

    init(table: String, columns: CBSTableColumns, level: AreaLevel?, year: Int?, names: [AreaCode: String]) {
        self.table = table
        self.columns = columns
        self.level = level
        self.year = year
        self.names = names
        computed = Array(repeating: nil, count: columns.entries.count)
    }

    /// Takes one page of rows; `url` is the page's, for messages (rows count from 1 per page).
    mutating func take(_ rows: [[String: ODataValue]], url: URL) throws(CBSFetchError) {
        observations.reserveCapacity(observations.count + rows.count * columns.entries.count)
        for (index, row) in rows.enumerated() {
            try take(row, url: url.absoluteString, row: index + 1)
        }
    }

    private mutating func take(_ row: [String: ODataValue], url: String, row number: Int) throws(CBSFetchError) {
        rowsRead += 1
        guard case .text(let codeText)? = row[columns.areaKey] else {
            throw .badAreaCode(url: url, row: number, text: row[columns.areaKey]?.quoted ?? "(no \(columns.areaKey))")
        }
        // The API pads codes with spaces (`GM0935    `) and calls the country NL01.
        guard let area = AreaCodeCell.read(codeText) else { throw .badAreaCode(url: url, row: number, text: codeText) }
        if let level, area.level != level {
            rowsSkipped += 1
            return
        }
        let rowYear: Int
        if let periodKey = columns.periodKey {
            guard case .text(let period)? = row[periodKey], let parsed = KWBTableReader.year(in: period.trimmingBlanks()) else {
                throw .unclearPeriod(table: table, period: row[periodKey]?.quoted ?? "(no \(periodKey))")
            }
            rowYear = parsed
        } else {
            rowYear = year!
        }
        if seen.updateValue(number, forKey: AreaYear(area: area, year: rowYear)) != nil {
            throw .duplicateArea(url: url, row: number, area: area.description, year: rowYear)
        }
        years.insert(rowYear)
        if let name = names[area] { areas.append(Area(code: area, name: name, year: rowYear, parent: area.parent)) }

        var values: [String: Double?] = [:]
        for column in columns.columns {
            switch row[column] {
            case .number(let value)?: values[column] = value
            case .null?: values[column] = .some(nil)
            case let other:
                throw .notANumber(url: url, row: number, column: column, text: other?.quoted ?? "nothing (the column is not in the row)")
            }
        }
        for (position, entry) in columns.entries.enumerated() {
            computed[position] = entry.formula.evaluate { values[$0] ?? nil }
        }
        for (position, entry) in columns.entries.enumerated() {
            var value = computed[position]
            if let base = entry.weightedBase, computed[base] == 0 { value = nil }
            observations.append(Observation(area: area, year: rowYear, indicator: entry.indicator.id, value: value))
        }
    }
}
