/// One thing wrong with an imported file, with its place (file, line, column).
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case unreadable
        /// Not UTF-8 (CBS's current downloads are UTF-8; a Windows-1252 file must be converted).
        case encoding
        case unclosedQuote
        case emptyFile
        case missingColumn
        /// Fewer fields than the header.
        case truncatedLine
        /// More fields than the header.
        case extraFields
        case unknownAreaCode
        case unknownIndicator
        /// The same area, year and indicator twice.
        case duplicateRow
        case notANumber
        case missingYear
        case yearMismatch
    }

    public var kind: Kind
    /// Where and what, in the form every monitor file error takes.
    public var place: MonitorFileError

    public init(_ kind: Kind, file: String, line: Int? = nil, column: String? = nil, message: String) {
        self.kind = kind
        self.place = MonitorFileError(file: file, line: line, column: column, message: message)
    }

    public var file: String { place.file }
    public var line: Int? { place.line }
    public var column: String? { place.column }
    public var message: String { place.message }
    public var description: String { place.description }
}

/// Why a file was refused: its problems in file order, up to the reader's limit, so that a
/// person can fix them together. Nothing of the file is to be stored.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [ImportProblem]
    /// Reading stopped at the limit; there may be more.
    public var stoppedAtLimit: Bool

    public init(problems: [ImportProblem], stoppedAtLimit: Bool = false) {
        self.problems = problems
        self.stoppedAtLimit = stoppedAtLimit
    }

    public init(_ problem: ImportProblem) {
        self.init(problems: [problem])
    }

    public var first: ImportProblem { problems[0] }

    public var description: String {
        let lines = problems.map(\.description)
        return (lines + (stoppedAtLimit ? ["(stopped after \(problems.count) problems; there may be more)"] : [])).joined(separator: "\n")
    }
}

/// Collects problems up to a limit; the reader stops reading once it is full.
struct ProblemList {
    let limit: Int
    private(set) var problems: [ImportProblem] = []

    init(limit: Int) { self.limit = max(1, limit) }

    var isFull: Bool { problems.count >= limit }
    var isEmpty: Bool { problems.isEmpty }

    mutating func add(_ problem: ImportProblem) {
        if !isFull { problems.append(problem) }
    }

    /// Throws what was collected, if anything.
    func check(stopped: Bool = false) throws(ImportFailure) {
        if !problems.isEmpty { throw ImportFailure(problems: problems, stoppedAtLimit: stopped) }
    }
}
