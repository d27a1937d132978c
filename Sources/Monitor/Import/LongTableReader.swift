/// Reads the generic long CSV `area_code,year,indicator,value`: one observation per row,
/// an empty value (or a CBS marker) is missing. Indicators must be in the catalogue. Read
/// whole or refused, like the KWB reader. The year column may be left out when the caller
/// gives the year.
public struct LongTableReader: Sendable {
    public static let columns = ["area_code", "year", "indicator", "value"]

    public var catalogue: IndicatorCatalogue
    public var year: Int?
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

    private struct Key: Hashable {
        var area: AreaCode
        var year: Int
        var indicator: String
    }

    public func read(path: String, progress: ((ImportProgress) -> Void)? = nil) throws(ImportFailure) -> ImportResult {
        let reader = try DelimitedFileReader(path: path, chunkSize: chunkSize)
        var problems = ProblemList(limit: problemLimit)
        var header: [String] = []
        var position: [String: Int] = [:]
        var observations: [Observation] = []
        var seen: [Key: Int] = [:]
        var years = Set<Int>()
        var used: [String: String] = [:]
        var codes: [String: AreaCode] = [:]
        var rowsRead = 0
        // The catalogue's own id strings, so that rows share them instead of holding copies.
        let ids = Dictionary(uniqueKeysWithValues: catalogue.ids.map { ($0, $0) })

        func problem(_ kind: ImportProblem.Kind, _ line: Int, _ column: String?, _ message: String) {
            problems.add(ImportProblem(kind, file: path, line: line, column: column, message: message))
        }

        func bind() throws(ImportFailure) {
            for (index, name) in header.enumerated() where position[name.lowercased()] == nil { position[name.lowercased()] = index }
            let required = Self.columns.filter { $0 != "year" || year == nil }
            let missing = required.filter { position[$0] == nil }
            guard missing.isEmpty else {
                throw ImportFailure(problems: missing.map {
                    ImportProblem(.missingColumn, file: path, line: 1, column: $0,
                                  message: "is missing (the header must name \(Self.columns.joined(separator: ",")); year may be left out when the year is given)")
                })
            }
        }

        func readRow(_ record: DelimitedRecord) {
            let line = record.line
            if record.fieldCount < header.count {
                problem(.truncatedLine, line, header[record.fieldCount],
                        "the line ends after \(record.fieldCount) fields where the header has \(header.count): this column and the ones after it are missing")
                return
            }
            if record.fieldCount > header.count {
                problem(.extraFields, line, nil, "the line has \(record.fieldCount) fields where the header has \(header.count)")
                return
            }
            if let bad = record.invalidUTF8() {
                problem(.encoding, line, header[bad.field], KWBTableReader.encodingMessage(bad))
                return
            }
            let codeText = record.text(position["area_code"]!)
            guard let area = codes[codeText] ?? AreaCodeCell.read(codeText) else {
                problem(.unknownAreaCode, line, "area_code", "'\(codeText)' is not a CBS area code (such as GM0935, WK093501, BU09350101)")
                return
            }
            codes[codeText] = area
            if let knownAreas, !knownAreas.contains(area) {
                problem(.unknownAreaCode, line, "area_code", "\(area) is not an area of the division in use")
                return
            }
            let rowYear: Int
            if let column = position["year"] {
                let text = record.text(column)
                guard let parsed = KWBTableReader.year(in: text) else {
                    problem(.notANumber, line, "year", "'\(text)' is not a year (such as 2016)")
                    return
                }
                if let year, year != parsed {
                    problem(.yearMismatch, line, "year", "the file says \(parsed) where the year given is \(year)")
                    return
                }
                rowYear = parsed
            } else {
                rowYear = year!
            }
            let name = record.text(position["indicator"]!)
            guard let indicator = ids[name] else {
                problem(.unknownIndicator, line, "indicator", "'\(name)' is not in the indicator catalogue")
                return
            }
            let valueColumn = position["value"]!
            let cell = CellNumber.read(record.field(valueColumn))
            let value: Double?
            switch cell {
            case .number(let number): value = number
            case .missing: value = nil
            case .invalid:
                problem(.notANumber, line, "value", "'\(record.text(valueColumn))' is not a number (empty for a missing value)")
                return
            }
            if let earlier = seen.updateValue(line, forKey: Key(area: area, year: rowYear, indicator: indicator)) {
                problem(.duplicateRow, line, "indicator", "\(indicator) of \(area) in \(rowYear) is already on line \(earlier)")
                return
            }
            years.insert(rowYear)
            if used[indicator] == nil { used[indicator] = indicator }
            if problems.isEmpty { observations.append(Observation(area: area, year: rowYear, indicator: indicator, value: value)) }
        }

        let summary = try reader.forEachRecord(chunkRead: { bytes in
            progress?(ImportProgress(rowsRead: rowsRead, bytesRead: bytes, totalBytes: reader.totalBytes))
        }) { (record: inout DelimitedRecord) throws(ImportFailure) -> Bool in
            if header.isEmpty {
                if let bad = record.invalidUTF8() {
                    throw ImportFailure(ImportProblem(.encoding, file: path, line: record.line, message: KWBTableReader.encodingMessage(bad)))
                }
                header = (0..<record.fieldCount).map { record.text($0) }
                try bind()
                return true
            }
            rowsRead += 1
            readRow(record)
            return !problems.isFull
        }
        try problems.check(stopped: problems.isFull)
        guard !header.isEmpty else { throw ImportFailure(ImportProblem(.emptyFile, file: path, line: 1, message: "the file is empty")) }
        progress?(ImportProgress(rowsRead: rowsRead, bytesRead: summary.bytesRead, totalBytes: reader.totalBytes))
        let indicators = catalogue.ids.filter { used[$0] != nil }.map { ImportedIndicator(id: $0, source: "long") }
        return ImportResult(file: path, observations: observations, rowsRead: rowsRead, rowsSkipped: 0, bytesRead: summary.bytesRead,
                            checksum: summary.checksum, years: years.sorted(), indicators: indicators, absentIndicators: [])
    }
}
