/// What capacity is committed to: a row of the *Tabel Mensen*.
public struct CapacityActivity: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Het ambtelijk regieteam (with the secretary of the bestuurlijke katalysator).
        case steeringTeam
        /// One opgaveteam.
        case taskTeam
        /// The opgaveteams together: capacity a party gives to the teams without dividing it.
        case taskTeams
        case communicationTeam
        /// De Vereniging van programmamanagers.
        case programmeManagers
        /// Preparing and writing the plan itself (2020).
        case planPreparation
        case other
    }

    public var id: String
    /// As the plan writes the row.
    public var name: String
    public var kind: Kind
    /// The activity whose subtotal this one counts towards (each opgaveteam -> the opgaveteams).
    public var partOf: String?
    /// The body or task team of the collaboration structure this is the staffing of, if any.
    public var body: String?
    public var team: String?

    public init(id: String, name: String, kind: Kind, partOf: String? = nil, body: String? = nil, team: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.partOf = partOf
        self.body = body
        self.team = team
    }
}
