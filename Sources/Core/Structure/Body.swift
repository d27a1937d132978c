/// A *gremium* of the collaboration structure (ch. 4.3): the bodies that steer, coordinate and
/// support the network of task teams.
public struct Body: Codable, Sendable, Equatable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Bestuurlijk Kernoverleg: the *bestuurlijk opdrachtgever*.
        case commissioningBoard
        /// Netwerk van directeuren Rijk-regio.
        case directorsNetwork
        /// Ambtelijke regiegroep Rijk-regio.
        case steeringGroup
        case catalystTeam
        /// Vereniging van programmamanagers.
        case programmeManagers
        case communicationTeam
    }

    public var id: String
    public var name: String
    public var abbreviation: String?
    public var kind: Kind
    /// Its role, as the plan describes it.
    public var description: String?

    public init(id: String, name: String, abbreviation: String? = nil, kind: Kind, description: String? = nil) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.kind = kind
        self.description = description
    }
}
