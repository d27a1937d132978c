import Core

/// Every page and API address of Stip. Links are built from here, so none can point nowhere.
enum SiteURL: Sendable, Equatable {
    case home
    case challenges
    case challenge(String)
    case ambition(String)
    case actionLines
    case actionLine(String)
    case actions
    case action(String)
    case auditTrail
    case auditCSV
    case programmes
    case programme(String)
    case organisations
    case organisation(String)
    case coherence
    case structure
    case team(String)
    case teamMembers(String)
    case endMembership(team: String, membership: String)
    case teamOffer(team: String, answer: String)
    /// Chooses the language for the pages that follow (a cookie), then back to where the person was.
    case language(ScreenLanguage)
    case languageRoute
    case body(String)
    case person(String)
    case structureSVG
    case timeline
    case timelineSVG
    case stylesheet
    case login
    case logout
    case account
    case tokens
    case revokeToken(String)
    case changePassword
    case accounts
    case newRecord(EntityKind)
    case editRecord(EntityKind, String)
    case deleteRecord(EntityKind, String)
    /// A record's title and text in other languages.
    case translateRecord(EntityKind, String)
    case api(APIPath)
    case money(MoneyPath)
    case monitor(MonitorPath)
    case targets(TargetsPath)
    case reporting(ReportingPath)
    case evaluation(EvaluationPath)
    /// The plan's text in a version (`1.0`), and the current version.
    case planDocument(version: String)
    case currentPlanDocument
    /// The plan's versions: the list with the regiegroep's forms, a version's differences, a section's edit, adoption.
    case planVersions
    case planDifferences(version: String)
    case planSectionEdit(version: String, section: String)
    case planAdopt(version: String)
    case consultation(ConsultationPath)

    var path: String {
        switch self {
        case .home: "/"
        case .challenges: "/opgaven"
        case let .challenge(id): "/opgaven/\(id)"
        case let .ambition(id): "/ambities/\(id)"
        case .actionLines: "/actielijnen"
        case let .actionLine(id): "/actielijnen/\(id)"
        case .actions: "/acties"
        case let .action(id): "/acties/\(id)"
        case .auditTrail: "/rekenschap"
        case .auditCSV: "/rekenschap.csv"
        case .programmes: "/programmas"
        case let .programme(id): "/programmas/\(id)"
        case .organisations: "/organisaties"
        case let .organisation(id): "/organisaties/\(id)"
        case .coherence: "/samenhang"
        case .structure: "/structuur"
        case let .team(id): "/structuur/teams/\(id)"
        case let .teamMembers(id): "/structuur/teams/\(id)/leden"
        case let .endMembership(team, membership): "/structuur/teams/\(team)/leden/\(membership)/beeindigen"
        case let .teamOffer(team, answer): "/structuur/teams/\(team)/aanbiedingen/\(answer)"
        case let .language(language): "/taal/\(language.rawValue)"
        case .languageRoute: "/taal/:taal"
        case let .body(id): "/structuur/gremia/\(id)"
        case let .person(id): "/structuur/mensen/\(id)"
        case .structureSVG: "/structuur.svg"
        case .timeline: "/tijdlijn"
        case .timelineSVG: "/tijdlijn.svg"
        case .stylesheet: "/static/stip.css"
        case .login: "/inloggen"
        case .logout: "/uitloggen"
        case .account: "/account"
        case .tokens: "/account/tokens"
        case let .revokeToken(id): "/account/tokens/\(id)/intrekken"
        case .changePassword: "/account/wachtwoord"
        case .accounts: "/beheer/accounts"
        case let .newRecord(kind): "/\(kind.pathBase)/nieuw"
        case let .editRecord(kind, id): "/\(kind.pathBase)/\(id)/bewerken"
        case let .deleteRecord(kind, id): "/\(kind.pathBase)/\(id)/verwijderen"
        case let .translateRecord(kind, id): "/\(kind.pathBase)/\(id)/vertalen"
        case let .api(path): path.path
        case let .money(path): path.path
        case let .monitor(path): path.path
        case let .targets(path): path.path
        case let .reporting(path): path.path
        case let .evaluation(path): path.path
        case let .planDocument(version): "/plan/\(version)"
        case .currentPlanDocument: "/plan"
        case .planVersions: "/plan/versies"
        case let .planDifferences(version): "/plan/\(version)/verschillen"
        case let .planSectionEdit(version, section): "/plan/\(version)/onderdelen/\(section)"
        case let .planAdopt(version): "/plan/\(version)/vaststellen"
        case let .consultation(path): path.path
        }
    }
}

/// The JSON API's collections, under `/api/v1/`.
enum APICollection: String, Sendable, CaseIterable {
    case challenges
    case ambitions
    case actionLines = "action-lines"
    case actions
    case programmes
    case organisations
    case dependencies
    case periods
    case themes
    case bodies
    case teams
    case people
    case memberships
}

extension APICollection {
    /// What one item of the collection is called on screen.
    var itemPhrase: Phrase {
        switch self {
        case .challenges: .challenge
        case .ambitions: .ambition
        case .actionLines: .actionLine
        case .actions: .action
        case .programmes: .programme
        case .organisations: .organisation
        case .dependencies: .dependency
        case .periods: .period
        case .themes: .theme
        case .bodies: .body
        case .teams: .team
        case .people: .person
        case .memberships: .members
        }
    }
}

enum APIPath: Sendable, Equatable {
    case plan
    case tokens
    case me
    case audit
    case openAPI
    case list(APICollection)
    case item(APICollection, String)
    /// Where a kind of record is created, and one changed or deleted: every kind the register's
    /// forms edit, the targets too (whose reading side is `TargetsPath.apiList`).
    case records(EntityKind)
    case record(EntityKind, String)

    static let prefix = "/api/v1"

    var path: String {
        switch self {
        case .plan: "\(Self.prefix)/plan"
        case .tokens: "\(Self.prefix)/tokens"
        case .me: "\(Self.prefix)/me"
        case .audit: "\(Self.prefix)/audit"
        case .openAPI: "\(Self.prefix)/openapi.json"
        case let .list(collection): "\(Self.prefix)/\(collection.rawValue)"
        case let .item(collection, id): "\(Self.prefix)/\(collection.rawValue)/\(id)"
        case let .records(kind): "\(Self.prefix)/\(kind.rawValue)"
        case let .record(kind, id): "\(Self.prefix)/\(kind.rawValue)/\(id)"
        }
    }
}
