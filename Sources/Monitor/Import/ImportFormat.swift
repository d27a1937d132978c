/// The two shapes of file `stip monitor import` takes.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// A wide CBS *Kerncijfers Wijken en Buurten* table (or the RIVM health monitor).
    case cbsKWB = "cbs-kwb"
    /// `area_code,year,indicator,value`.
    case long

    /// The format a file's header shows: long when it names `area_code`, `indicator` and `value`.
    public static func detect(path: String) throws(ImportFailure) -> ImportFormat {
        var header: [String] = []
        _ = try DelimitedFileReader(path: path).forEachRecord { (record: inout DelimitedRecord) throws(ImportFailure) -> Bool in
            header = (0..<record.fieldCount).map { record.text($0).lowercased() }
            return false
        }
        return ["area_code", "indicator", "value"].allSatisfy(header.contains) ? .long : .cbsKWB
    }

    /// Reads a file of this format; see `KWBTableReader` and `LongTableReader`.
    public func read(path: String, catalogue: IndicatorCatalogue, year: Int? = nil, knownAreas: Set<AreaCode>? = nil,
                     progress: ((ImportProgress) -> Void)? = nil) throws(ImportFailure) -> ImportResult {
        switch self {
        case .cbsKWB: try KWBTableReader(catalogue: catalogue, year: year, knownAreas: knownAreas).read(path: path, progress: progress)
        case .long: try LongTableReader(catalogue: catalogue, year: year, knownAreas: knownAreas).read(path: path, progress: progress)
        }
    }
}
