import Core

/// The Tabel Mensen as SVG: one bar per party, stacked by activity, with the plan's stated
/// total marked on it and '+ PM' where an unquantified commitment enters. Drawn by Stip.
struct CapacityChart {
    struct Segment: Equatable, Sendable {
        var activity: String
        var thousandths: Int
        var colour: Int
    }

    struct Bar: Equatable, Sendable {
        var party: String
        var segments: [Segment]
        var hasPM: Bool
        /// The plan's own total for the party, in thousandths, when it states a number.
        var stated: Int?
        /// Shown right of the bar: '10,9 fte · plan circa 11 fte'.
        var caption: String
    }

    var title: String
    var description: String
    var statedLabel: String
    var bars: [Bar]
    /// Activity names in colour order.
    var legend: [String]

    static let width = 980.0
    static let labelWidth = 190.0
    static let captionWidth = 250.0
    static let rowHeight = 40.0
    static let top = 20.0
    static let palette = ["#154273", "#01689b", "#39870c", "#e17000", "#a90061", "#94710a", "#8fcae7", "#b0d233", "#673327", "#535353"]

    func render() -> String {
        let legendRows = (legend.count + 2) / 3
        let barsHeight = Double(max(bars.count, 1)) * Self.rowHeight
        let height = Self.top + barsHeight + 30 + Double(legendRows) * 20 + 10
        let plotWidth = Self.width - Self.labelWidth - Self.captionWidth
        let maximum = max(bars.map { max($0.segments.map(\.thousandths).reduce(0, +), $0.stated ?? 0) }.max() ?? 0, FTE.scale)
        func x(_ thousandths: Int) -> Double { Self.labelWidth + plotWidth * Double(thousandths) / Double(maximum) }

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(height))" \
        width="\(svgNumber(Self.width))" height="\(svgNumber(height))" role="img" aria-labelledby="cap-title cap-desc" \
        font-family="system-ui, sans-serif" font-size="12">
        <title id="cap-title">\(Escaped.svg(title))</title>
        <desc id="cap-desc">\(Escaped.svg(description))</desc>
        <rect width="100%" height="100%" fill="#ffffff"/>
        <defs><pattern id="cap-pm" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#535353" stroke-width="2"/></pattern></defs>

        """
        // Whole FTEs as a light grid, so a bar can be read without its caption.
        var whole = 0
        while whole <= maximum {
            let gx = svgNumber(x(whole))
            svg += "<line x1=\"\(gx)\" y1=\"\(svgNumber(Self.top - 6))\" x2=\"\(gx)\" y2=\"\(svgNumber(Self.top + barsHeight))\" stroke=\"#cad6e2\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(gx)\" y=\"\(svgNumber(Self.top + barsHeight + 14))\" text-anchor=\"middle\" fill=\"#535353\">\(whole / FTE.scale)</text>\n"
            whole += maximum > 10 * FTE.scale ? 2 * FTE.scale : FTE.scale
        }
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight
            let middle = y + Self.rowHeight / 2
            svg += "<text x=\"\(svgNumber(Self.labelWidth - 8))\" y=\"\(svgNumber(middle + 4))\" text-anchor=\"end\" fill=\"#1a1a1a\" font-weight=\"600\">\(Escaped.svg(svgShortened(bar.party, to: 28)))</text>\n"
            var start = 0
            for segment in bar.segments where segment.thousandths > 0 {
                let x1 = x(start), x2 = x(start + segment.thousandths)
                svg += "<rect x=\"\(svgNumber(x1))\" y=\"\(svgNumber(y + 8))\" width=\"\(svgNumber(max(x2 - x1, 1)))\" height=\"\(svgNumber(Self.rowHeight - 16))\" fill=\"\(Self.palette[segment.colour % Self.palette.count])\" stroke=\"#ffffff\" stroke-width=\"1\">"
                svg += "<title>\(Escaped.svg("\(bar.party): \(segment.activity)"))</title></rect>\n"
                start += segment.thousandths
            }
            var end = x(start)
            if bar.hasPM {
                svg += "<rect x=\"\(svgNumber(end + 2))\" y=\"\(svgNumber(y + 8))\" width=\"14\" height=\"\(svgNumber(Self.rowHeight - 16))\" fill=\"url(#cap-pm)\" stroke=\"#535353\" stroke-width=\"1\"><title>PM</title></rect>\n"
                end += 16
            }
            if let stated = bar.stated {
                let sx = svgNumber(x(stated))
                svg += "<line x1=\"\(sx)\" y1=\"\(svgNumber(y + 3))\" x2=\"\(sx)\" y2=\"\(svgNumber(y + Self.rowHeight - 3))\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"4 2\"><title>\(Escaped.svg(statedLabel))</title></line>\n"
                end = max(end, x(stated))
            }
            svg += "<text x=\"\(svgNumber(end + 8))\" y=\"\(svgNumber(middle + 4))\" fill=\"#1a1a1a\">\(Escaped.svg(bar.caption))</text>\n"
        }
        let legendTop = Self.top + barsHeight + 34
        for (index, name) in legend.enumerated() {
            let lx = Self.labelWidth + Double(index % 3) * 260, ly = legendTop + Double(index / 3) * 20
            svg += "<rect x=\"\(svgNumber(lx))\" y=\"\(svgNumber(ly - 10))\" width=\"12\" height=\"12\" fill=\"\(Self.palette[index % Self.palette.count])\"/>\n"
            svg += "<text x=\"\(svgNumber(lx + 17))\" y=\"\(svgNumber(ly))\" fill=\"#1a1a1a\">\(Escaped.svg(svgShortened(name, to: 38)))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }
}
