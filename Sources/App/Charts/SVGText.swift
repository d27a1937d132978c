import Foundation

/// Text made safe for SVG markup: element content and attribute values alike.
func svgEscaped(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.append(character)
        }
    }
    return escaped
}

/// A label cut to fit a column, with an ellipsis; the full text goes into a `<title>`.
func svgShortened(_ text: String, to length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)).trimmingCharacters(in: .whitespaces) + "…"
}


/// Coordinates with one decimal: enough for a screen, and stable for snapshot tests.
func svgNumber(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
}
