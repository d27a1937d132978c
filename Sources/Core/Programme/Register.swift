/// The programme register at one moment: a plan's whole content as one consistent value.
///
/// Pages and the API read from a `Register`, so every page is built from a handful of
/// queries (one per table) however long the plan is.
public struct Register: Sendable, Equatable {
    public var plan: PlanInfo
    public var vision: Vision
    public var coreValues: [String]
    public var addedValue: AddedValue
    public var themes: [Theme]
    public var periods: [Period]
    public var challenges: [Challenge]
    public var ambitions: [Ambition]
    public var actionLines: [ActionLine]
    public var actions: [Action]
    public var programmes: [Programme]
    public var organisations: [Organisation]
    public var dependencies: [Dependency]
    // The collaboration structure (ch. 4).
    public var bodies: [Body]
    public var teams: [TaskTeam]
    public var people: [Person]
    public var memberships: [Membership]
    /// How many saved edits each record has had, so a form started from an older copy is caught.
    /// Actions carry theirs; a record not listed is at version 1.
    public var versions: [EntityReference: Int]

    public init(
        plan: PlanInfo, vision: Vision, coreValues: [String], addedValue: AddedValue, themes: [Theme],
        periods: [Period], challenges: [Challenge], ambitions: [Ambition], actionLines: [ActionLine],
        actions: [Action], programmes: [Programme], organisations: [Organisation], dependencies: [Dependency],
        bodies: [Body] = [], teams: [TaskTeam] = [], people: [Person] = [], memberships: [Membership] = [],
        versions: [EntityReference: Int] = [:]
    ) {
        self.plan = plan
        self.vision = vision
        self.coreValues = coreValues
        self.addedValue = addedValue
        self.themes = themes
        self.periods = periods
        self.challenges = challenges.sorted { $0.number < $1.number }
        self.ambitions = ambitions
        self.actionLines = actionLines.sorted { $0.number < $1.number }
        // One order however they were read: by line, then as the plan lists them.
        let lineNumbers = Dictionary(actionLines.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        self.actions = actions.sorted {
            (lineNumbers[$0.line] ?? .max, $0.position, $0.id) < (lineNumbers[$1.line] ?? .max, $1.position, $1.id)
        }
        self.programmes = programmes
        self.organisations = organisations
        self.dependencies = dependencies
        self.bodies = bodies
        self.teams = teams
        self.people = people
        self.memberships = memberships
        self.versions = versions
    }
}

// MARK: - Look-ups

extension Register {
    public func challenge(_ id: String) -> Challenge? { challenges.first { $0.id == id } }
    public func ambition(_ id: String) -> Ambition? { ambitions.first { $0.id == id } }
    public func actionLine(_ id: String) -> ActionLine? { actionLines.first { $0.id == id } }
    public func action(_ id: String) -> Action? { actions.first { $0.id == id } }
    public func programme(_ id: String) -> Programme? { programmes.first { $0.id == id } }
    public func organisation(_ id: String) -> Organisation? { organisations.first { $0.id == id } }
    public func period(_ id: String) -> Period? { periods.first { $0.id == id } }
    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
    public func body(_ id: String) -> Body? { bodies.first { $0.id == id } }
    public func team(_ id: String) -> TaskTeam? { teams.first { $0.id == id } }
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    public func ambitions(of challenge: Challenge) -> [Ambition] {
        ambitions.filter { $0.challenge == challenge.id }
    }

    public func actionLines(for ambition: Ambition) -> [ActionLine] {
        actionLines.filter { $0.ambition == ambition.id }
    }

    public func actions(of line: ActionLine, term: Action.Term) -> [Action] {
        actions.filter { $0.line == line.id && $0.term == term }.sorted { $0.position < $1.position }
    }

    /// The action lines whose *Voortbouwen op* names the programme.
    public func actionLines(buildingOn programme: Programme) -> [ActionLine] {
        actionLines.filter { line in line.buildsOn.contains { $0.programme == programme.id } }
    }

    public func programmes(of line: ActionLine) -> [Programme] {
        line.buildsOn.compactMap { programme($0.programme) }
    }

    public func stakeholders(of line: ActionLine) -> [Organisation] {
        line.stakeholders.organisations.compactMap { organisation($0) }
    }

    /// Where an organisation appears in the register: the lines it is a stakeholder of
    /// and the programmes it runs, besides the sections its `mentions` name.
    public func appearances(of organisation: Organisation) -> OrganisationAppearances {
        OrganisationAppearances(
            stakeholderOf: actionLines.filter { $0.stakeholders.organisations.contains(organisation.id) },
            programmes: programmes.filter { $0.organisations.contains(organisation.id) },
            mentions: organisation.mentions)
    }

    /// The team an action belongs to: its own owner team, or else the team working on its line.
    public func team(of action: Action) -> TaskTeam? {
        if let owner = action.ownerTeam { return team(owner) }
        return teams.first { $0.actionLine == action.line && !$0.isSubTeam }
    }

    public func dependencies(involving line: ActionLine) -> [Dependency] {
        dependencies.filter { $0.from == line.id || $0.to == line.id }
    }

    /// The short term the plan's periods cover (November 2020 to December 2021 in Zuid-Limburg):
    /// when a short-term action without a period of its own falls.
    public var shortTermSpan: ClosedRange<YearMonth>? {
        guard let start = periods.map(\.start).min(), let end = periods.map(\.end).max() else { return nil }
        return start...end
    }

    /// Actions with a period or a year, in time order.
    public var datedActions: [Action] {
        actions.filter(\.isDated).sorted { lhs, rhs in
            let l = startOrdinal(of: lhs), r = startOrdinal(of: rhs)
            return l != r ? l < r : (lhs.line, lhs.position) < (rhs.line, rhs.position)
        }
    }

    /// The first month an action can happen in: its period's start, or January of its year.
    public func startOrdinal(of action: Action) -> Int {
        if let id = action.period, let period = period(id) { return period.start.ordinal }
        if let year = action.year { return year * 12 }
        return Int.max
    }
}

public struct OrganisationAppearances: Sendable, Equatable {
    public var stakeholderOf: [ActionLine]
    public var programmes: [Programme]
    public var mentions: [String]

    public var isEmpty: Bool { stakeholderOf.isEmpty && programmes.isEmpty && mentions.isEmpty }
}

extension Register {
    /// Every action's title by its id, for pages and files that name the actions of a report.
    public var actionTitles: [String: String] {
        Dictionary(actions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    }
}
