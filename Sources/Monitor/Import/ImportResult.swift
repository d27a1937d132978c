/// A file that passed: every observation in it, and what a person needs to know about it.
public struct ImportResult: Sendable {
    public var file: String
    /// In file order; within a row, in catalogue order.
    public var observations: [Observation]
    /// Data rows read (the header and blank lines not counted).
    public var rowsRead: Int
    /// Rows left out on purpose, e.g. RIVM's margin rows (`Marges` other than `MW00000`).
    public var rowsSkipped: Int
    public var bytesRead: Int
    /// SHA-256 of the file's bytes, as a baseline freezes it.
    public var checksum: String
    public var years: [Int]
    /// The indicators the file fed, in catalogue order, with the source each came from.
    public var indicators: [ImportedIndicator]
    /// Indicators of the file's source(s) whose columns are not in this file (columns come
    /// and go between KWB editions), so a person sees what is missing.
    public var absentIndicators: [AbsentIndicator]
    /// The areas the file names (a KWB file's `BU_NAAM`, `WK_NAAM`, `GM_NAAM` or `naam`), with
    /// the parent their code gives; empty for a file without names.
    public var areas: [Area]

    public init(file: String, observations: [Observation], rowsRead: Int, rowsSkipped: Int, bytesRead: Int, checksum: String,
                years: [Int], indicators: [ImportedIndicator], absentIndicators: [AbsentIndicator], areas: [Area] = []) {
        self.file = file
        self.observations = observations
        self.rowsRead = rowsRead
        self.rowsSkipped = rowsSkipped
        self.bytesRead = bytesRead
        self.checksum = checksum
        self.years = years
        self.indicators = indicators
        self.absentIndicators = absentIndicators
        self.areas = areas
    }
}

public struct ImportedIndicator: Sendable, Hashable {
    public var id: String
    public var source: String
}

public struct AbsentIndicator: Sendable, Hashable {
    public var id: String
    public var source: String
    public var missingColumns: [String]
}
