/// An organisation the plan names: a party that invests, takes part or is otherwise involved.
public struct Organisation: Codable, Sendable, Equatable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case ministry, province, municipality, regionalBody, waterBoard, knowledgeInstitution
        case company, civilSociety, crossBorderBody, foreignGovernment
        /// A kind of party rather than one organisation ('woningcorporaties', 'scholen').
        case group
    }

    public enum Country: String, Codable, Sendable, CaseIterable {
        case nl = "NL", be = "BE", de = "DE", eu = "EU"
    }

    public var id: String
    public var name: String
    /// Other spellings the plan uses for the same organisation.
    public var aliases: [String]
    public var kind: Kind
    public var country: Country
    /// Sections where the plan names it outside the stakeholder lists.
    public var mentions: [String]

    public init(id: String, name: String, aliases: [String] = [], kind: Kind, country: Country, mentions: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.country = country
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case id, name, aliases, kind, country, mentions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            kind: try c.decode(Kind.self, forKey: .kind),
            country: try c.decode(Country.self, forKey: .country),
            mentions: try c.decodeIfPresent([String].self, forKey: .mentions) ?? [])
    }
}
