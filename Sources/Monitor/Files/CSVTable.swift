import Foundation

/// Why a monitor file was refused, with the place of the problem.
public struct MonitorFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: COLUMN: MESSAGE` on one line: line breaks in the column's name or the
    /// message (a quoted field may hold them) are shown as `\n`, so a message is one line.
    public var description: String {
        [file, line.map(String.init)].compactMap { $0 }.joined(separator: ":") + ": "
            + (column.map { "\(Self.oneLine($0)): " } ?? "") + Self.oneLine(message)
    }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// A CSV file with a header row, read whole: comma-separated, fields quoted RFC 4180-style,
/// a byte-order mark and CRLF line ends allowed.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based, as an editor shows it.
        public var line: Int
        public var fields: [String]
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]

    init(path: String) throws(MonitorFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MonitorFileError(file: path, message: "there is no such file, or it cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, offset) = Self.firstInvalidUTF8(data)
            throw MonitorFileError(file: path, line: line,
                                   message: "byte 0x\(String(data[data.startIndex + offset], radix: 16, uppercase: true)) is not UTF-8; save the file as UTF-8")
        }
        try self.init(text: text, file: path)
    }

    public init(text: String, file: String) throws(MonitorFileError) {
        self.file = file
        var records: [Row] = []
        var field = "", fields: [String] = [], quoted = false, line = 1, recordLine = 1, afterQuote = false
        var characters = text.unicodeScalars.makeIterator()
        if text.unicodeScalars.first == "\u{FEFF}" { _ = characters.next() }
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
            field = ""
            fields = []
        }
        while let c = characters.next() {
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true; continue }
                if c == "\n" { line += 1 }
                field.unicodeScalars.append(c)
                continue
            }
            switch c {
            case "\"":
                if afterQuote { field.append("\""); quoted = true; afterQuote = false }
                else if field.isEmpty { quoted = true }
                else { field.append("\"") }
            case ",":
                fields.append(field); field = ""; afterQuote = false
            case "\r":
                continue
            case "\n":
                endRecord(); line += 1; recordLine = line; afterQuote = false
            default:
                field.unicodeScalars.append(c); afterQuote = false
            }
        }
        if quoted { throw MonitorFileError(file: file, line: recordLine, message: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else { throw MonitorFileError(file: file, line: 1, message: "the file is empty") }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = Array(records.dropFirst())
        for row in rows where row.fields.count != header.count {
            throw MonitorFileError(file: file, line: row.line,
                                   message: "has \(row.fields.count) fields where the header has \(header.count)")
        }
    }

    /// The line (from 1) and offset of the first byte that is not part of a UTF-8 character.
    static func firstInvalidUTF8(_ data: Data) -> (line: Int, offset: Int) {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0, line = 1
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
            if scalar.count == 1, scalar.first == UInt8(ascii: "\n") { line += 1 }
            offset += scalar.count
        }
        return (line, min(offset, max(0, data.count - 1)))
    }

    /// The position of a column, or an error naming the columns there are.
    func column(_ name: String) throws(MonitorFileError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw MonitorFileError(file: file, line: 1, column: name, message: "is missing (the header has \(header.joined(separator: ", ")))")
        }
        return index
    }

    func number(_ row: Row, _ column: Int, allowEmpty: Bool) throws(MonitorFileError) -> Double? {
        let text = row.fields[column].trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            if allowEmpty { return nil }
            throw MonitorFileError(file: file, line: row.line, column: header[column], message: "is empty")
        }
        guard let value = Double(text), value.isFinite else {
            throw MonitorFileError(file: file, line: row.line, column: header[column], message: "'\(text)' is not a number (use a dot for decimals)")
        }
        return value
    }
}
