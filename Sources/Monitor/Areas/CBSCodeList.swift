import Foundation

/// A CBS code list as CBS ships it for download ("buurt, wijk en gemeente 20xx"): UTF-8 with
/// a byte-order mark, `;` between fields, CRLF line ends, a header such as
/// `Gemeente2025;Gemeentenaam2025`, and codes as bare digits with their leading zeros.
/// The level and the year come from the header; parents are read from the codes' digits
/// (a neighbourhood's district, a district's municipality), so the three lists of one year
/// together build an `AreaHierarchy`.
public enum CBSCodeList {
    public static func read(_ url: URL) throws(MonitorFileError) -> [Area] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MonitorFileError(file: url.path, message: "there is no such file, or it cannot be read")
        }
        return try parse(data, file: url.path)
    }

    public static func parse(_ data: Data, file: String) throws(MonitorFileError) -> [Area] {
        guard String(data: data, encoding: .utf8) != nil else {
            throw MonitorFileError(file: file, message: "is not UTF-8 text (CBS code lists are UTF-8)")
        }
        // Split the bytes, not the characters: far faster on 15,000 lines, and `;`, CR and LF are ASCII.
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated().map {
            (number: $0.offset + 1, fields: fields(of: $0.element))
        }
        while let last = lines.last, last.fields.allSatisfy(\.isEmpty) { lines.removeLast() }
        guard let header = lines.first?.fields, header.count >= 2 else {
            throw MonitorFileError(file: file, line: 1, message: "the header must name a code column and a name column, separated by ';'")
        }
        guard let (level, year) = levelAndYear(header[0]) else {
            throw MonitorFileError(file: file, line: 1, column: header[0],
                                   message: "is not a CBS code column (expected e.g. Gemeente2025, Wijk2025 or Buurt2025)")
        }
        var areas: [Area] = []
        var seen: [AreaCode: Int] = [:]
        for line in lines.dropFirst() {
            guard line.fields.count == header.count else {
                throw MonitorFileError(file: file, line: line.number,
                                       message: "has \(line.fields.count) fields where the header has \(header.count)")
            }
            let text = line.fields[0]
            let bare = text.hasPrefix(level.prefix) ? String(text.dropFirst(2)) : text
            guard let code = AreaCode(level: level, digits: bare) else {
                throw MonitorFileError(file: file, line: line.number, column: header[0],
                                       message: "'\(text)' is not a \(level.rawValue) code (\(level.digits) digits, leading zeros kept)")
            }
            if let earlier = seen.updateValue(line.number, forKey: code) {
                throw MonitorFileError(file: file, line: line.number, column: header[0], message: "\(code) already appears on line \(earlier)")
            }
            areas.append(Area(code: code, name: line.fields[1], year: year, parent: code.parent))
        }
        return areas
    }

    /// `Gemeente2025` → (municipality, 2025); `gemeentecode2025` and `GM2025` are read too.
    static func levelAndYear(_ column: String) -> (AreaLevel, Int)? {
        let lower = column.lowercased()
        let letters = lower.prefix { !$0.isNumber }
        guard let year = Int(lower.dropFirst(letters.count)), (1900...2999).contains(year) else { return nil }
        let level: AreaLevel? = switch letters {
        case "gemeente", "gemeentecode", "gm": .municipality
        case "wijk", "wijkcode", "wk": .district
        case "buurt", "buurtcode", "bu": .neighbourhood
        default: nil
        }
        return level.map { ($0, year) }
    }

    /// Splits on `;` and strips surrounding spaces, a CR and quotes; CBS names hold no `;`.
    private static func fields(of line: Data.SubSequence) -> [String] {
        line.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { field in
            var field = field
            while let last = field.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { field = field.dropLast() }
            while let first = field.first, first == UInt8(ascii: " ") { field = field.dropFirst() }
            if field.count >= 2, field.first == UInt8(ascii: "\""), field.last == UInt8(ascii: "\"") {
                return String(decoding: field.dropFirst().dropLast(), as: UTF8.self).replacingOccurrences(of: "\"\"", with: "\"")
            }
            return String(decoding: field, as: UTF8.self)
        }
    }
}
