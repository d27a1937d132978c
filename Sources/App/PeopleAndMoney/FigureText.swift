import Foundation
import Core

/// Capacity and money as a person reads them on screen: '10,9 fte', 'circa 1,6 fte + PM',
/// '€ 825.000'. Machines get plain dot decimals instead (CSV) or integer cents (the API).
extension Localizer {
    func fte(_ value: FTE) -> String { self(.money(.fteAmount(fixed(value.thousandths, scale: FTE.scale)))) }

    /// '+0,2 fte', '-0,1 fte': how far Stip's sum is from the plan's.
    func fteDifference(_ value: FTE) -> String { (value.thousandths > 0 ? "+" : "") + fte(value) }

    func days(_ days: DaysPerWeek) -> String { fixed(days.hundredths, scale: DaysPerWeek.scale) }

    /// '€ 825.000', '€ 125.000,50' in Dutch; '€825,000' in English, '825.000 €' in German, '825 000 €' in French.
    func euros(_ money: Money) -> String {
        let whole = money.cents % 100 == 0
        return (Decimal(money.cents) / 100).formatted(.currency(code: "EUR").locale(locale).precision(.fractionLength(whole ? 0 : 2)))
    }

    /// '+€ 2.000' for a difference.
    func eurosDifference(_ money: Money) -> String { (money.cents > 0 ? "+" : "") + euros(money) }

    /// Euros as typed in a form, in the person's notation ('75.000', '125.000,50'; '75,000' in
    /// English), which the form reads back (`ScreenLanguage.dutchNotation`) to the same amount.
    func eurosTyped(_ money: Money) -> String {
        language.ownNotation((Decimal(money.cents) / 100).formatted(
            .number.locale(ScreenLanguage.dutch.locale).precision(.fractionLength(money.cents % 100 == 0 ? 0 : 2))))
    }

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
