/// One measurement of a target: what was found on a day, and where it comes from.
///
/// Named `TargetMeasurement`, not `Measurement`, so it never clashes with Foundation's
/// `Measurement` in a file that imports both.
public struct TargetMeasurement: Codable, Sendable, Equatable, Identifiable {
    /// What was read, in the shape the target's kind needs.
    public enum Reading: Codable, Sendable, Equatable {
        /// Relative growth: the region's and the benchmark's indexed values (e.g. BRP, baseline year = 100).
        case indexedGrowth(region: Double, benchmark: Double)
        /// Gap closure: one indicator for the region and for the rest of the country.
        case gap(indicator: String, region: Double, restOfCountry: Double, higherIsBetter: Bool)
        /// A count towards a level (homes on residual heat; percent of households).
        case count(Double)
        /// A milestone, or a target in words: reached on the measurement's date, or not yet.
        case reached(Bool)

        /// The target kinds this reading can measure.
        public var fits: [Target.Kind] {
            switch self {
            case .indexedGrowth: [.relativeGrowth]
            case .gap: [.gapClosure]
            case .count: [.count]
            case .reached: [.milestone, .qualitative]
            }
        }
    }

    public var id: String
    public var target: String
    /// `yyyy-mm-dd`: the day the figure is about (not the day it was typed in).
    public var date: String
    public var reading: Reading
    /// Where the figure comes from (CBS StatLine table, a board decision, a letter).
    public var source: String
    public var note: String?

    public init(id: String, target: String, date: String, reading: Reading, source: String, note: String? = nil) {
        self.id = id
        self.target = target
        self.date = date
        self.reading = reading
        self.source = source
        self.note = note
    }
}
