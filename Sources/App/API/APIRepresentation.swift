import Core
import Foundation

/// A register entity as the API shows it: its own fields, plus `links` to itself and to
/// every entity it refers to, as API paths.
struct Linked<Item: Encodable & Sendable>: Encodable, Sendable {
    var item: Item
    var links: [String: APILink]
    /// The version a PUT or DELETE starts from; nil for what cannot be edited, and for an
    /// action, whose own fields hold it.
    var version: Int? = nil

    private enum LinksKey: String, CodingKey { case links, version }

    func encode(to encoder: any Encoder) throws {
        // The item's fields, `links` and `version` side by side in one object.
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: LinksKey.self)
        try container.encode(links, forKey: .links)
        try container.encodeIfPresent(version, forKey: .version)
    }
}

/// One link or a list of links, as API paths.
enum APILink: Encodable, Sendable, Equatable {
    case one(String)
    case many([String])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .one(path): try container.encode(path)
        case let .many(paths): try container.encode(paths)
        }
    }
}

/// A collection as the API lists it.
struct APIList<Item: Encodable & Sendable>: Encodable, Sendable {
    var count: Int
    var items: [Item]

    init(_ items: [Item]) {
        count = items.count
        self.items = items
    }
}

/// The plan's front matter, with links to every collection.
struct APIPlan: Encodable, Sendable {
    var plan: PlanInfo
    var vision: Vision
    var coreValues: [String]
    var addedValue: AddedValue
    var links: [String: String]
}

/// How each entity of the register is represented, and what it links to.
struct APIRepresentation {
    let register: Register

    private func path(_ collection: APICollection, _ id: String) -> String {
        APIPath.item(collection, id).path
    }

    private func paths(_ collection: APICollection, _ ids: [String]) -> APILink {
        .many(ids.map { path(collection, $0) })
    }

    private func version(_ kind: EntityKind, _ id: String) -> Int {
        register.version(of: EntityReference(kind, id))
    }

    /// A record as its GET reads it, for comparing with what a PUT sends back; a target as far as
    /// the register knows it (its status and path come from measurements).
    func record(_ kind: EntityKind, _ id: String, on day: String) throws -> [String: APIValue]? {
        let value: APIValue?
        switch kind {
        case .challenges: value = try register.challenges.first { $0.id == id }.map { try .of(challenge($0)) }
        case .ambitions: value = try register.ambitions.first { $0.id == id }.map { try .of(ambition($0)) }
        case .targets:
            value = try register.ambitions.lazy.compactMap { ambition in ambition.targets.first { $0.id == id }.map { (ambition, $0) } }.first
                .map { ambition, target in
                    guard case var .object(fields) = try APIValue.of(target) else { return .null }
                    fields["ambition"] = .string(ambition.id)
                    fields["version"] = .number(Double(version(.targets, id)))
                    return .object(fields)
                }
        case .actionLines: value = try register.actionLines.first { $0.id == id }.map { try .of(actionLine($0)) }
        case .actions: value = try register.actions.first { $0.id == id }.map { try .of(action($0)) }
        case .programmes: value = try register.programmes.first { $0.id == id }.map { try .of(programme($0)) }
        case .organisations: value = try register.organisations.first { $0.id == id }.map { try .of(organisation($0)) }
        case .dependencies: value = try register.dependencies.first { $0.id == id }.map { try .of(dependency($0)) }
        case .people: value = try register.people.first { $0.id == id }.map { try .of(person($0)) }
        case .bodies: value = try register.bodies.first { $0.id == id }.map { try .of(body($0)) }
        case .teams: value = try register.teams.first { $0.id == id }.map { try .of(team($0, on: day)) }
        case .memberships: value = try register.memberships.first { $0.id == id }.map { try .of(membership($0)) }
        }
        guard case let .object(fields)? = value else { return nil }
        return fields
    }

    func plan() -> APIPlan {
        var links = ["self": APIPath.plan.path, "openapi": APIPath.openAPI.path]
        for collection in APICollection.allCases { links[collection.rawValue] = APIPath.list(collection).path }
        return APIPlan(plan: register.plan, vision: register.vision, coreValues: register.coreValues, addedValue: register.addedValue, links: links)
    }

    func challenge(_ challenge: Challenge) -> Linked<Challenge> {
        Linked(item: challenge, links: [
            "self": .one(path(.challenges, challenge.id)),
            "ambitions": paths(.ambitions, register.ambitions(of: challenge).map(\.id)),
            "themes": paths(.themes, challenge.themes),
        ], version: version(.challenges, challenge.id))
    }

    func ambition(_ ambition: Ambition) -> Linked<Ambition> {
        var links: [String: APILink] = [
            "self": .one(path(.ambitions, ambition.id)),
            "actionLines": paths(.actionLines, register.actionLines(for: ambition).map(\.id)),
        ]
        if let challenge = ambition.challenge { links["challenge"] = .one(path(.challenges, challenge)) }
        return Linked(item: ambition, links: links, version: version(.ambitions, ambition.id))
    }

    func actionLine(_ line: ActionLine) -> Linked<ActionLine> {
        Linked(item: line, links: [
            "self": .one(path(.actionLines, line.id)),
            "ambition": .one(path(.ambitions, line.ambition)),
            "actions": paths(.actions, register.actions.filter { $0.line == line.id }.map(\.id)),
            "programmes": paths(.programmes, line.buildsOn.map(\.programme)),
            "organisations": paths(.organisations, line.stakeholders.organisations),
            "dependencies": paths(.dependencies, register.dependencies(involving: line).map(\.id)),
        ], version: version(.actionLines, line.id))
    }

    func action(_ action: Action) -> Linked<Action> {
        var links: [String: APILink] = [
            "self": .one(path(.actions, action.id)),
            "actionLine": .one(path(.actionLines, action.line)),
        ]
        if let period = action.period { links["period"] = .one(path(.periods, period)) }
        return Linked(item: action, links: links)
    }

    func programme(_ programme: Programme) -> Linked<Programme> {
        Linked(item: programme, links: [
            "self": .one(path(.programmes, programme.id)),
            "actionLines": paths(.actionLines, register.actionLines(buildingOn: programme).map(\.id)),
            "organisations": paths(.organisations, programme.organisations),
        ], version: version(.programmes, programme.id))
    }

    func organisation(_ organisation: Organisation) -> Linked<Organisation> {
        let appearances = register.appearances(of: organisation)
        return Linked(item: organisation, links: [
            "self": .one(path(.organisations, organisation.id)),
            "actionLines": paths(.actionLines, appearances.stakeholderOf.map(\.id)),
            "programmes": paths(.programmes, appearances.programmes.map(\.id)),
        ], version: version(.organisations, organisation.id))
    }

    func dependency(_ dependency: Dependency) -> Linked<Dependency> {
        var links: [String: APILink] = [
            "self": .one(path(.dependencies, dependency.id)),
            "from": .one(path(.actionLines, dependency.from)),
            "to": .one(path(.actionLines, dependency.to)),
        ]
        if let theme = dependency.theme { links["theme"] = .one(path(.themes, theme)) }
        return Linked(item: dependency, links: links, version: version(.dependencies, dependency.id))
    }

    func period(_ period: Period) -> Linked<Period> {
        Linked(item: period, links: [
            "self": .one(path(.periods, period.id)),
            "actions": paths(.actions, register.actions.filter { $0.period == period.id }.map(\.id)),
        ])
    }

    func body(_ body: Body) -> Linked<Body> {
        Linked(item: body, links: [
            "self": .one(path(.bodies, body.id)),
            "memberships": paths(.memberships, register.memberships.filter { $0.body == body.id }.map(\.id)),
        ], version: version(.bodies, body.id))
    }

    func team(_ team: TaskTeam, on day: String) -> Linked<APITeam> {
        var links: [String: APILink] = [
            "self": .one(path(.teams, team.id)),
            "subTeams": paths(.teams, register.subTeams(of: team).map(\.id)),
            "memberships": paths(.memberships, register.memberships.filter { $0.team == team.id }.map(\.id)),
        ]
        if let parent = team.parent { links["parent"] = .one(path(.teams, parent)) }
        if let line = team.actionLine { links["actionLine"] = .one(path(.actionLines, line)) }
        return Linked(item: APITeam(team: team, day: day, checks: register.checks(for: team, on: day)), links: links, version: version(.teams, team.id))
    }

    func person(_ person: Person) -> Linked<Person> {
        var links: [String: APILink] = [
            "self": .one(path(.people, person.id)),
            "memberships": paths(.memberships, register.memberships.filter { $0.person == person.id }.map(\.id)),
        ]
        if let organisation = person.organisation { links["organisation"] = .one(path(.organisations, organisation)) }
        return Linked(item: person, links: links, version: version(.people, person.id))
    }

    func membership(_ membership: Membership) -> Linked<Membership> {
        var links: [String: APILink] = [
            "self": .one(path(.memberships, membership.id)),
            "person": .one(path(.people, membership.person)),
        ]
        if let team = membership.team { links["team"] = .one(path(.teams, team)) }
        if let body = membership.body { links["body"] = .one(path(.bodies, body)) }
        return Linked(item: membership, links: links, version: version(.memberships, membership.id))
    }

    func theme(_ theme: Theme) -> Linked<Theme> {
        Linked(item: theme, links: [
            "self": .one(path(.themes, theme.id)),
            "challenges": paths(.challenges, register.challenges.filter { $0.themes.contains(theme.id) }.map(\.id)),
            "dependencies": paths(.dependencies, register.dependencies.filter { $0.theme == theme.id }.map(\.id)),
        ])
    }
}

/// A team as the API shows it: its fields and the plan's rules checked on a day.
struct APITeam: Encodable, Sendable {
    struct Check: Encodable, Sendable {
        var rule: String
        var met: Bool
        var count: Int
    }

    var id: String
    var name: String
    var parent: String?
    var actionLine: String?
    var governmentRole: String?
    var description: String?
    var checkedOn: String
    var checks: [Check]

    init(team: TaskTeam, day: String, checks: [TeamRuleCheck]) {
        id = team.id
        name = team.name
        parent = team.parent
        actionLine = team.actionLine
        governmentRole = team.governmentRole?.rawValue
        description = team.description
        checkedOn = day
        self.checks = checks.map { Check(rule: $0.rule.rawValue, met: $0.met, count: $0.count) }
    }
}
