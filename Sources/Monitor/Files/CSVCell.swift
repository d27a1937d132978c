/// One cell of a CSV file Stip writes (RFC 4180), safe to open in a spreadsheet.
///
/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading apostrophe, as OWASP advises, so it shows the text that was
/// typed; a plain number such as `-12.5` stays a number. Every text field `CSVWriter` writes,
/// for the web app and the command line alike, comes through here.
enum CSVCell {
    static func encode(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(cell) {
            cell = "'" + cell
        }
        let needsQuotes = cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" })
        return needsQuotes ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }

    private static func isPlainNumber(_ text: String) -> Bool {
        let rest = text.unicodeScalars.dropFirst()
        guard text.first == "-", let first = rest.first, ("0"..."9").contains(first) else { return false }
        return rest.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
    }
}
