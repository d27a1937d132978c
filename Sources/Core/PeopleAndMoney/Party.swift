/// A party that commits capacity or funds the budget: a column of the plan's tables.
///
/// Its id is an organisation's id, so any organisation can become a party; `label` is the
/// column heading as the plan writes it ('Gemeenten incl. Parkstad' for the municipalities).
public struct Party: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
