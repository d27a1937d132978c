/// An *actielijn* of the implementation programme (ch. 5).
public struct ActionLine: Codable, Sendable, Equatable, Identifiable {
    /// One item of the line's *Voortbouwen op* list.
    public struct BuildsOn: Codable, Sendable, Equatable {
        /// As the plan writes it.
        public var text: String
        public var programme: String

        public init(text: String, programme: String) {
            self.text = text
            self.programme = programme
        }
    }

    /// The line's *Investeerders en overige betrokkenen*.
    public struct Stakeholders: Codable, Sendable, Equatable {
        /// As the plan writes it.
        public var text: String
        /// The organisations that text names.
        public var organisations: [String]

        public init(text: String, organisations: [String]) {
            self.text = text
            self.organisations = organisations
        }
    }

    public var id: String
    public var number: Int
    public var title: String
    public var ambition: String
    /// The ambition as this line's page in ch. 5 words it.
    public var ambitionText: String?
    public var buildsOn: [BuildsOn]
    public var stakeholders: Stakeholders
    public var shortTermNote: String?
    public var outlookNote: String?
    public var addedValue: [String]

    public init(
        id: String, number: Int, title: String, ambition: String, ambitionText: String? = nil,
        buildsOn: [BuildsOn] = [], stakeholders: Stakeholders, shortTermNote: String? = nil,
        outlookNote: String? = nil, addedValue: [String] = []
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.ambition = ambition
        self.ambitionText = ambitionText
        self.buildsOn = buildsOn
        self.stakeholders = stakeholders
        self.shortTermNote = shortTermNote
        self.outlookNote = outlookNote
        self.addedValue = addedValue
    }
}
