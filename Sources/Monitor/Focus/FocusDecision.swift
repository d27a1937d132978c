/// A focus selection a board took: its name and date, who proposed it, the data it was computed
/// on, and the result itself. Saved once, never recomputed: reopening shows these figures.
public struct FocusDecision: Sendable, Hashable, Codable, Identifiable {
    /// A file of the monitor's data that held values of the years the selection read.
    public struct DataFile: Sendable, Hashable, Codable {
        public var file: String
        public var checksum: String
        public var importedAt: String

        public init(file: String, checksum: String, importedAt: String) {
            self.file = file
            self.checksum = checksum
            self.importedAt = importedAt
        }
    }

    public var id: String
    public var name: String
    /// ISO date the decision is dated.
    public var decidedOn: String
    /// The e-mail of the account that proposed and saved it.
    public var proposedBy: String
    public var note: String
    /// ISO instant it was saved.
    public var savedAt: String
    /// The nulmeting adopted when it was saved ('2015, adopted 2026-...'), if any.
    public var baseline: String?
    public var files: [DataFile]
    /// The areas' names as they were then, by code: codes are stable, names are not.
    public var names: [String: String]
    public var study: FocusStudy

    public init(id: String, name: String, decidedOn: String, proposedBy: String, note: String, savedAt: String,
                baseline: String?, files: [DataFile], names: [String: String], study: FocusStudy) {
        self.id = id
        self.name = name
        self.decidedOn = decidedOn
        self.proposedBy = proposedBy
        self.note = note
        self.savedAt = savedAt
        self.baseline = baseline
        self.files = files
        self.names = names
        self.study = study
    }
}
