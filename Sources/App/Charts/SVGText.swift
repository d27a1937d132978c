import Foundation

/// A label cut to fit a column, with an ellipsis; the full text goes into a `<title>`.
func svgShortened(_ text: String, to length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)).trimmingCharacters(in: .whitespaces) + "…"
}


/// Coordinates with one decimal: enough for a screen, and stable for snapshot tests.
func svgNumber(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
}
