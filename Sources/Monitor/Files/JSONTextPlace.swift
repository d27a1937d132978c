import Foundation

/// Where something is in a JSON text, for messages that send a person to a line: the place of
/// a value by its path (`features[3].geometry`), or of a syntax error. JSONSerialization and
/// JSONDecoder say what is wrong but not on which line.
enum JSONTextPlace {
    enum Step: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    /// A path as people read it: `features[3].properties.BU_CODE`; the top is "the top".
    static func name(of path: [Step]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "the top" : text
    }

    /// 1-based line and column (in characters) of the byte at `offset`.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in data.prefix(max(0, offset)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1 // not a continuation byte: a new character
            }
        }
        return (line, column)
    }

    /// The byte offset of the value at `path`, or of the deepest value along it that the text
    /// has (at worst the top value), so there is always a line to name.
    static func offset(of path: [Step], in data: Data) -> Int {
        var text = JSONTextWalk(bytes: [UInt8](data))
        text.skipSpace()
        var found = text.position
        for step in path {
            guard text.enter(step) else { break }
            found = text.position
        }
        return found
    }

    /// The offset JSONSerialization names for text that is not JSON, and its words.
    static func syntaxError(in data: Data) -> (offset: Int, detail: String) {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let text = ((error as NSError).userInfo["NSDebugDescription"] as? String) ?? ""
            let detail = text.isEmpty ? "not valid JSON" : "not valid JSON (\(text))"
            if let range = text.range(of: "character "), let number = Int(text[range.upperBound...].prefix { $0.isNumber }) {
                return (min(number, data.count), detail)
            }
            if let line = number(after: "line ", in: text), let column = number(after: "column ", in: text) {
                return (offset(ofLine: line, column: column, in: data), detail)
            }
            return (text.contains("end of file") || text.contains("end of data") ? data.count : 0, detail)
        }
        return (0, "not valid JSON")
    }

    private static func number(after word: String, in text: String) -> Int? {
        guard let range = text.range(of: word) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    private static func offset(ofLine line: Int, column: Int, in data: Data) -> Int {
        var currentLine = 1, currentColumn = 1
        for (offset, byte) in data.enumerated() {
            if currentLine == line, currentColumn >= column { return offset }
            if byte == UInt8(ascii: "\n") {
                if currentLine == line { return offset }
                currentLine += 1
                currentColumn = 1
            } else if byte & 0xC0 != 0x80 {
                currentColumn += 1
            }
        }
        return data.count
    }
}

/// A walk over JSON text that only looks for places: it skips values without building them,
/// without recursion (nesting depth costs no stack), and stops at anything malformed.
private struct JSONTextWalk {
    let bytes: [UInt8]
    var position = 0

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(byte) else { return false }
        position += 1
        return true
    }

    private var atEnd: Bool { position >= bytes.count }

    /// Moves to the start of the member or element `step` of the value here.
    mutating func enter(_ step: JSONTextPlace.Step) -> Bool {
        switch step {
        case .key(let wanted):
            guard take(UInt8(ascii: "{")) else { return false }
            while true {
                skipSpace()
                guard let key = string(), take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                if key == wanted { return true }
                guard skipValue(), take(UInt8(ascii: ",")) else { return false }
            }
        case .index(let wanted):
            guard take(UInt8(ascii: "[")) else { return false }
            var index = 0
            while true {
                skipSpace()
                if atEnd || bytes[position] == UInt8(ascii: "]") { return false }
                if index == wanted { return true }
                guard skipValue(), take(UInt8(ascii: ",")) else { return false }
                index += 1
            }
        }
    }

    /// Skips one value (with everything inside it).
    mutating func skipValue() -> Bool {
        var depth = 0
        repeat {
            skipSpace()
            guard !atEnd else { return false }
            switch bytes[position] {
            case Self.quote:
                guard string() != nil else { return false }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard depth > 0 else { return false }
                depth -= 1
                position += 1
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                guard depth > 0 else { return false }
                position += 1
            default: // a number, true, false or null
                repeat { position += 1 } while !atEnd && !Self.ends(bytes[position])
            }
        } while depth > 0
        return true
    }

    private static func ends(_ byte: UInt8) -> Bool {
        [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"), quote, 0x20, 0x09, 0x0A, 0x0D].contains(byte)
    }

    /// The string here, unescaped; nil when there is none or it is malformed.
    mutating func string() -> String? {
        guard !atEnd, bytes[position] == Self.quote else { return nil }
        position += 1
        var text: [UInt8] = []
        while !atEnd {
            let byte = bytes[position]
            position += 1
            if byte == Self.quote { return String(decoding: text, as: UTF8.self) }
            guard byte == Self.backslash else { text.append(byte); continue }
            guard !atEnd else { return nil }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                guard var unit = hex4() else { return nil }
                // A UTF-16 surrogate pair is two escapes.
                if (0xD800..<0xDC00).contains(unit), position + 1 < bytes.count, bytes[position] == Self.backslash,
                   bytes[position + 1] == UInt8(ascii: "u") {
                    let saved = position
                    position += 2
                    if let low = hex4(), (0xDC00..<0xE000).contains(low) {
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = saved
                    }
                }
                text += Array(String(Unicode.Scalar(unit).map(Character.init) ?? "\u{FFFD}").utf8)
            default: text.append(escaped)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }
}
