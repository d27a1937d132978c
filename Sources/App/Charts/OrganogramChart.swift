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

    /// One level of the supporting structure: a body on the spine in the middle, with the
    /// bodies that work beside it (the Katalysatorteam beside the BKO, say) to its left and right.
    struct Level: Equatable, Sendable {
        var spine: Box
        var left: [Box] = []
        var right: [Box] = []
    }

    var title: String
    var description: String
    var networkHeading: String
    var levels: [Level]
    var teams: [TeamColumn]

    static let width = 980.0
    static let boxWidth = 210.0
    static let lineHeight = 15.0
    static let rowGap = 30.0
    static let sideGap = 40.0
    static let charactersPerLine = 28

    func render() -> String {
        var body = ""
        var y = 10.0
        let spineX = (Self.width - Self.boxWidth) / 2
        var spineBottom: Double?
        for level in levels {
            let height = ([level.spine] + level.left + level.right).map(boxHeight).max() ?? 40
            if let spineBottom {
                body += connector(from: (Self.width / 2, spineBottom), to: (Self.width / 2, y))
            }
            body += draw(level.spine, x: spineX, y: y, height: height, fill: "#154273", ink: "#ffffff")
            let middle = y + height / 2
            for (index, box) in level.left.enumerated() {
                let x = spineX - Double(index + 1) * (Self.boxWidth + Self.sideGap)
                body += line(from: (x + Self.boxWidth, middle), to: (spineX, middle), dashed: true)
                body += draw(box, x: x, y: y, height: height, fill: "#154273", ink: "#ffffff")
            }
            for (index, box) in level.right.enumerated() {
                let x = spineX + Double(index + 1) * (Self.boxWidth + Self.sideGap)
                body += line(from: (spineX + Self.boxWidth, middle), to: (x, middle), dashed: true)
                body += draw(box, x: x, y: y, height: height, fill: "#154273", ink: "#ffffff")
            }
            spineBottom = y + height
            y += height + Self.rowGap
        }

        let busY = y + 8
        let networkTop = busY + 16
        let teamWidth = min(Self.boxWidth, (Self.width - 20) / Double(max(teams.count, 1)) - 12)
        let xs = positions(count: teams.count, width: teamWidth)
        body += "<text x=\"10\" y=\"\(svgNumber(busY - 6))\" font-size=\"14\" font-weight=\"700\" fill=\"#154273\">\(Escaped.svg(networkHeading))</text>\n"
        if let spineBottom, let first = xs.first, let last = xs.last {
            body += line(from: (Self.width / 2, spineBottom), to: (Self.width / 2, busY), dashed: false)
            body += line(from: (min(first + teamWidth / 2, Self.width / 2), busY), to: (max(last + teamWidth / 2, Self.width / 2), busY), dashed: false)
            for x in xs { body += line(from: (x + teamWidth / 2, busY), to: (x + teamWidth / 2, networkTop), dashed: false) }
        }
        var bottom = networkTop
        for (column, x) in zip(teams, xs) {
            var top = networkTop
            let height = boxHeight(column.team, width: teamWidth)
            body += draw(column.team, x: x, y: top, height: height, width: teamWidth, fill: "#dfeaf4", ink: "#1a1a1a")
            top += height
            for sub in column.subTeams {
                let subHeight = boxHeight(sub, width: teamWidth - 16)
                body += line(from: (x + teamWidth / 2, top), to: (x + teamWidth / 2, top + 14), dashed: false)
                body += draw(sub, x: x + 8, y: top + 14, height: subHeight, width: teamWidth - 16, fill: "#f3f6f9", ink: "#1a1a1a")
                top += 14 + subHeight
            }
            bottom = max(bottom, top)
        }
        let height = bottom + 12
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(height))" \
        width="\(svgNumber(Self.width))" height="\(svgNumber(height))" role="figure" aria-labelledby="org-title org-desc" \
        font-family="system-ui, sans-serif" font-size="12">
        <title id="org-title">\(Escaped.svg(title))</title>
        <desc id="org-desc">\(Escaped.svg(description))</desc>
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
        var out = "<a href=\"\(Escaped.svg(box.href))\"><title>\(Escaped.svg(box.title))</title>\n"
        out += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(height))\" rx=\"4\" fill=\"\(fill)\" stroke=\"#154273\" stroke-width=\"1.5\"/>\n"
        var lineY = y + 18
        for line in lines(box.title, width: width) {
            out += "<text x=\"\(svgNumber(x + width / 2))\" y=\"\(svgNumber(lineY))\" text-anchor=\"middle\" font-weight=\"700\" fill=\"\(ink)\">\(Escaped.svg(line))</text>\n"
            lineY += Self.lineHeight
        }
        if let note = box.note {
            for line in lines(note, width: width) {
                out += "<text x=\"\(svgNumber(x + width / 2))\" y=\"\(svgNumber(lineY))\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(ink)\">\(Escaped.svg(line))</text>\n"
                lineY += Self.lineHeight
            }
        }
        return out + "</a>\n"
    }

    private func connector(from: (Double, Double), to: (Double, Double)) -> String {
        line(from: from, to: to, dashed: false)
    }

    private func line(from: (Double, Double), to: (Double, Double), dashed: Bool) -> String {
        "<line x1=\"\(svgNumber(from.0))\" y1=\"\(svgNumber(from.1))\" x2=\"\(svgNumber(to.0))\" y2=\"\(svgNumber(to.1))\" stroke=\"#5b7fa6\" stroke-width=\"1.5\"\(dashed ? " stroke-dasharray=\"5 4\"" : "")/>\n"
    }
}
