/// An amount of euros in whole cents: budgets, coverage and the price of capacity add up exactly.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var cents: Int

    public init(cents: Int) {
        self.cents = cents
    }

    public init(euros: Int) {
        self.cents = euros * 100
    }

    public static let zero = Money(cents: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// Plain dot decimals for machines ('125000', '0.5'); the App formats '€ 125.000' per language.
    public var description: String {
        FixedPoint.text(cents, scale: 100)
    }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}
