/// Full-time equivalents in thousandths, so sums of capacity are exact and '10,9' stays 10,9.
public struct FTE: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Thousandths per FTE: the finest precision Stip keeps.
    public static let scale = 1000
    /// Days a week that make one FTE (the plan: '1,5 d/w x 4 = 6 d/wk' is 1,2 fte).
    public static let daysPerWeek = 5

    public var thousandths: Int

    public init(thousandths: Int) {
        self.thousandths = thousandths
    }

    /// Whole FTEs: `FTE(2)`.
    public init(_ whole: Int) {
        self.thousandths = whole * Self.scale
    }

    /// The FTE that `persons` people working `days` a week each add up to.
    public init(days: DaysPerWeek, persons: Int) {
        // hundredths of a day -> thousandths of an FTE: x 1000 / (100 x 5) = x 2, exactly.
        self.thousandths = days.hundredths * persons * Self.scale / (DaysPerWeek.scale * Self.daysPerWeek)
    }

    public static let zero = FTE(thousandths: 0)

    public static func + (lhs: FTE, rhs: FTE) -> FTE { FTE(thousandths: lhs.thousandths + rhs.thousandths) }
    public static func - (lhs: FTE, rhs: FTE) -> FTE { FTE(thousandths: lhs.thousandths - rhs.thousandths) }
    public static func += (lhs: inout FTE, rhs: FTE) { lhs.thousandths += rhs.thousandths }
    public static func < (lhs: FTE, rhs: FTE) -> Bool { lhs.thousandths < rhs.thousandths }

    /// Plain dot decimals for machines and logs ('1.2', '10.9', '-0.1'); screens format per language.
    public var description: String {
        FixedPoint.text(thousandths, scale: Self.scale)
    }
}

/// Days a week per person, in hundredths of a day ('1,5 d/w' is 150).
public struct DaysPerWeek: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public static let scale = 100

    public var hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public static func < (lhs: DaysPerWeek, rhs: DaysPerWeek) -> Bool { lhs.hundredths < rhs.hundredths }

    public var description: String {
        FixedPoint.text(hundredths, scale: Self.scale)
    }
}

/// Writes a fixed-point integer as a dot decimal without trailing zeros.
enum FixedPoint {
    static func text(_ value: Int, scale: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = magnitude / UInt(scale)
        var fraction = magnitude % UInt(scale)
        guard fraction != 0 else { return "\(sign)\(whole)" }
        var digits = String(scale).count - 1
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let padded = String(repeating: "0", count: digits - String(fraction).count) + String(fraction)
        return "\(sign)\(whole).\(padded)"
    }
}
