/// An area's rank under other reasonable weights, drawn by Stip: the scale of all ranked areas
/// (1, the best, on the left), a bar from the 5th to the 95th percentile of the rank, a stroke
/// at the median and a dot at the rank with the ordinary weights.
struct RankIntervalBar {
    var title: String
    var description: String
    var rank: Int
    var count: Int
    var low: Double
    var high: Double
    var median: Double
    /// The rank statistics as the page writes them: the bar's ends and the scale's ends.
    var lowText: String
    var highText: String
    var countText: String

    static let width = 560.0
    static let margin = 24.0

    func render() -> String {
        let height = 58.0, axis = 30.0
        let plot = Self.width - 2 * Self.margin
        func x(_ rank: Double) -> Double {
            count > 1 ? Self.margin + plot * (min(max(rank, 1), Double(count)) - 1) / Double(count - 1) : Self.margin
        }
        // The labels of the bar's ends stay inside the drawing, clear of each other.
        let left = x(low), right = x(high)
        let lowLabel = min(max(left, 80), Self.width - 80), highLabel = max(min(right, Self.width - 80), lowLabel)
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(height))" \
        width="\(svgNumber(Self.width))" height="\(svgNumber(height))" role="img" aria-labelledby="rank-title rank-desc" \
        font-family="system-ui, sans-serif" font-size="12">
        <title id="rank-title">\(Escaped.svg(title))</title>
        <desc id="rank-desc">\(Escaped.svg(description))</desc>
        <line x1="\(svgNumber(Self.margin))" y1="\(svgNumber(axis))" x2="\(svgNumber(Self.margin + plot))" y2="\(svgNumber(axis))" stroke="#8c8c8c"/>
        <text x="\(svgNumber(Self.margin))" y="\(svgNumber(height - 4))" text-anchor="middle" fill="#535353">1</text>
        <text x="\(svgNumber(Self.margin + plot))" y="\(svgNumber(height - 4))" text-anchor="middle" fill="#535353">\(Escaped.svg(countText))</text>
        <rect x="\(svgNumber(left))" y="\(svgNumber(axis - 7))" width="\(svgNumber(max(right - left, 1)))" height="14" fill="#a6bddb" stroke="#2c7fb8"/>
        <line x1="\(svgNumber(x(median)))" y1="\(svgNumber(axis - 10))" x2="\(svgNumber(x(median)))" y2="\(svgNumber(axis + 10))" stroke="#1a1a1a" stroke-width="2"/>
        <circle cx="\(svgNumber(x(Double(rank))))" cy="\(svgNumber(axis))" r="4" fill="#1a1a1a"/>
        <text x="\(svgNumber(lowLabel - 5))" y="\(svgNumber(axis - 12))" text-anchor="end" fill="#1a1a1a">\(Escaped.svg(lowText))</text>
        <text x="\(svgNumber(highLabel + 5))" y="\(svgNumber(axis - 12))" text-anchor="start" fill="#1a1a1a">\(Escaped.svg(highText))</text>

        """
        svg += "</svg>\n"
        return svg
    }
}
