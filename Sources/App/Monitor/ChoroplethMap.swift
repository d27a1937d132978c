import Monitor

/// The monitor's map as SVG, drawn by Stip: every area a path in its class's colour, a link to
/// its profile with its name and value in a tooltip, and the legend drawn in, so the
/// downloaded file is complete on its own.
struct ChoroplethMap {
    struct Area {
        var code: AreaCode
        var name: String
        var value: Double?
        /// 'Terschuren (BU09171001): 0,42'.
        var tooltip: String
    }

    var title: String
    var description: String
    var shapes: MapShapes
    var areas: [AreaCode: Area]
    var classes: MapClasses
    /// One line per class, and the last for areas without a value.
    var legendLabels: [String]
    var missingLabel: String
    var legendTitle: String
    var borderColour = "#ffffff"
    /// Lines under the legend's title, e.g. what the centre of the classes around NL is.
    var legendNotes: [String] = []
    /// Links to profiles; the downloaded file has none, since it leaves the site.
    var link: ((AreaCode) -> String)?

    static let mapWidth = 640.0
    static let legendRow = 20.0

    func render() -> String {
        let legendHeight = 30 + Double(legendNotes.count + classes.classes.count + 1) * Self.legendRow
        let height = (shapes.height + 10 + legendHeight).rounded(.up)
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(svgNumber(Self.mapWidth)) \(svgNumber(height))" \
        width="\(svgNumber(Self.mapWidth))" height="\(svgNumber(height))" role="figure" aria-labelledby="map-title map-desc" \
        font-family="system-ui, sans-serif" font-size="13" class="choropleth">
        <title id="map-title">\(Escaped.svg(title))</title>
        <desc id="map-desc">\(Escaped.svg(description))</desc>
        <g stroke="\(borderColour)" stroke-width="0.4" stroke-linejoin="round" fill-rule="evenodd">

        """
        svg.reserveCapacity(shapes.shapes.reduce(0) { $0 + $1.path.utf8.count + 160 } + 4_000)
        for shape in shapes.shapes {
            let area = areas[shape.code]
            let fill = classes.colour(area?.value)
            let tooltip = area?.tooltip ?? shape.code.description
            let path = "<path d=\"\(shape.path)\" fill=\"\(fill)\"><title>\(Escaped.svg(tooltip))</title></path>"
            if let link {
                // The table beside the map has the same links for the keyboard, so the map's stay out of the tab order.
                svg += "<a href=\"\(Escaped.svg(link(shape.code)))\" tabindex=\"-1\">\(path)</a>\n"
            } else {
                svg += path + "\n"
            }
        }
        svg += "</g>\n"
        var y = shapes.height + 26
        svg += "<text x=\"0\" y=\"\(svgNumber(y))\" font-weight=\"600\" fill=\"#1a1a1a\">\(Escaped.svg(legendTitle))</text>\n"
        for note in legendNotes {
            y += Self.legendRow
            svg += "<text x=\"0\" y=\"\(svgNumber(y))\" fill=\"#1a1a1a\">\(Escaped.svg(note))</text>\n"
        }
        let rows = zip(classes.classes.map(\.colour), legendLabels) + [(MapClasses.missing, missingLabel)]
        for (colour, label) in rows {
            y += Self.legendRow
            svg += "<rect x=\"0\" y=\"\(svgNumber(y - 12))\" width=\"22\" height=\"14\" fill=\"\(colour)\" stroke=\"#535353\" stroke-width=\"0.5\"/>"
            svg += "<text x=\"30\" y=\"\(svgNumber(y))\" fill=\"#1a1a1a\">\(Escaped.svg(label))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }
}
