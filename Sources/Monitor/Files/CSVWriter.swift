/// A CSV file as Stip writes it (RFC 4180): a header and rows of fields, comma-separated. Every
/// CSV Stip gives out is written here, so text is always quoted and guarded the same way.
public struct CSVWriter: Sendable {
    /// `\n` for the monitor's files, which numpy and the method's scripts read; `\r\n`, as RFC
    /// 4180 has it, for the downloads people open in a spreadsheet (people and money, the audit trail).
    public enum LineEnd: String, Sendable { case lf = "\n", crlf = "\r\n" }

    public private(set) var text = ""
    private let lineEnd: LineEnd

    public init(header: [String], lineEnd: LineEnd) {
        self.lineEnd = lineEnd
        row(header)
    }

    public mutating func row(_ fields: [CSVField]) {
        text += fields.map(\.written).joined(separator: ",") + lineEnd.rawValue
    }

    /// A row of text fields only.
    public mutating func row(_ texts: [String]) {
        row(texts.map(CSVField.text))
    }
}

/// One field of a row. Text (a name, a note, anything a person or a file supplied) goes through
/// `CSVCell`; a number Stip computed is written as Swift prints it, plain dot decimals, empty
/// when missing or not finite, and never gets the formula guard's apostrophe (`-1.5e-05` stays a number).
public enum CSVField: Sendable, Equatable {
    case text(String)
    case number(Double?)
    case integer(Int?)

    public var written: String {
        switch self {
        case let .text(text): CSVCell.encode(text)
        case let .number(value): value.flatMap { $0.isFinite ? "\($0)" : nil } ?? ""
        case let .integer(value): value.map(String.init) ?? ""
        }
    }
}
