import Core

/// A small chart of one target's measurements against its path, drawn by Stip as inline SVG:
/// the path dashed, the measurements as a line with dots, the latest dot in the status colour.
/// A milestone shows its reports on a time line with the deadline marked.
struct TargetChart: Equatable {
    var id: String
    var title: String
    var description: String
    var trajectory: TargetTrajectory
    /// The last day a milestone may be reached, when it has one.
    var deadlineYear: Double?

    static let width = 240.0
    static let height = 76.0
    static let left = 6.0, right = 6.0, top = 8.0, bottom = 18.0

    init(id: String, trajectory: TargetTrajectory, target: Target, _ l: Localizer) {
        self.id = id
        self.trajectory = trajectory
        title = l(.targetsModule(.chartTitle(target.text)))
        var pathText: String?
        if let path = trajectory.path {
            pathText = l(.targetsModule(.pathFromTo(
                from: l.figure(path.startValue, in: trajectory.measure), fromYear: String(Int(path.startYear)),
                to: l.figure(path.endValue, in: trajectory.measure), toYear: String(Int(path.endYear)))))
        }
        description = l(.targetsModule(.chartDescription(points: trajectory.points.count, path: pathText)))
        if target.kind == .milestone, let year = target.year { deadlineYear = Double(year + (target.approximate ? 2 : 1)) }
    }

    func render() -> String {
        let years = trajectory.points.compactMap { DecimalYear.of($0.date) }
        var xs = years
        if let path = trajectory.path { xs += [path.startYear, path.endYear] }
        if let deadlineYear { xs += [deadlineYear - 2, deadlineYear] }
        let xMin = (xs.min() ?? 2020).rounded(.down), xMax = max((xs.max() ?? 2021).rounded(.up), xMin + 1)
        var ys = trajectory.points.map(\.value)
        if let path = trajectory.path { ys += [path.startValue, path.endValue] }
        if trajectory.measure == .reached { ys = [0, 1] }
        var yMin = ys.min() ?? 0, yMax = ys.max() ?? 1
        if yMax - yMin < 1e-9 { (yMin, yMax) = (yMin - 1, yMax + 1) }
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        func x(_ year: Double) -> String { svgNumber(Self.left + plotWidth * (year - xMin) / (xMax - xMin)) }
        func y(_ value: Double) -> String { svgNumber(Self.top + plotHeight * (1 - (value - yMin) / (yMax - yMin))) }

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" class="target-chart" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(Self.height))" \
        width="\(svgNumber(Self.width))" height="\(svgNumber(Self.height))" role="img" aria-labelledby="\(id)-title \(id)-desc" \
        font-family="system-ui, sans-serif" font-size="10">
        <title id="\(id)-title">\(Escaped.svg(title))</title>
        <desc id="\(id)-desc">\(Escaped.svg(description))</desc>
        <line x1="\(x(xMin))" y1="\(svgNumber(Self.height - Self.bottom))" x2="\(x(xMax))" y2="\(svgNumber(Self.height - Self.bottom))" stroke="#8c8c8c" stroke-width="1"/>
        <text x="\(x(xMin))" y="\(svgNumber(Self.height - 4))" fill="#535353">\(Int(xMin))</text>
        <text x="\(x(xMax))" y="\(svgNumber(Self.height - 4))" fill="#535353" text-anchor="end">\(Int(xMax))</text>

        """
        if let path = trajectory.path {
            svg += "<polyline points=\"\(x(path.startYear)),\(y(path.startValue)) \(x(path.endYear)),\(y(path.endValue)) \(x(max(xMax, path.endYear))),\(y(path.endValue))\" fill=\"none\" stroke=\"#535353\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n"
        }
        if let deadlineYear {
            svg += "<line x1=\"\(x(deadlineYear))\" y1=\"\(svgNumber(Self.top - 4))\" x2=\"\(x(deadlineYear))\" y2=\"\(svgNumber(Self.height - Self.bottom))\" stroke=\"#535353\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n"
        }
        let placed = zip(years, trajectory.points.map(\.value)).map { (x($0), y($1)) }
        if placed.count > 1 {
            svg += "<polyline points=\"\(placed.map { "\($0.0),\($0.1)" }.joined(separator: " "))\" fill=\"none\" stroke=\"#154273\" stroke-width=\"2\"/>\n"
        }
        for (index, point) in placed.enumerated() {
            let last = index == placed.count - 1
            let colour = last ? TargetStatusBadge.colour(trajectory.status.state) : "#154273"
            svg += "<circle cx=\"\(point.0)\" cy=\"\(point.1)\" r=\"\(last ? 4 : 3)\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n"
        }
        svg += "</svg>"
        return svg
    }
}
