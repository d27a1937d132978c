import Core
import FluentKit

/// The register as rows of its tables, and back.
struct RegisterRecords {
    var plan: PlanModel
    var themes: [ThemeModel]
    var periods: [PeriodModel]
    var challenges: [ChallengeModel]
    var ambitions: [AmbitionModel]
    var targets: [TargetModel]
    var organisations: [OrganisationModel]
    var programmes: [ProgrammeModel]
    var programmeOrganisations: [ProgrammeOrganisationModel]
    var actionLines: [ActionLineModel]
    var lineProgrammes: [ActionLineProgrammeModel]
    var lineOrganisations: [ActionLineOrganisationModel]
    var actions: [ActionModel]
    var dependencies: [DependencyModel]
    var bodies: [BodyModel]
    var teams: [TeamModel]
    var people: [PersonModel]
    var memberships: [MembershipModel]
    var versions: [RecordVersionModel]

    init(
        plan: PlanModel, themes: [ThemeModel], periods: [PeriodModel], challenges: [ChallengeModel],
        ambitions: [AmbitionModel], targets: [TargetModel], organisations: [OrganisationModel],
        programmes: [ProgrammeModel], programmeOrganisations: [ProgrammeOrganisationModel],
        actionLines: [ActionLineModel], lineProgrammes: [ActionLineProgrammeModel],
        lineOrganisations: [ActionLineOrganisationModel], actions: [ActionModel], dependencies: [DependencyModel],
        bodies: [BodyModel], teams: [TeamModel], people: [PersonModel], memberships: [MembershipModel],
        versions: [RecordVersionModel]
    ) {
        self.plan = plan
        self.themes = themes
        self.periods = periods
        self.challenges = challenges
        self.ambitions = ambitions
        self.targets = targets
        self.organisations = organisations
        self.programmes = programmes
        self.programmeOrganisations = programmeOrganisations
        self.actionLines = actionLines
        self.lineProgrammes = lineProgrammes
        self.lineOrganisations = lineOrganisations
        self.actions = actions
        self.dependencies = dependencies
        self.bodies = bodies
        self.teams = teams
        self.people = people
        self.memberships = memberships
        self.versions = versions
    }

    // MARK: Register -> rows

    init(_ register: Register) {
        plan = Self.planRow(register)
        themes = register.themes.enumerated().map { Self.row($1, at: $0) }
        periods = register.periods.enumerated().map { Self.row($1, at: $0) }
        challenges = register.challenges.enumerated().map { Self.row($1, at: $0) }
        ambitions = register.ambitions.enumerated().map { Self.row($1, at: $0) }
        targets = Self.targetRows(register.ambitions)
        organisations = register.organisations.enumerated().map { Self.row($1, at: $0) }
        programmes = register.programmes.enumerated().map { Self.row($1, at: $0) }
        programmeOrganisations = Self.programmeOrganisationRows(register.programmes)
        actionLines = register.actionLines.enumerated().map { Self.row($1, at: $0) }
        lineProgrammes = Self.lineProgrammeRows(register.actionLines)
        lineOrganisations = Self.lineOrganisationRows(register.actionLines)
        actions = register.actions.enumerated().map { Self.row($1, at: $0) }
        dependencies = register.dependencies.enumerated().map { Self.row($1, at: $0) }
        bodies = register.bodies.enumerated().map { Self.row($1, at: $0) }
        teams = register.teams.enumerated().map { Self.row($1, at: $0) }
        people = register.people.enumerated().map { Self.row($1, at: $0) }
        memberships = register.memberships.enumerated().map { Self.row($1, at: $0) }
        versions = register.versions.sorted { ($0.key.kind.rawValue, $0.key.id) < ($1.key.kind.rawValue, $1.key.id) }.map(Self.versionRow)
    }

    // One row per record, at its place in the register: an edit builds only the rows it changes.

    static func planRow(_ register: Register) -> PlanModel {
        let plan = PlanModel()
        plan.id = register.plan.id
        plan.title = register.plan.title
        plan.version = register.plan.version
        plan.date = register.plan.date
        plan.region = register.plan.region
        plan.summary = register.plan.summary
        plan.vision = VisionColumn(
            intro: register.vision.intro,
            points: register.vision.points.map { .init(text: $0.text, details: $0.details ?? []) })
        plan.coreValues = register.coreValues
        plan.addedValue = AddedValueColumn(
            intro: register.addedValue.intro, points: register.addedValue.points, keywords: register.addedValue.keywords)
        return plan
    }

    static func row(_ theme: Theme, at index: Int) -> ThemeModel {
        let row = ThemeModel()
        row.id = theme.id
        row.position = index
        row.name = theme.name
        row.description = theme.description
        return row
    }

    static func row(_ period: Period, at index: Int) -> PeriodModel {
        let row = PeriodModel()
        row.id = period.id
        row.position = index
        row.label = period.label
        row.start = period.start.description
        row.end = period.end.description
        return row
    }

    static func row(_ challenge: Challenge, at index: Int) -> ChallengeModel {
        let row = ChallengeModel()
        row.id = challenge.id
        row.number = challenge.number
        row.title = challenge.title
        row.focus = challenge.focus
        row.addedValue = challenge.addedValue
        row.themes = challenge.themes
        return row
    }

    static func row(_ ambition: Ambition, at index: Int) -> AmbitionModel {
        let row = AmbitionModel()
        row.id = ambition.id
        row.position = index
        row.challengeID = ambition.challenge
        row.number = ambition.number
        row.title = ambition.title
        row.text = ambition.text
        row.note = ambition.note
        return row
    }

    static func row(_ organisation: Organisation, at index: Int) -> OrganisationModel {
        let row = OrganisationModel()
        row.id = organisation.id
        row.position = index
        row.name = organisation.name
        row.aliases = organisation.aliases
        row.kind = organisation.kind.rawValue
        row.country = organisation.country.rawValue
        row.mentions = organisation.mentions
        return row
    }

    static func row(_ programme: Programme, at index: Int) -> ProgrammeModel {
        let row = ProgrammeModel()
        row.id = programme.id
        row.position = index
        row.name = programme.name
        row.description = programme.description
        return row
    }

    static func row(_ line: ActionLine, at index: Int) -> ActionLineModel {
        let row = ActionLineModel()
        row.id = line.id
        row.number = line.number
        row.title = line.title
        row.ambitionID = line.ambition
        row.ambitionText = line.ambitionText
        row.stakeholdersText = line.stakeholders.text
        row.shortTermNote = line.shortTermNote
        row.outlookNote = line.outlookNote
        row.addedValue = line.addedValue
        return row
    }

    static func row(_ action: Action, at index: Int) -> ActionModel {
        let row = ActionModel()
        row.id = action.id
        row.actionLineID = action.line
        row.position = action.position
        row.title = action.title
        row.term = action.term.rawValue
        row.section = action.section.rawValue
        row.periodID = action.period
        row.year = action.year
        row.approximate = action.approximate
        row.details = action.details
        row.status = action.status.rawValue
        row.ownerTeamID = action.ownerTeam
        row.ownerOrganisationID = action.ownerOrganisation
        row.version = action.version
        return row
    }

    static func row(_ dependency: Dependency, at index: Int) -> DependencyModel {
        let row = DependencyModel()
        row.id = dependency.id
        row.position = index
        row.fromLineID = dependency.from
        row.toLineID = dependency.to
        row.themeID = dependency.theme
        row.text = dependency.text
        row.source = dependency.source
        return row
    }

    static func row(_ body: Body, at index: Int) -> BodyModel {
        let row = BodyModel()
        row.id = body.id
        row.position = index
        row.name = body.name
        row.abbreviation = body.abbreviation
        row.kind = body.kind.rawValue
        row.description = body.description
        return row
    }

    static func row(_ team: TaskTeam, at index: Int) -> TeamModel {
        let row = TeamModel()
        row.id = team.id
        row.position = index
        row.name = team.name
        row.parentID = team.parent
        row.actionLineID = team.actionLine
        row.governmentRole = team.governmentRole?.rawValue
        row.description = team.description
        return row
    }

    static func row(_ person: Person, at index: Int) -> PersonModel {
        let row = PersonModel()
        row.id = person.id
        row.position = index
        row.name = person.name
        row.organisationID = person.organisation
        return row
    }

    static func row(_ membership: Membership, at index: Int) -> MembershipModel {
        let row = MembershipModel()
        row.id = membership.id
        row.position = index
        row.personID = membership.person
        row.teamID = membership.team
        row.bodyID = membership.body
        row.role = membership.role.rawValue
        row.from = membership.from
        row.until = membership.until
        return row
    }

    static func targetRows(_ ambitions: [Ambition]) -> [TargetModel] {
        ambitions.flatMap { ambition in
            ambition.targets.enumerated().map { index, target in
                let row = TargetModel()
                row.id = target.id
                row.ambitionID = ambition.id
                row.position = index
                row.text = target.text
                row.kind = target.kind.rawValue
                row.year = target.year
                row.approximate = target.approximate
                row.value = target.value
                row.unit = target.unit
                return row
            }
        }
    }

    static func programmeOrganisationRows(_ programmes: [Programme]) -> [ProgrammeOrganisationModel] {
        programmes.flatMap { programme in
            programme.organisations.enumerated().map { index, organisation in
                let row = ProgrammeOrganisationModel()
                row.id = StableRowID.make(ProgrammeOrganisationModel.schema, programme.id, index)
                row.programmeID = programme.id
                row.organisationID = organisation
                row.position = index
                return row
            }
        }
    }

    static func lineProgrammeRows(_ actionLines: [ActionLine]) -> [ActionLineProgrammeModel] {
        actionLines.flatMap { line in
            line.buildsOn.enumerated().map { index, item in
                let row = ActionLineProgrammeModel()
                row.id = StableRowID.make(ActionLineProgrammeModel.schema, line.id, index)
                row.actionLineID = line.id
                row.programmeID = item.programme
                row.position = index
                row.text = item.text
                return row
            }
        }
    }

    static func lineOrganisationRows(_ actionLines: [ActionLine]) -> [ActionLineOrganisationModel] {
        actionLines.flatMap { line in
            line.stakeholders.organisations.enumerated().map { index, organisation in
                let row = ActionLineOrganisationModel()
                row.id = StableRowID.make(ActionLineOrganisationModel.schema, line.id, index)
                row.actionLineID = line.id
                row.organisationID = organisation
                row.position = index
                return row
            }
        }
    }

    static func versionRow(_ reference: EntityReference, _ version: Int) -> RecordVersionModel {
        let row = RecordVersionModel()
        row.id = "\(reference.kind.rawValue)/\(reference.id)"
        row.entity = reference.kind.rawValue
        row.entityID = reference.id
        row.version = version
        return row
    }

    /// Parents before children, so foreign keys hold at every step.
    func create(on db: any Database) async throws {
        try await plan.create(on: db)
        try await createAll(themes, on: db)
        try await createAll(periods, on: db)
        try await createAll(challenges, on: db)
        try await createAll(ambitions, on: db)
        try await createAll(targets, on: db)
        try await createAll(organisations, on: db)
        try await createAll(programmes, on: db)
        try await createAll(programmeOrganisations, on: db)
        try await createAll(actionLines, on: db)
        try await createAll(lineProgrammes, on: db)
        try await createAll(lineOrganisations, on: db)
        try await createAll(actions, on: db)
        try await createAll(dependencies, on: db)
        try await createAll(bodies, on: db)
        // Teams before the sub-teams that hang under them, however deep.
        for level in teamsByDepth { try await createAll(level, on: db) }
        try await createAll(people, on: db)
        try await createAll(memberships, on: db)
        try await createAll(versions, on: db)
    }

    /// Teams grouped by how far they hang below a task team: the task teams first.
    var teamsByDepth: [[TeamModel]] {
        var placed = Set<String>(), levels: [[TeamModel]] = [], remaining = teams
        while !remaining.isEmpty {
            let level = remaining.filter { $0.parentID.map(placed.contains) ?? true }
            // A cycle or a missing parent: let the database refuse the rest by its foreign key.
            guard !level.isEmpty else { levels.append(remaining); break }
            levels.append(level)
            placed.formUnion(level.compactMap(\.id))
            remaining.removeAll { $0.id.map(placed.contains) ?? false }
        }
        return levels
    }

    private func createAll<M: Model>(_ models: [M], on db: any Database) async throws {
        guard !models.isEmpty else { return }
        try await models.create(on: db)
    }

    // MARK: Rows -> Register

    func register() throws -> Register {
        let targetsByAmbition = Dictionary(grouping: targets, by: \.ambitionID)
        let organisationsByProgramme = Dictionary(grouping: programmeOrganisations, by: \.programmeID)
        let programmesByLine = Dictionary(grouping: lineProgrammes, by: \.actionLineID)
        let organisationsByLine = Dictionary(grouping: lineOrganisations, by: \.actionLineID)

        return Register(
            plan: PlanInfo(id: try id(plan), title: plan.title, version: plan.version, date: plan.date, region: plan.region, summary: plan.summary),
            vision: Vision(intro: plan.vision.intro, points: plan.vision.points.map {
                .init(text: $0.text, details: $0.details.isEmpty ? nil : $0.details)
            }),
            coreValues: plan.coreValues,
            addedValue: AddedValue(intro: plan.addedValue.intro, points: plan.addedValue.points, keywords: plan.addedValue.keywords),
            themes: try themes.map { Theme(id: try id($0), name: $0.name, description: $0.description) },
            periods: try periods.map { row in
                guard let start = YearMonth(row.start), let end = YearMonth(row.end) else {
                    throw StorageError.corrupt("period \(row.id ?? "?") has dates '\(row.start)'..'\(row.end)'")
                }
                return Period(id: try id(row), label: row.label, start: start, end: end)
            },
            challenges: try challenges.map {
                Challenge(id: try id($0), number: $0.number, title: $0.title, focus: $0.focus, addedValue: $0.addedValue, themes: $0.themes)
            },
            ambitions: try ambitions.map { row in
                let ambitionID = try id(row)
                return Ambition(
                    id: ambitionID, challenge: row.challengeID, number: row.number, title: row.title, text: row.text, note: row.note,
                    targets: try (targetsByAmbition[ambitionID] ?? []).map { target in
                        Target(
                            id: try id(target), text: target.text, kind: try decode(Target.Kind.self, target.kind, "target kind"),
                            year: target.year, approximate: target.approximate, value: target.value, unit: target.unit)
                    })
            },
            actionLines: try actionLines.map { row in
                let lineID = try id(row)
                return ActionLine(
                    id: lineID, number: row.number, title: row.title, ambition: row.ambitionID, ambitionText: row.ambitionText,
                    buildsOn: (programmesByLine[lineID] ?? []).map { .init(text: $0.text, programme: $0.programmeID) },
                    stakeholders: .init(text: row.stakeholdersText, organisations: (organisationsByLine[lineID] ?? []).map(\.organisationID)),
                    shortTermNote: row.shortTermNote, outlookNote: row.outlookNote, addedValue: row.addedValue)
            },
            actions: try actions.map(Self.action),
            programmes: try programmes.map { row in
                let programmeID = try id(row)
                return Programme(
                    id: programmeID, name: row.name, description: row.description,
                    organisations: (organisationsByProgramme[programmeID] ?? []).map(\.organisationID))
            },
            organisations: try organisations.map { row in
                Organisation(
                    id: try id(row), name: row.name, aliases: row.aliases,
                    kind: try decode(Organisation.Kind.self, row.kind, "organisation kind"),
                    country: try decode(Organisation.Country.self, row.country, "country"), mentions: row.mentions)
            },
            dependencies: try dependencies.map { row in
                Dependency(id: try id(row), from: row.fromLineID, to: row.toLineID, theme: row.themeID, text: row.text, source: row.source)
            },
            bodies: try bodies.map { row in
                Body(id: try id(row), name: row.name, abbreviation: row.abbreviation,
                     kind: try decode(Body.Kind.self, row.kind, "body kind"), description: row.description)
            },
            teams: try teams.map { row in
                TaskTeam(id: try id(row), name: row.name, parent: row.parentID, actionLine: row.actionLineID,
                         governmentRole: try row.governmentRole.map { try decode(GovernmentRole.self, $0, "government role") },
                         description: row.description)
            },
            people: try people.map { Person(id: try id($0), name: $0.name, organisation: $0.organisationID) },
            memberships: try memberships.map { row in
                Membership(id: try id(row), person: row.personID, team: row.teamID, body: row.bodyID,
                           role: try decode(Membership.Role.self, row.role, "membership role"), from: row.from, until: row.until)
            },
            versions: Dictionary(try versions.map { row in
                (EntityReference(try decode(EntityKind.self, row.entity, "entity"), row.entityID), row.version)
            }, uniquingKeysWith: max))
    }

    static func action(_ row: ActionModel) throws -> Action {
        guard let id = row.id else { throw StorageError.corrupt("an action has no id") }
        return Action(
            id: id, line: row.actionLineID, position: row.position, title: row.title,
            term: try decode(Action.Term.self, row.term, "action term"),
            section: try decode(Action.Section.self, row.section, "action section"),
            period: row.periodID, year: row.year, approximate: row.approximate, details: row.details,
            status: try decode(Action.Status.self, row.status, "action status"),
            ownerTeam: row.ownerTeamID, ownerOrganisation: row.ownerOrganisationID, version: row.version)
    }

    private func id<M: Model>(_ row: M) throws -> M.IDValue {
        guard let id = row.id else { throw StorageError.corrupt("a row of \(M.schema) has no id") }
        return id
    }

    private func decode<E: RawRepresentable<String>>(_ type: E.Type, _ raw: String, _ what: String) throws -> E {
        try Self.decode(type, raw, what)
    }

    private static func decode<E: RawRepresentable<String>>(_ type: E.Type, _ raw: String, _ what: String) throws -> E {
        guard let value = E(rawValue: raw) else { throw StorageError.corrupt("unknown \(what) '\(raw)'") }
        return value
    }
}
