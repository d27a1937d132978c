/// An amount of capacity as the plan and its readers write it: FTE, days a week times persons,
/// possibly approximate (*circa*), or *PM* (pro memorie: named, not yet quantified — not zero).
public struct CapacityAmount: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Quantity: Sendable, Hashable, Codable {
        case fte(FTE)
        /// Kept as entered, so a screen can show '1,5 d/w x 4' beside its 1,2 fte.
        case days(DaysPerWeek, persons: Int)
    }

    /// Nil for PM.
    public var quantity: Quantity?
    public var isApproximate: Bool

    public init(quantity: Quantity?, isApproximate: Bool = false) {
        self.quantity = quantity
        self.isApproximate = isApproximate
    }

    public static let pm = CapacityAmount(quantity: nil)

    public static func fte(_ value: FTE, approximate: Bool = false) -> CapacityAmount {
        CapacityAmount(quantity: .fte(value), isApproximate: approximate)
    }

    public static func days(_ days: DaysPerWeek, persons: Int, approximate: Bool = false) -> CapacityAmount {
        CapacityAmount(quantity: .days(days, persons: persons), isApproximate: approximate)
    }

    public var isPM: Bool { quantity == nil }

    /// The FTE this amount stands for; nil for PM, which has no number yet.
    public var fte: FTE? {
        switch quantity {
        case let .fte(value): value
        case let .days(days, persons): FTE(days: days, persons: persons)
        case nil: nil
        }
    }

    /// A text the parser reads back to the same amount ('ca 1.5 d/w x 4', 'PM').
    public var description: String {
        let prefix = isApproximate ? "ca " : ""
        switch quantity {
        case let .fte(value): return "\(prefix)\(value) fte"
        case let .days(days, persons): return "\(prefix)\(days) d/w x \(persons)"
        case nil: return "PM"
        }
    }
}
