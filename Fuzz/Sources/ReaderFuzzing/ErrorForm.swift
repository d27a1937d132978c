import Foundation

/// The form every refusal of a bad file must take, so that a person finds the place. A
/// failing input is a finding: the target stops with the reason and libFuzzer keeps the input.
public enum ErrorForm {
    public enum Place: Sendable {
        /// `FILE:LINE: [FIELD: ]MESSAGE`: the monitor's files (CSV, GeoJSON).
        case line
        /// `FILE:LINE:COLUMN: [FIELD: ]MESSAGE`: the YAML files.
        case lineAndColumn
        /// `URL: the answer is not what the CBS OData API sends, at line L, column C ...: MESSAGE`.
        case odataAnswer
    }

    /// Why `text` is not of the form, or nil when it is; LINE and COLUMN count from 1.
    public static func violation(_ text: String, file: String, place: Place) -> String? {
        if text.contains(where: \.isNewline) { return "the message runs over more than one line" }
        guard text.hasPrefix(file + ":") else { return "does not start with the file and a colon" }
        var rest = Substring(text.dropFirst(file.count + 1))
        func number() -> Bool {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            return (Int(digits) ?? 0) >= 1
        }
        func skip(_ literal: String) -> Bool {
            guard rest.hasPrefix(literal) else { return false }
            rest = rest.dropFirst(literal.count)
            return true
        }
        switch place {
        case .line:
            guard number() else { return "has no line number from 1 after the file" }
        case .lineAndColumn:
            guard number() else { return "has no line number from 1 after the file" }
            guard skip(":"), number() else { return "has no column number from 1 after the line" }
        case .odataAnswer:
            guard let at = rest.range(of: ", at line ") else { return "does not say the line in the answer" }
            rest = rest[at.upperBound...]
            guard number(), skip(", column "), number() else { return "does not say line and column in the answer" }
            guard let colon = rest.range(of: ": ") else { return "has no ': ' before the message" }
            rest = rest[colon.lowerBound...]
        }
        guard rest.hasPrefix(": ") else { return "has no ': ' after the place" }
        guard rest.dropFirst(2).contains(where: { !$0.isWhitespace }) else { return "has no message" }
        return nil
    }

    /// `STIP_FUZZ_SHOW=1 Fuzz/.build/release/TARGET FILE` prints every error, to read them.
    static let shows = ProcessInfo.processInfo.environment["STIP_FUZZ_SHOW"] != nil

    /// Stops the process (a finding for libFuzzer) when `text` is not of the form.
    public static func require(_ text: String, file: String, place: Place, reader: String) {
        if shows { print("\(reader): \(text)") }
        if let violation = violation(text, file: file, place: place) {
            fatalError("\(reader): the error \(violation):\n\(text)")
        }
    }
}
