/// An *actie*: a short-term action (2020-2021) or an outlook item (2022 and later) of an action line.
public struct Action: Codable, Sendable, Equatable, Identifiable {
    public enum Term: String, Codable, Sendable, CaseIterable {
        /// *Korte termijn (2020-2021)*.
        case short
        /// *Doorkijk 2022 en verder*.
        case outlook
    }

    /// Where in the line's pages the plan lists it.
    public enum Section: String, Codable, Sendable, CaseIterable {
        case main
        /// The Chemelot appendix: actions of the *Ontwikkelagenda Chemelot Circular Hub*.
        case ontwikkelagenda
    }

    /// Where an action stands (*gepland, lopend, afgerond, vervallen*).
    public enum Status: String, Codable, Sendable, CaseIterable {
        case planned, running, done, cancelled
    }

    public var id: String
    public var line: String
    /// Order within its line.
    public var position: Int
    public var title: String
    public var term: Term
    public var section: Section
    /// The period the plan dates it in, if any.
    public var period: String?
    /// An outlook item's year ('2024: keuze voor de vestigingslocatie').
    public var year: Int?
    /// The plan writes 'ca' before the year.
    public var approximate: Bool
    public var details: [String]
    public var status: Status
    /// The team that carries it; when nil, the team of its action line.
    public var ownerTeam: String?
    public var ownerOrganisation: String?
    /// Goes up with every saved edit, so an edit made from an older copy is caught.
    public var version: Int

    public init(
        id: String, line: String, position: Int, title: String, term: Term, section: Section = .main,
        period: String? = nil, year: Int? = nil, approximate: Bool = false, details: [String] = [],
        status: Status = .planned, ownerTeam: String? = nil, ownerOrganisation: String? = nil, version: Int = 1
    ) {
        self.id = id
        self.line = line
        self.position = position
        self.title = title
        self.term = term
        self.section = section
        self.period = period
        self.year = year
        self.approximate = approximate
        self.details = details
        self.status = status
        self.ownerTeam = ownerTeam
        self.ownerOrganisation = ownerOrganisation
        self.version = version
    }

    /// Whether the plan puts it on a calendar: a period or a year.
    public var isDated: Bool { period != nil || year != nil }
}
