/// Reads a wide table of CBS *Kerncijfers Wijken en Buurten* (or one shaped like it: the RIVM
/// health monitor, StatLine downloads) into observations: one row per area, one column per
/// figure. The catalogue says which columns feed which indicator and how; columns it does not
/// name are not read. A file is read whole or refused: `read` returns every observation or
/// throws the problems it found (up to `problemLimit`), so the caller stores nothing of a
/// bad file.
public struct KWBTableReader: Sendable {
    /// Columns that hold the area code, in order of preference (RIVM has both `Codering_3`
    /// and `WijkenEnBuurten`; the KWB 2015 buurt file has `BU_CODE`, `WK_CODE` and `GM_CODE`).
    public static let codeColumns = ["area_code", "Codering_3", "Codering", "code", "BU_CODE", "WK_CODE", "GM_CODE", "gwb_code", "WijkenEnBuurten", "RegioS"]
    /// Columns that hold an area's name, per level, in order of preference. RIVM's
    /// `Gemeentenaam_1` names the municipality of every row, so it only names municipalities
    /// (and the country, "Nederland").
    public static let nameColumns: [AreaLevel: [String]] = [
        .neighbourhood: ["BU_NAAM", "buurtnaam", "naam", "area_name"],
        .district: ["WK_NAAM", "wijknaam", "naam", "area_name"],
        .municipality: ["GM_NAAM", "gemeentenaam", "Gemeentenaam_1", "naam", "area_name"],
        .province: ["naam", "area_name"],
        .country: ["Gemeentenaam_1", "naam", "area_name"],
    ]
    /// Columns that hold the year (`Perioden` as StatLine writes it: `2016JJ00`).
    public static let yearColumns = ["jaar", "year", "Perioden"]

    public var catalogue: IndicatorCatalogue
    /// The year of every row, for files without a year column (the KWB 2015 files). When the
    /// file has one too, the two must agree.
    public var year: Int?
    /// When given, a code outside it is refused as unknown (a valid code of another division).
    public var knownAreas: Set<AreaCode>?
    public var problemLimit: Int
    /// Bytes read at a time; tests and the fuzz targets make it small, so that records cross chunks.
    var chunkSize = 1 << 18

    public init(catalogue: IndicatorCatalogue, year: Int? = nil, knownAreas: Set<AreaCode>? = nil, problemLimit: Int = 20) {
        self.catalogue = catalogue
        self.year = year
        self.knownAreas = knownAreas
        self.problemLimit = problemLimit
    }

    public func read(path: String, progress: ((ImportProgress) -> Void)? = nil) throws(ImportFailure) -> ImportResult {
        let reader = try DelimitedFileReader(path: path, chunkSize: chunkSize)
        var table = KWBTable(path: path, settings: self, fileBytes: reader.totalBytes)
        let summary = try reader.forEachRecord(chunkRead: { bytes in
            progress?(ImportProgress(rowsRead: table.rowsRead, bytesRead: bytes, totalBytes: reader.totalBytes))
        }) { (record: inout DelimitedRecord) throws(ImportFailure) -> Bool in
            try table.take(record)
        }
        try table.problems.check(stopped: table.problems.isFull)
        guard !table.header.isEmpty else { throw ImportFailure(ImportProblem(.emptyFile, file: path, line: 1, message: "the file is empty")) }
        progress?(ImportProgress(rowsRead: table.rowsRead, bytesRead: summary.bytesRead, totalBytes: reader.totalBytes))
        return ImportResult(file: path, observations: table.observations, rowsRead: table.rowsRead, rowsSkipped: table.rowsSkipped,
                            bytesRead: summary.bytesRead, checksum: summary.checksum, years: table.years.sorted(),
                            indicators: table.imported, absentIndicators: table.absent, areas: table.areas)
    }

    /// `2016`, `2016JJ00` (StatLine's period code), `2016.0`.
    static func year(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { year(in: $0) }
    }

    /// The same from a field's bytes (every row has one: no `String`, no `Int(String)`).
    static func year(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var year = 0, digits = 0
        while digits < bytes.count, bytes[digits] &- UInt8(ascii: "0") < 10 {
            year = year &* 10 &+ Int(bytes[digits] &- UInt8(ascii: "0"))
            digits += 1
        }
        guard digits == 4 else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[4...])
        guard rest.isEmpty || rest.first == UInt8(ascii: "J") || rest.elementsEqual(".0".utf8) else { return nil }
        return year
    }

    static func encodingMessage(_ bad: (field: Int, offset: Int, byte: UInt8)) -> String {
        let hex = String(bad.byte, radix: 16, uppercase: true)
        return "byte 0x\(hex) at position \(bad.offset + 1) of the field is not UTF-8; the file is probably Windows-1252 or Latin-1: save it as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
    }
}

/// The state of one read: the header bound to the catalogue, and what the rows gave so far.
/// A struct with mutating methods rather than closures over local variables, so that the
/// per-row work runs without dynamic exclusivity checks.
private struct KWBTable {
    /// One catalogue entry, bound to the columns of this file.
    struct BoundEntry {
        var indicator: String
        var numerator: [Int]
        var denominator: [Int]?
        var factor: Double
        /// The entry (by position) holding the base of a weighted share: a share of nobody is missing.
        var weightedBase: Int?
    }

    struct AreaYear: Hashable {
        var area: AreaCode
        var year: Int
    }

    let path: String
    let settings: KWBTableReader
    var problems: ProblemList
    var header: [String] = []
    var entries: [BoundEntry] = []
    var imported: [ImportedIndicator] = []
    var absent: [AbsentIndicator] = []
    /// The columns any entry reads, each parsed once per row into `values`.
    var usedColumns: [Int] = []
    var codeColumn = 0
    var yearColumn: Int?
    var marginColumn: Int?
    var observations: [Observation] = []
    var areas: [Area] = []
    var nameColumn: [AreaLevel: Int] = [:]
    var seen: [AreaYear: Int] = [:]
    var years = Set<Int>()
    var rowsRead = 0, rowsSkipped = 0
    /// NaN stands for missing while computing: no optionals in the inner loop.
    var values: [Double] = []
    var computed: [Double] = []
    /// RIVM's `Marges` of a value row, as bytes: comparing with a `String`'s UTF-8 view cost
    /// hundreds of instructions a row.
    static let valueRow = Array("MW00000".utf8)

    let fileBytes: Int

    init(path: String, settings: KWBTableReader, fileBytes: Int) {
        self.path = path
        self.settings = settings
        self.fileBytes = fileBytes
        self.problems = ProblemList(limit: settings.problemLimit)
    }

    /// Takes the header or a row; false once enough problems are collected.
    mutating func take(_ record: DelimitedRecord) throws(ImportFailure) -> Bool {
        if header.isEmpty {
            if let bad = record.invalidUTF8() {
                throw ImportFailure(ImportProblem(.encoding, file: path, line: record.line, message: KWBTableReader.encodingMessage(bad)))
            }
            header = (0..<record.fieldCount).map { record.text($0) }
            try bind()
            return true
        }
        rowsRead += 1
        if rowsRead == 1 {
            // Room for as many rows as the file holds lines like this one: growing the two
            // biggest structures row by row would copy them a dozen times.
            let rows = fileBytes / max(1, record.ends[record.fieldCount - 1] - record.starts[0] + 1) + 16
            seen.reserveCapacity(rows)
            observations.reserveCapacity(rows * entries.count)
        }
        readRow(record)
        return !problems.isFull
    }

    private mutating func problem(_ kind: ImportProblem.Kind, _ line: Int?, _ column: Int?, _ message: String) {
        problems.add(ImportProblem(kind, file: path, line: line, column: column.map { header[$0] }, message: message))
    }

    private mutating func bind() throws(ImportFailure) {
        let header = self.header
        func position(of names: [String]) -> Int? {
            for name in names {
                if let index = header.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { return index }
            }
            return nil
        }
        guard let code = position(of: KWBTableReader.codeColumns) else {
            throw ImportFailure(ImportProblem(.missingColumn, file: path, line: 1,
                                              message: "no column holds the area codes (expected one of \(KWBTableReader.codeColumns.joined(separator: ", ")))"))
        }
        codeColumn = code
        yearColumn = position(of: KWBTableReader.yearColumns)
        marginColumn = position(of: ["Marges"])
        for (level, names) in KWBTableReader.nameColumns { nameColumn[level] = position(of: names) }
        if yearColumn == nil, settings.year == nil {
            throw ImportFailure(ImportProblem(.missingYear, file: path, line: 1,
                                              message: "the file has no year column (\(KWBTableReader.yearColumns.joined(separator: ", "))): give the year (--year)"))
        }
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.enumerated() where columnIndex[name] == nil { columnIndex[name] = index }

        // Per indicator the first source whose columns are all here.
        var chosen: [(indicator: Indicator, entry: IndicatorSource)] = []
        for indicator in settings.catalogue.indicators {
            if let entry = indicator.sources.first(where: { $0.formula.columns.allSatisfy { columnIndex[$0] != nil } }) {
                chosen.append((indicator, entry))
            }
        }
        guard !chosen.isEmpty else {
            throw ImportFailure(ImportProblem(.missingColumn, file: path, line: 1,
                                              message: "none of the catalogue's columns is in this file (the header starts with \(header.prefix(6).joined(separator: ", ")))"))
        }
        let sources = Set(chosen.map(\.entry.source))
        for indicator in settings.catalogue.indicators where !chosen.contains(where: { $0.indicator.id == indicator.id }) {
            if let entry = indicator.sources.first(where: { sources.contains($0.source) }) {
                absent.append(AbsentIndicator(id: indicator.id, source: entry.source, missingColumns: entry.formula.columns.filter { columnIndex[$0] == nil }))
            }
        }
        var slotOfColumn = Array(repeating: -1, count: header.count)
        var used: [Int] = []
        func slot(_ name: String) -> Int {
            let column = columnIndex[name]!
            if slotOfColumn[column] < 0 {
                slotOfColumn[column] = used.count
                used.append(column)
            }
            return slotOfColumn[column]
        }
        for (indicator, entry) in chosen {
            var bound = BoundEntry(indicator: indicator.id, numerator: entry.formula.numerator.map(slot),
                                   denominator: entry.formula.denominator?.map(slot), factor: entry.formula.factor)
            if case .weighted(let base) = indicator.aggregation { bound.weightedBase = chosen.firstIndex { $0.indicator.id == base } }
            entries.append(bound)
            imported.append(ImportedIndicator(id: indicator.id, source: entry.source))
        }
        usedColumns = used
        values = Array(repeating: .nan, count: used.count)
        computed = Array(repeating: .nan, count: entries.count)
    }

    private mutating func readRow(_ record: DelimitedRecord) {
        let line = record.line
        if record.fieldCount < header.count {
            return problem(.truncatedLine, line, record.fieldCount,
                           "the line ends after \(record.fieldCount) fields where the header has \(header.count): this column and the ones after it are missing")
        }
        if record.fieldCount > header.count {
            return problem(.extraFields, line, nil, "the line has \(record.fieldCount) fields where the header has \(header.count)")
        }
        if let bad = record.invalidUTF8() {
            return problem(.encoding, line, bad.field, KWBTableReader.encodingMessage(bad))
        }
        if let marginColumn, !record.trimmedField(marginColumn).elementsEqual(Self.valueRow) {
            // RIVM publishes confidence bounds as extra rows; the value row is MW00000.
            rowsSkipped += 1
            return
        }
        guard let area = AreaCodeCell.read(record.field(codeColumn)) else {
            return problem(.unknownAreaCode, line, codeColumn, "'\(record.text(codeColumn))' is not a CBS area code (such as GM0935, WK093501, BU09350101)")
        }
        if let knownAreas = settings.knownAreas, !knownAreas.contains(area) {
            return problem(.unknownAreaCode, line, codeColumn, "\(area) is not an area of the division in use")
        }
        let rowYear: Int
        if let yearColumn {
            guard let parsed = KWBTableReader.year(in: record.trimmedField(yearColumn)) else {
                return problem(.missingYear, line, yearColumn, "'\(record.text(yearColumn))' is not a year (such as 2016 or 2016JJ00)")
            }
            if let year = settings.year, year != parsed {
                return problem(.yearMismatch, line, yearColumn, "the file says \(parsed) where the year given is \(year)")
            }
            rowYear = parsed
        } else {
            rowYear = settings.year!
        }
        if let earlier = seen.updateValue(line, forKey: AreaYear(area: area, year: rowYear)) {
            return problem(.duplicateRow, line, codeColumn, "\(area) in \(rowYear) is already on line \(earlier)")
        }
        years.insert(rowYear)
        if let column = nameColumn[area.level] {
            let name = record.text(column)
            if !name.isEmpty { areas.append(Area(code: area, name: name, year: rowYear, parent: area.parent)) }
        }

        var invalid: [Int] = []
        values.withUnsafeMutableBufferPointer { values in
            for (slot, column) in usedColumns.enumerated() {
                switch CellNumber.read(record.field(column)) {
                case .number(let value): values[slot] = value
                case .missing: values[slot] = .nan
                case .invalid: invalid.append(column)
                }
            }
        }
        for column in invalid {
            problem(.notANumber, line, column, "'\(record.text(column))' is not a number or a CBS marker for a missing value (., x, -99999999, -99999997)")
        }
        guard invalid.isEmpty, problems.isEmpty else { return }
        for position in entries.indices { computed[position] = evaluate(entries[position]) }
        for (position, entry) in entries.enumerated() {
            var value = computed[position]
            if let base = entry.weightedBase, computed[base] == 0 { value = .nan }
            observations.append(Observation(area: area, year: rowYear, indicator: entry.indicator, value: value.isNaN ? nil : value))
        }
    }

    private func evaluate(_ entry: BoundEntry) -> Double {
        var top = 0.0
        for slot in entry.numerator { top += values[slot] }
        guard let denominator = entry.denominator else { return entry.factor == 1 ? top : top * entry.factor }
        var bottom = 0.0
        for slot in denominator { bottom += values[slot] }
        return bottom == 0 ? .nan : top / bottom * entry.factor
    }
}
