/// An *opgave*: one of the plan's joint challenges.
public struct Challenge: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var number: Int
    public var title: String
    /// *Aandachtsvelden*: what the challenge is about, as the plan describes it.
    public var focus: String?
    /// What the NOVI status adds for this challenge.
    public var addedValue: [String]
    public var themes: [String]

    public init(id: String, number: Int, title: String, focus: String? = nil, addedValue: [String] = [], themes: [String] = []) {
        self.id = id
        self.number = number
        self.title = title
        self.focus = focus
        self.addedValue = addedValue
        self.themes = themes
    }

    enum CodingKeys: String, CodingKey { case id, number, title, focus, addedValue, themes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            number: try c.decode(Int.self, forKey: .number),
            title: try c.decode(String.self, forKey: .title),
            focus: try c.decodeIfPresent(String.self, forKey: .focus),
            addedValue: try c.decodeIfPresent([String].self, forKey: .addedValue) ?? [],
            themes: try c.decodeIfPresent([String].self, forKey: .themes) ?? [])
    }
}
