import Monitor

/// The classes a choropleth colours by: five quantile classes (each about a fifth of the areas),
/// five classes of equal width between the lowest and highest value, or five bands of equal
/// width symmetric around a centre (the national value; see `MapCentre`).
struct MapClasses: Sendable, Equatable {
    /// Where a class lies against the centre, for the legend around the national value.
    enum Band: Int, Sendable, Equatable, CaseIterable {
        case farBelow, below, around, above, farAbove
    }

    struct Class: Sendable, Equatable {
        var lower: Double
        var upper: Double
        var colour: String
        var count: Int
        /// Set for the bands around a centre only.
        var band: Band? = nil
    }

    var classes: [Class]

    /// Light to dark, colour-blind safe (ColorBrewer YlGnBu), dark enough at the top for white borders.
    static let palette = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
    /// Below the centre orange, above it purple, the centre near white (ColorBrewer PuOr,
    /// colour-blind safe): a diverging scale that does not say red is bad, since for an
    /// indicator where higher is worse "above NL" is not good news.
    static let divergingPalette = ["#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"]
    static let missing = "#d9d9d9"
    /// Borders between areas: white, but grey with the diverging palette, whose near-white middle would lose its outlines.
    static func border(_ legend: MonitorQuery.Legend) -> String { legend == .aroundNational ? "#8c8c8c" : "#ffffff" }

    /// `centre` is used by `.aroundNational` only; without one the values' median stands in.
    init(_ values: [Double], legend: MonitorQuery.Legend, centre: Double? = nil) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let low = sorted.first, let high = sorted.last else {
            classes = []
            return
        }
        let count = Self.palette.count
        var breaks: [Double]
        switch legend {
        case .quantiles:
            breaks = (0...count).map { Percentile.type7(sortedAscending: sorted, probability: Double($0) / Double(count))! }
        case .equalIntervals:
            breaks = (0...count).map { low + (high - low) * Double($0) / Double(count) }
        case .aroundNational:
            let centre = centre.flatMap { $0.isFinite ? $0 : nil } ?? Percentile.type7(sortedAscending: sorted, probability: 0.5)!
            classes = Self.bands(around: centre, sortedValues: sorted)
            countValues(sorted)
            return
        }
        // Many equal values make equal breaks; a class that holds nothing is left out.
        var classes: [Class] = []
        for index in 0..<count where index == 0 || breaks[index] > breaks[index - 1] || breaks[index + 1] > breaks[index] {
            classes.append(Class(lower: breaks[index], upper: breaks[index + 1], colour: Self.palette[index], count: 0))
        }
        var unique: [Class] = []
        for item in classes where !(unique.last.map { $0.lower == item.lower && $0.upper == item.upper } ?? false) { unique.append(item) }
        self.classes = unique
        countValues(sorted)
    }

    /// Five bands of one width `w`, symmetric around the centre: `around` is centre ± w/2,
    /// `below` and `above` the next w on either side, the outer two open-ended (their outer
    /// bound is the lowest or highest value; centre ± 2.5 w when they hold none, which the
    /// legend does not show).
    /// `w` is a fifth of twice the reach, the reach being the larger distance from the centre
    /// to the 5th or the 95th percentile of the values (type 7): the nominal bands span
    /// centre ± reach, so a few outliers do not squeeze every other area into the middle band.
    /// All five are kept even when empty, so the middle colour always means "around the centre".
    /// Values with no spread around the centre make one band, `around`.
    static func bands(around centre: Double, sortedValues sorted: [Double]) -> [Class] {
        guard let low = sorted.first, let high = sorted.last else { return [] }
        let p5 = Percentile.type7(sortedAscending: sorted, probability: 0.05)!
        let p95 = Percentile.type7(sortedAscending: sorted, probability: 0.95)!
        var reach = max(abs(p5 - centre), abs(p95 - centre))
        if reach == 0 { reach = max(abs(low - centre), abs(high - centre)) }
        guard reach > 0 else {
            return [Class(lower: centre, upper: centre, colour: divergingPalette[Band.around.rawValue], count: 0, band: .around)]
        }
        let width = reach / 2.5
        let inner = [centre - 1.5 * width, centre - 0.5 * width, centre + 0.5 * width, centre + 1.5 * width]
        let edges = [low < inner[0] ? low : centre - 2.5 * width] + inner + [high > inner[3] ? high : centre + 2.5 * width]
        return Band.allCases.map { band in
            Class(lower: edges[band.rawValue], upper: edges[band.rawValue + 1], colour: divergingPalette[band.rawValue], count: 0, band: band)
        }
    }

    private mutating func countValues(_ sorted: [Double]) {
        for value in sorted { if let position = position(of: value) { classes[position].count += 1 } }
    }

    /// The class of a value: upper bounds are inclusive, the first class includes its lower bound.
    func position(of value: Double) -> Int? {
        guard value.isFinite, !classes.isEmpty else { return nil }
        return classes.firstIndex { value <= $0.upper } ?? classes.count - 1
    }

    func colour(_ value: Double?) -> String {
        value.flatMap(position(of:)).map { classes[$0].colour } ?? Self.missing
    }
}
