/// A small line of one indicator's values over the years, drawn by Stip; the values themselves
/// are in its description and in the profile's table.
struct TrendLine {
    var title: String
    var description: String
    var points: [(year: Int, value: Double)]

    static let width = 120.0
    static let height = 32.0

    func render() -> String {
        guard points.count >= 2, let first = points.first?.year, let last = points.last?.year, last > first else { return "" }
        let values = points.map(\.value)
        let low = values.min()!, high = values.max()!
        func x(_ year: Int) -> Double { 4 + (Self.width - 8) * Double(year - first) / Double(last - first) }
        func y(_ value: Double) -> Double { high == low ? Self.height / 2 : 4 + (Self.height - 8) * (high - value) / (high - low) }
        let line = points.map { "\(svgNumber(x($0.year))),\(svgNumber(y($0.value)))" }.joined(separator: " ")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(svgNumber(Self.width)) \(svgNumber(Self.height))\" "
            + "width=\"\(svgNumber(Self.width))\" height=\"\(svgNumber(Self.height))\" role=\"img\"><title>\(Escaped.svg(title))</title>"
            + "<desc>\(Escaped.svg(description))</desc>"
            + "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#01689b\" stroke-width=\"2\"/>"
        for point in points {
            svg += "<circle cx=\"\(svgNumber(x(point.year)))\" cy=\"\(svgNumber(y(point.value)))\" r=\"2.5\" fill=\"#154273\"/>"
        }
        return svg + "</svg>"
    }
}
