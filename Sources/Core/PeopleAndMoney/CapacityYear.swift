/// One year's *Tabel Mensen* apart from its commitments: the rows in the plan's order with
/// their notes, the rate to translate FTE into euros, and the totals the plan itself states.
public struct CapacityYear: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var activity: String
        /// The row's *toelichting* ('in reguliere tijd?').
        public var note: String?
        /// The plan's own subtotal of this row with its parts, per party, where it gives one
        /// ('Totaal bemensing opgaveteams': circa 8,5 fte for the municipalities).
        public var stated: [String: CapacityAmount]

        public init(activity: String, note: String? = nil, stated: [String: CapacityAmount] = [:]) {
            self.activity = activity
            self.note = note
            self.stated = stated
        }
    }

    public var year: Int
    public var note: String?
    public var rows: [Row]
    /// Editable: the plan uses EUR 75,000 per FTE per year for 2021 and names none for 2020.
    public var rate: CapacityRate?
    /// How the plan explains the translation ('financiele vertaling van personele inzet in euro's (75 K per fte)').
    public var rateNote: String?
    /// The plan's totals row, per party and overall, as stated ('circa 11 fte', 'ca 16 fte').
    public var statedTotals: [String: CapacityAmount]
    public var statedOverall: CapacityAmount?
    /// The heading of the plan's totals row ('Totaal geschat 2021').
    public var statedLabel: String?

    public init(year: Int, note: String? = nil, rows: [Row], rate: CapacityRate? = nil, rateNote: String? = nil,
                statedTotals: [String: CapacityAmount] = [:], statedOverall: CapacityAmount? = nil, statedLabel: String? = nil) {
        self.year = year
        self.note = note
        self.rows = rows
        self.rate = rate
        self.rateNote = rateNote
        self.statedTotals = statedTotals
        self.statedOverall = statedOverall
        self.statedLabel = statedLabel
    }
}
