/// A total of capacity amounts: the quantified FTE, plus '+ PM' when any PM amount entered it,
/// approximate when any approximate amount did. An empty cell is not a zero cell.
public struct CapacitySum: Sendable, Hashable, Codable, CustomStringConvertible {
    public var fte: FTE
    /// How many amounts entered the total, and how many of them were PM.
    public var count: Int
    public var pmCount: Int
    public var isApproximate: Bool

    public init(fte: FTE = .zero, count: Int = 0, pmCount: Int = 0, isApproximate: Bool = false) {
        self.fte = fte
        self.count = count
        self.pmCount = pmCount
        self.isApproximate = isApproximate
    }

    public init(_ amounts: some Sequence<CapacityAmount>) {
        self.init()
        for amount in amounts { add(amount) }
    }

    public static let empty = CapacitySum()

    public var isEmpty: Bool { count == 0 }
    /// Shown as '+ PM' after the number.
    public var hasPM: Bool { pmCount > 0 }
    /// Nothing quantified, only PM: shown as 'PM' alone.
    public var isPMOnly: Bool { count > 0 && pmCount == count }

    public mutating func add(_ amount: CapacityAmount) {
        count += 1
        if let value = amount.fte { fte += value } else { pmCount += 1 }
        isApproximate = isApproximate || amount.isApproximate
    }

    public static func + (lhs: CapacitySum, rhs: CapacitySum) -> CapacitySum {
        CapacitySum(fte: lhs.fte + rhs.fte, count: lhs.count + rhs.count, pmCount: lhs.pmCount + rhs.pmCount,
                    isApproximate: lhs.isApproximate || rhs.isApproximate)
    }

    /// Plain text for logs and tests: '10.9 fte', 'ca 1.6 fte + PM', 'PM', '-'.
    public var description: String {
        if isEmpty { return "-" }
        if isPMOnly { return "PM" }
        return "\(isApproximate ? "ca " : "")\(fte) fte\(hasPM ? " + PM" : "")"
    }
}

extension CapacityAmount {
    /// The amount as a one-entry total, so stated figures and computed sums compare alike.
    public var sum: CapacitySum { CapacitySum([self]) }
}
