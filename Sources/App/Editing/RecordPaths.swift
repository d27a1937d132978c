import Core

extension EntityKind {
    /// Where a kind's pages live: its records' forms hang below it (`/opgaven/nieuw`, `/opgaven/<id>/bewerken`).
    var pathBase: String {
        switch self {
        case .challenges: "opgaven"
        case .ambitions: "ambities"
        case .targets: "doelen"
        case .actionLines: "actielijnen"
        case .actions: "acties"
        case .programmes: "programmas"
        case .organisations: "organisaties"
        case .dependencies: "samenhang"
        case .people: "structuur/mensen"
        case .bodies: "structuur/gremia"
        case .teams: "structuur/teams"
        case .memberships: "structuur/lidmaatschappen"
        }
    }
}

extension SiteURL {
    /// A page of one record of the register, whose title is the register's words.
    var isRecordPage: Bool {
        switch self {
        case .challenge, .ambition, .actionLine, .action, .programme, .organisation, .person, .body, .team: true
        default: false
        }
    }

    /// The page a record is shown on; records without a page of their own show on their owner's.
    static func page(of reference: EntityReference) -> SiteURL {
        switch reference.kind {
        case .challenges: .challenge(reference.id)
        case .ambitions: .ambition(reference.id)
        case .actionLines: .actionLine(reference.id)
        case .actions: .action(reference.id)
        case .programmes: .programme(reference.id)
        case .organisations: .organisation(reference.id)
        case .people: .person(reference.id)
        case .bodies: .body(reference.id)
        case .teams: .team(reference.id)
        case .dependencies: .coherence
        case .targets, .memberships: .home
        }
    }

    /// The list a new record of the kind is added from.
    static func list(of kind: EntityKind) -> SiteURL {
        switch kind {
        case .challenges, .ambitions, .targets: .challenges
        case .actionLines: .actionLines
        case .actions: .actions
        case .programmes: .programmes
        case .organisations: .organisations
        case .dependencies: .coherence
        case .people, .bodies, .teams, .memberships: .structure
        }
    }
}
