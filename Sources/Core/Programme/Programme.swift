/// A *lopend programma*: something already running that action lines build on.
public struct Programme: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?
    public var organisations: [String]

    public init(id: String, name: String, description: String? = nil, organisations: [String] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.organisations = organisations
    }

    enum CodingKeys: String, CodingKey { case id, name, description, organisations }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            description: try c.decodeIfPresent(String.self, forKey: .description),
            organisations: try c.decodeIfPresent([String].self, forKey: .organisations) ?? [])
    }
}
