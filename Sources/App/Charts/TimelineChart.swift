import Core

/// The timeline as SVG: short-term actions as bars over their months, milestones and
/// targets as marks on a years axis. Drawn by Stip, readable without JavaScript.
struct TimelineChart {
    struct Entry: Equatable, Sendable {
        var title: String
        var line: String
        var href: String
        var start: YearMonth
        /// Inclusive.
        var end: YearMonth
        var approximate: Bool
        var isMilestone: Bool
        /// Dated by the whole short term rather than a period of its own: drawn lighter.
        var isOpen: Bool = false
        var when: String
    }

    var title: String
    var description: String
    var shortTermHeading: String
    var milestonesHeading: String
    /// January to December, one letter each, in the page's language.
    var monthInitials: [String]
    var shortTerm: [Entry]
    var milestones: [Entry]

    static let width = 980.0
    static let labelWidth = 390.0
    static let rowHeight = 24.0
    static let headerHeight = 46.0
    static let gap = 30.0
    static let labelLength = 58

    func render() -> String {
        let shortHeight = Self.headerHeight + Double(max(shortTerm.count, 1)) * Self.rowHeight
        let milestoneHeight = Self.headerHeight + Double(max(milestones.count, 1)) * Self.rowHeight
        let height = shortHeight + Self.gap + milestoneHeight + 10
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(height))" \
        width="\(svgNumber(Self.width))" height="\(svgNumber(height))" role="figure" aria-labelledby="tl-title tl-desc" \
        font-family="system-ui, sans-serif" font-size="12">
        <title id="tl-title">\(Escaped.svg(title))</title>
        <desc id="tl-desc">\(Escaped.svg(description))</desc>
        <rect width="100%" height="100%" fill="#ffffff"/>

        """
        svg += panel(shortTermHeading, entries: shortTerm, top: 0, scale: monthScale)
        svg += panel(milestonesHeading, entries: milestones, top: shortHeight + Self.gap, scale: yearScale)
        svg += "</svg>\n"
        return svg
    }

    // MARK: Scales

    struct Scale {
        var first: Int
        var last: Int
        var ticks: [(ordinal: Int, label: String)]

        func x(_ ordinal: Int) -> Double {
            // Room on the right for the last tick's label and a milestone's year.
            let plot = TimelineChart.width - TimelineChart.labelWidth - 80
            let span = Double(max(last - first, 1))
            return TimelineChart.labelWidth + 10 + plot * Double(ordinal - first) / span
        }
    }

    /// Months, from the first short-term month to the month after the last.
    private var monthScale: Scale {
        let first = shortTerm.map(\.start.ordinal).min() ?? (2020 * 12 + 10)
        let last = (shortTerm.map(\.end.ordinal).max() ?? (2021 * 12 + 11)) + 1
        let ticks = stride(from: first, through: last, by: 1).map { ordinal -> (Int, String) in
            let month = ordinal % 12
            return (ordinal, month == 0 ? "\(ordinal / 12)" : monthInitials[month])
        }
        return Scale(first: first, last: last, ticks: ticks)
    }

    /// Years, in steps of five, wide enough for every milestone.
    private var yearScale: Scale {
        let firstYear = (milestones.map(\.start.year).min() ?? 2020) / 5 * 5
        let lastYear = ((milestones.map(\.start.year).max() ?? 2035) / 5 + 1) * 5
        let ticks = stride(from: firstYear, through: lastYear, by: 5).map { ($0 * 12, "\($0)") }
        return Scale(first: firstYear * 12, last: lastYear * 12, ticks: ticks)
    }

    // MARK: Drawing

    private func panel(_ heading: String, entries: [Entry], top: Double, scale: Scale) -> String {
        let axisY = top + Self.headerHeight - 8
        let bottom = top + Self.headerHeight + Double(entries.count) * Self.rowHeight
        var out = "<g>\n"
        out += "<text x=\"0\" y=\"\(svgNumber(top + 16))\" font-size=\"15\" font-weight=\"700\" fill=\"#154273\">\(Escaped.svg(heading))</text>\n"
        for tick in scale.ticks {
            let x = svgNumber(scale.x(tick.ordinal))
            out += "<line x1=\"\(x)\" y1=\"\(svgNumber(axisY))\" x2=\"\(x)\" y2=\"\(svgNumber(bottom))\" stroke=\"#cad6e2\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(x)\" y=\"\(svgNumber(axisY - 4))\" text-anchor=\"middle\" fill=\"#535353\">\(Escaped.svg(tick.label))</text>\n"
        }
        for (index, entry) in entries.enumerated() {
            let y = top + Self.headerHeight + Double(index) * Self.rowHeight
            let middle = y + Self.rowHeight / 2
            if index % 2 == 0 {
                out += "<rect x=\"0\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(Self.width))\" height=\"\(svgNumber(Self.rowHeight))\" fill=\"#f3f6f9\"/>\n"
            }
            out += "<a href=\"\(Escaped.svg(entry.href))\"><title>\(Escaped.svg("\(entry.when): \(entry.title) (\(entry.line))"))</title>\n"
            out += "<text x=\"4\" y=\"\(svgNumber(middle + 4))\" fill=\"#1a1a1a\">\(Escaped.svg(svgShortened(entry.title, to: Self.labelLength)))</text>\n"
            if entry.isMilestone {
                let x = scale.x(entry.start.ordinal)
                let fill = entry.approximate ? "#ffffff" : "#154273"
                out += "<path d=\"M\(svgNumber(x)) \(svgNumber(middle - 7)) l7 7 l-7 7 l-7 -7 z\" fill=\"\(fill)\" stroke=\"#154273\" stroke-width=\"2\"/>\n"
                out += "<text x=\"\(svgNumber(x + 11))\" y=\"\(svgNumber(middle + 4))\" fill=\"#1a1a1a\">\(Escaped.svg(entry.when))</text>\n"
            } else {
                let x1 = scale.x(entry.start.ordinal), x2 = scale.x(entry.end.ordinal + 1)
                out += "<rect x=\"\(svgNumber(x1 + 1))\" y=\"\(svgNumber(y + 5))\" width=\"\(svgNumber(max(x2 - x1 - 2, 3)))\" height=\"\(svgNumber(Self.rowHeight - 10))\" rx=\"3\" fill=\"\(entry.isOpen ? "#9fb6cf" : "#154273")\"/>\n"
            }
            out += "</a>\n"
        }
        out += "</g>\n"
        return out
    }
}
