import Core

/// Capacity and money as a person reads them on screen: '10,9 fte', 'circa 1,6 fte + PM',
/// '€ 825.000'. Machines get plain dot decimals instead (CSV) or integer cents (the API).
extension Localizer {
    private var decimalMark: String {
        switch language {
        case .dutch: ","
        }
    }

    /// A fixed-point figure with the language's grouping and decimal mark, without trailing zeros.
    private func fixed(_ value: Int, scale: Int) -> String {
        let whole = Int(value.magnitude) / scale
        var fraction = Int(value.magnitude) % scale
        var digits = String(scale).count - 1
        var text = (value < 0 ? "-" : "") + number(whole)
        guard fraction != 0 else { return text }
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        text += decimalMark + String(repeating: "0", count: digits - String(fraction).count) + String(fraction)
        return text
    }

    func fte(_ value: FTE) -> String { "\(fixed(value.thousandths, scale: FTE.scale)) fte" }

    /// '+0,2 fte', '-0,1 fte': how far Stip's sum is from the plan's.
    func fteDifference(_ value: FTE) -> String { (value.thousandths > 0 ? "+" : "") + fte(value) }

    func days(_ days: DaysPerWeek) -> String { fixed(days.hundredths, scale: DaysPerWeek.scale) }

    /// '€ 825.000', '€ 125.000,50', '-€ 250'.
    func euros(_ money: Money) -> String {
        let magnitude = Int(money.cents.magnitude)
        let cents = magnitude % 100
        let text = "€ " + number(magnitude / 100) + (cents == 0 ? "" : decimalMark + (cents < 10 ? "0" : "") + String(cents))
        return money.cents < 0 ? "-" + text : text
    }

    /// '+€ 2.000' for a difference.
    func eurosDifference(_ money: Money) -> String { (money.cents > 0 ? "+" : "") + euros(money) }

    /// Euros as typed in a form: '75.000', '125.000,50'.
    func eurosTyped(_ money: Money) -> String { String(euros(money).replacingOccurrences(of: "€ ", with: "")) }

    func capacity(_ amount: CapacityAmount) -> String {
        guard let fte = amount.fte else { return "PM" }
        return (amount.isApproximate ? self(.money(.circa)) + " " : "") + self.fte(fte)
    }

    /// How an amount was entered when it was days a week: '1,5 d/w × 4'.
    func daysForm(_ amount: CapacityAmount) -> String? {
        guard case let .days(days, persons) = amount.quantity else { return nil }
        return "\(self.days(days)) d/w × \(persons)"
    }

    /// A total: 'circa 10,9 fte', '1,6 fte + PM', 'PM', or '–' for nothing at all.
    func capacity(_ sum: CapacitySum) -> String {
        if sum.isEmpty { return "–" }
        if sum.isPMOnly { return "PM" }
        return (sum.isApproximate ? self(.money(.circa)) + " " : "") + fte(sum.fte) + (sum.hasPM ? " + PM" : "")
    }

    func cost(_ cost: CapacityCost) -> String {
        if cost.isEmpty { return "–" }
        if cost.isPMOnly { return "PM" }
        return euros(cost.amount) + (cost.hasPM ? " + PM" : "")
    }
}
