/// An area's theme scores as horizontal bars on 0-100, each with its number, drawn by Stip.
struct ThemeBars {
    struct Bar {
        var label: String
        var score: Double?
        var text: String
    }

    var title: String
    var description: String
    var bars: [Bar]

    static let width = 560.0
    static let labelWidth = 190.0
    static let rowHeight = 26.0

    func render() -> String {
        let plot = Self.width - Self.labelWidth - 60
        let height = Double(bars.count) * Self.rowHeight + 24
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(height))" \
        width="\(svgNumber(Self.width))" height="\(svgNumber(height))" role="img" aria-labelledby="themes-title themes-desc" \
        font-family="system-ui, sans-serif" font-size="13">
        <title id="themes-title">\(Escaped.svg(title))</title>
        <desc id="themes-desc">\(Escaped.svg(description))</desc>

        """
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = Self.labelWidth + plot * Double(tick) / 100
            svg += "<line x1=\"\(svgNumber(x))\" y1=\"0\" x2=\"\(svgNumber(x))\" y2=\"\(svgNumber(height - 18))\" stroke=\"#cad6e2\"/>"
            svg += "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(height - 4))\" text-anchor=\"middle\" fill=\"#535353\" font-size=\"11\">\(tick)</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * Self.rowHeight
            svg += "<text x=\"\(svgNumber(Self.labelWidth - 8))\" y=\"\(svgNumber(y + 17))\" text-anchor=\"end\" fill=\"#1a1a1a\">\(Escaped.svg(svgShortened(bar.label, to: 26)))</text>"
            let length = plot * min(max(bar.score ?? 0, 0), 100) / 100
            svg += "<rect x=\"\(svgNumber(Self.labelWidth))\" y=\"\(svgNumber(y + 5))\" width=\"\(svgNumber(max(length, 0.5)))\" height=\"\(svgNumber(Self.rowHeight - 10))\" fill=\"#2c7fb8\"><title>\(Escaped.svg("\(bar.label): \(bar.text)"))</title></rect>"
            svg += "<text x=\"\(svgNumber(Self.labelWidth + length + 6))\" y=\"\(svgNumber(y + 17))\" fill=\"#1a1a1a\">\(Escaped.svg(bar.text))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
