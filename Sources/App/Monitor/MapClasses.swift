import Monitor

/// The classes a choropleth colours by: five quantile classes (each about a fifth of the areas),
/// or five classes of equal width between the lowest and highest value.
struct MapClasses: Sendable, Equatable {
    struct Class: Sendable, Equatable {
        var lower: Double
        var upper: Double
        var colour: String
        var count: Int
    }

    var classes: [Class]

    /// Light to dark, colour-blind safe (ColorBrewer YlGnBu), dark enough at the top for white borders.
    static let palette = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
    static let missing = "#d9d9d9"

    init(_ values: [Double], legend: MonitorQuery.Legend) {
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
        }
        // Many equal values make equal breaks; a class that holds nothing is left out.
        var classes: [Class] = []
        for index in 0..<count where index == 0 || breaks[index] > breaks[index - 1] || breaks[index + 1] > breaks[index] {
            classes.append(Class(lower: breaks[index], upper: breaks[index + 1], colour: Self.palette[index], count: 0))
        }
        var unique: [Class] = []
        for item in classes where !(unique.last.map { $0.lower == item.lower && $0.upper == item.upper } ?? false) { unique.append(item) }
        self.classes = unique
        for value in sorted { if let position = position(of: value) { self.classes[position].count += 1 } }
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
