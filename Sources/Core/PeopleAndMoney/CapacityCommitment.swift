/// *Inzet*: what one party commits to one activity in one year.
public struct CapacityCommitment: Sendable, Hashable, Codable, Identifiable {
    public var year: Int
    public var activity: String
    public var party: String
    public var amount: CapacityAmount
    /// The plan's *toelichting* for this cell ('1,5 d /w x 4 = 6 d /wk', 'betrokken bij commun. mijlpalen').
    public var note: String?

    public init(year: Int, activity: String, party: String, amount: CapacityAmount, note: String? = nil) {
        self.year = year
        self.activity = activity
        self.party = party
        self.amount = amount
        self.note = note
    }

    /// One commitment per year, activity and party: a cell of the table.
    public var id: String { "\(year)-\(activity)-\(party)" }
}
