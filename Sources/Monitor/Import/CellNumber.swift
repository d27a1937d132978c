/// What a cell holds, read straight from its bytes (no `String`, no `NumberFormatter`).
enum CellNumber: Equatable {
    case number(Double)
    /// A CBS marker for a missing or secret value, or an empty cell.
    case missing
    case invalid

    /// The markers CBS and PDOK write for missing or secret values: `.` (unknown, too
    /// unreliable or secret: StatLine), `x` (secret: older CBS tables), `-99999999` (no value)
    /// and `-99999997` (secret) in the wijk- en buurtkaart, `-99997` in newer PDOK layers.
    /// An empty cell is missing too ("cannot occur" in StatLine, "not measured" at RIVM).
    static let markers: [[UInt8]] = [".", "x", "X", "-99999999", "-99999997", "-99997"].map { Array($0.utf8) }

    static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// Reads one cell; spaces around it are ignored, a decimal comma is read as a point
    /// (CBS's Dutch downloads write `1,5`).
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> CellNumber {
        var lower = 0, upper = cell.count
        while lower < upper, cell[lower].isBlank { lower += 1 }
        while upper > lower, cell[upper - 1].isBlank { upper -= 1 }
        if lower == upper { return .missing }
        if upper - lower <= 9, isMarker(cell, lower, upper) { return .missing }

        var i = lower
        var negative = false
        if cell[i] == UInt8(ascii: "-") || cell[i] == UInt8(ascii: "+") {
            negative = cell[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, decimals = 0
        var seenSeparator = false
        while i < upper {
            let b = cell[i]
            if b &- UInt8(ascii: "0") < 10 {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b &- UInt8(ascii: "0")) }
                digits += 1
                if seenSeparator { decimals += 1 }
            } else if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) && !seenSeparator {
                seenSeparator = true
            } else {
                break
            }
            i += 1
        }
        if digits == 0 { return .invalid }
        if i == upper, digits <= 15, decimals < powersOfTen.count {
            // Both operands are exact doubles, so one division rounds correctly (Clinger's fast path).
            let value = decimals == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[decimals]
            return .number(negative ? -value : value)
        }
        return slowPath(cell, lower, upper)
    }

    private static func isMarker(_ cell: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
        // Every marker starts with one of these; most cells start with a digit and stop here.
        let first = cell[lower]
        guard first == UInt8(ascii: ".") || first == UInt8(ascii: "-") || first | 0x20 == UInt8(ascii: "x") else { return false }
        return markers.contains { marker in
            marker.count == upper - lower && marker.indices.allSatisfy { marker[$0] == cell[lower + $0] }
        }
    }

    /// Long mantissas and exponents go to the standard library's correctly rounded parser.
    private static func slowPath(_ cell: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> CellNumber {
        let text = String(decoding: cell[lower..<upper].map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
        guard text.utf8.allSatisfy({ $0 < 0x80 && ($0 &- 0x30 < 10 || "+-.eE".utf8.contains($0)) }),
              let value = Double(text), value.isFinite else { return .invalid }
        return .number(value)
    }
}
