import Core

/// The collaboration structure as SVG, after the figure in ch. 4.3: the supporting bodies on
/// top, the network of task teams beneath, sub-teams under their team, and who adopts each.
struct OrganogramChart {
    struct Box: Equatable, Sendable {
        var title: String
        var note: String?
        var href: String
    }

    struct TeamColumn: Equatable, Sendable {
        var team: Box
        var subTeams: [Box]
    }

    var title: String
    var description: String
    var networkHeading: String
    /// Rows of bodies from the top: the commissioning board, the directors and catalyst team, the steering group and its supports.
    var bodyRows: [[Box]]
    var teams: [TeamColumn]

    static let width = 980.0
    static let boxWidth = 210.0
    static let lineHeight = 15.0
    static let rowGap = 34.0
    static let charactersPerLine = 28

    func render() -> String {
        var body = ""
        var y = 10.0
        var previousRow: [(x: Double, bottom: Double)] = []
        for row in bodyRows where !row.isEmpty {
            let xs = positions(count: row.count, width: Self.boxWidth)
            let height = row.map(boxHeight).max() ?? 40
            var placed: [(x: Double, bottom: Double)] = []
            for (box, x) in zip(row, xs) {
                // Each body hangs under the one above it in the middle, as in the plan's figure.
                if let anchor = previousRow.min(by: { abs($0.x - Self.width / 2) < abs($1.x - Self.width / 2) }) {
                    body += connector(from: (anchor.x + Self.boxWidth / 2, anchor.bottom), to: (x + Self.boxWidth / 2, y))
                }
                body += draw(box, x: x, y: y, height: height, fill: "#154273", ink: "#ffffff")
                placed.append((x, y + height))
            }
            previousRow = placed
            y += height + Self.rowGap
        }

        body += "<text x=\"\(svgNumber(Self.width / 2))\" y=\"\(svgNumber(y + 4))\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"700\" fill=\"#154273\">\(svgEscaped(networkHeading))</text>\n"
        let networkTop = y + 14
        let teamWidth = min(Self.boxWidth, (Self.width - 20) / Double(max(teams.count, 1)) - 12)
        let xs = positions(count: teams.count, width: teamWidth)
        var bottom = networkTop
        if let anchor = previousRow.min(by: { abs($0.x - Self.width / 2) < abs($1.x - Self.width / 2) }) {
            for x in xs { body += connector(from: (anchor.x + Self.boxWidth / 2, anchor.bottom), to: (x + teamWidth / 2, networkTop)) }
        }
        for (column, x) in zip(teams, xs) {
            var top = networkTop
            let height = boxHeight(column.team, width: teamWidth)
            body += draw(column.team, x: x, y: top, height: height, width: teamWidth, fill: "#dfeaf4", ink: "#1a1a1a")
            top += height
            for sub in column.subTeams {
                let subHeight = boxHeight(sub, width: teamWidth - 16)
                body += connector(from: (x + teamWidth / 2, top), to: (x + teamWidth / 2, top + 14))
                body += draw(sub, x: x + 8, y: top + 14, height: subHeight, width: teamWidth - 16, fill: "#f3f6f9", ink: "#1a1a1a")
                top += 14 + subHeight
            }
            bottom = max(bottom, top)
        }
        let height = bottom + 12
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(height))" \
        width="\(svgNumber(Self.width))" height="\(svgNumber(height))" role="img" aria-labelledby="org-title org-desc" \
        font-family="system-ui, sans-serif" font-size="12">
        <title id="org-title">\(svgEscaped(title))</title>
        <desc id="org-desc">\(svgEscaped(description))</desc>
        <rect width="100%" height="100%" fill="#ffffff"/>
        \(body)</svg>

        """
    }

    /// Left edges that spread `count` boxes evenly across the width.
    private func positions(count: Int, width: Double) -> [Double] {
        guard count > 0 else { return [] }
        let slot = Self.width / Double(count)
        return (0..<count).map { slot * (Double($0) + 0.5) - width / 2 }
    }

    private func lines(_ text: String, width: Double) -> [String] {
        let limit = max(10, Int(Double(Self.charactersPerLine) * width / Self.boxWidth))
        var result: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > limit {
                result.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " \(word)"
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private func boxHeight(_ box: Box) -> Double { boxHeight(box, width: Self.boxWidth) }

    private func boxHeight(_ box: Box, width: Double) -> Double {
        let count = lines(box.title, width: width).count + (box.note.map { lines($0, width: width).count } ?? 0)
        return 14 + Double(count) * Self.lineHeight
    }

    private func draw(_ box: Box, x: Double, y: Double, height: Double, width: Double = boxWidth, fill: String, ink: String) -> String {
        var out = "<a href=\"\(svgEscaped(box.href))\"><title>\(svgEscaped(box.title))</title>\n"
        out += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(height))\" rx=\"4\" fill=\"\(fill)\" stroke=\"#154273\" stroke-width=\"1.5\"/>\n"
        var lineY = y + 18
        for line in lines(box.title, width: width) {
            out += "<text x=\"\(svgNumber(x + width / 2))\" y=\"\(svgNumber(lineY))\" text-anchor=\"middle\" font-weight=\"700\" fill=\"\(ink)\">\(svgEscaped(line))</text>\n"
            lineY += Self.lineHeight
        }
        if let note = box.note {
            for line in lines(note, width: width) {
                out += "<text x=\"\(svgNumber(x + width / 2))\" y=\"\(svgNumber(lineY))\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(ink)\">\(svgEscaped(line))</text>\n"
                lineY += Self.lineHeight
            }
        }
        return out + "</a>\n"
    }

    private func connector(from: (Double, Double), to: (Double, Double)) -> String {
        let middle = (from.1 + to.1) / 2
        return "<path d=\"M\(svgNumber(from.0)) \(svgNumber(from.1)) V\(svgNumber(middle)) H\(svgNumber(to.0)) V\(svgNumber(to.1))\" fill=\"none\" stroke=\"#8fa9c7\" stroke-width=\"1.5\"/>\n"
    }
}
