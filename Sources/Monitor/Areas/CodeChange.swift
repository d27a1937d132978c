/// One step of a crosswalk: the code `from` of the division before `year` continues as `to`
/// in the division of `year`. Several changes with one `to` are a merger; a merger into a
/// municipality that keeps its code lists that code too (`GM0363 → GM0363` beside
/// `GM0457 → GM0363` when Weesp joined Amsterdam), so that its earlier value is known to be a part.
public struct CodeChange: Hashable, Sendable {
    /// The first year of the new division.
    public var year: Int
    public var from: AreaCode
    public var to: AreaCode

    public init(year: Int, from: AreaCode, to: AreaCode) {
        self.year = year
        self.from = from
        self.to = to
    }
}
