/// What one FTE for a year costs, to translate capacity into euros (the plan: '75 K per fte' in 2021).
public struct CapacityRate: Sendable, Hashable, Codable {
    public var perFTEPerYear: Money

    public init(perFTEPerYear: Money) {
        self.perFTEPerYear = perFTEPerYear
    }

    /// The cost of `fte`, rounded to the cent, halves away from zero.
    public func cost(of fte: FTE) -> Money {
        let product = perFTEPerYear.cents * fte.thousandths
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: FTE.scale)
        let roundAway = remainder.magnitude * 2 >= UInt(FTE.scale)
        return Money(cents: quotient + (roundAway ? product.signum() : 0))
    }

    /// The cost of a total; PM stays PM, since an unquantified amount has no price yet.
    public func cost(of sum: CapacitySum) -> CapacityCost {
        CapacityCost(amount: cost(of: sum.fte), hasPM: sum.hasPM, isPMOnly: sum.isPMOnly,
                     isApproximate: sum.isApproximate, isEmpty: sum.isEmpty)
    }
}

/// Capacity translated into euros, carrying the total's '+ PM' and *circa* along.
public struct CapacityCost: Sendable, Hashable, Codable, CustomStringConvertible {
    public var amount: Money
    public var hasPM: Bool
    public var isPMOnly: Bool
    public var isApproximate: Bool
    public var isEmpty: Bool

    public init(amount: Money, hasPM: Bool = false, isPMOnly: Bool = false, isApproximate: Bool = false, isEmpty: Bool = false) {
        self.amount = amount
        self.hasPM = hasPM
        self.isPMOnly = isPMOnly
        self.isApproximate = isApproximate
        self.isEmpty = isEmpty
    }

    public var description: String {
        if isEmpty { return "-" }
        if isPMOnly { return "PM" }
        return "\(isApproximate ? "ca " : "")EUR \(amount)\(hasPM ? " + PM" : "")"
    }
}
