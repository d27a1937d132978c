/// An investment on the *Regionale Investeringsagenda* (ch. 5): money for an action line from
/// one source, at some stage between wished for and spent.
public struct Investment: Sendable, Hashable, Codable, Identifiable {
    /// Where the money comes from, as the plan lists them: 'bedrijfsleven, regio, Rijk en EU'.
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// *bedrijfsleven*
        case business
        /// *regio*: province, municipalities, regional bodies.
        case region
        /// *Rijk*
        case nationalGovernment
        case eu
    }

    /// From wish to fact, in this order.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// *gewenst*
        case desired
        /// *verwacht*
        case expected
        /// *toegezegd*
        case committed
        /// *gerealiseerd*
        case realised

        public static func < (lhs: Status, rhs: Status) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var id: String
    public var actionLine: String
    public var source: Source
    public var status: Status
    public var amount: Money
    public var description: String

    public init(id: String, actionLine: String, source: Source, status: Status, amount: Money, description: String) {
        self.id = id
        self.actionLine = actionLine
        self.source = source
        self.status = status
        self.amount = amount
        self.description = description
    }
}
