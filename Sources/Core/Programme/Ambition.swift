/// An *ambitie*: what Rijk and regio want to reach, with its measurable targets.
public struct Ambition: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The challenge it belongs to; the Samenwerking ambition spans them all and has none.
    public var challenge: String?
    public var number: Int?
    public var title: String
    public var text: String
    public var note: String?
    public var targets: [Target]

    public init(id: String, challenge: String? = nil, number: Int? = nil, title: String, text: String, note: String? = nil, targets: [Target] = []) {
        self.id = id
        self.challenge = challenge
        self.number = number
        self.title = title
        self.text = text
        self.note = note
        self.targets = targets
    }

    enum CodingKeys: String, CodingKey { case id, challenge, number, title, text, note, targets }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            challenge: try c.decodeIfPresent(String.self, forKey: .challenge),
            number: try c.decodeIfPresent(Int.self, forKey: .number),
            title: try c.decode(String.self, forKey: .title),
            text: try c.decode(String.self, forKey: .text),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            targets: try c.decodeIfPresent([Target].self, forKey: .targets) ?? [])
    }
}

/// A measurable target of an ambition, as the plan writes it.
public struct Target: Codable, Sendable, Equatable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Growth relative to a benchmark (5% more regional GDP than the national trend).
        case relativeGrowth
        /// Closing a gap by a year (youth as healthy as the rest of NL by 2050).
        case gapClosure
        /// A count reaching a level (250,000 homes on residual heat).
        case count
        /// A dated milestone (site choice 2024).
        case milestone
        /// Stated in words only.
        case qualitative
    }

    public var id: String
    public var text: String
    public var kind: Kind
    public var year: Int?
    public var approximate: Bool
    /// The figure the target names (5 percent, 250,000 homes).
    public var value: Double?
    public var unit: String?

    public init(id: String, text: String, kind: Kind, year: Int? = nil, approximate: Bool = false, value: Double? = nil, unit: String? = nil) {
        self.id = id
        self.text = text
        self.kind = kind
        self.year = year
        self.approximate = approximate
        self.value = value
        self.unit = unit
    }

    enum CodingKeys: String, CodingKey { case id, text, kind, year, approximate, value, unit }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            text: try c.decode(String.self, forKey: .text),
            kind: try c.decode(Kind.self, forKey: .kind),
            year: try c.decodeIfPresent(Int.self, forKey: .year),
            approximate: try c.decodeIfPresent(Bool.self, forKey: .approximate) ?? false,
            value: try c.decodeIfPresent(Double.self, forKey: .value),
            unit: try c.decodeIfPresent(String.self, forKey: .unit))
    }
}
