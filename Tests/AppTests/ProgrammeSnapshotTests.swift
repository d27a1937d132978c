@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Testing

/// The register's list and detail pages and the collaboration structure, each rendered from
/// the seed plan alone and compared whole with the copy in __Snapshots__.
@Suite struct ProgrammeSnapshotTests {
    let register = SeedPlan.register
    let l = Localizer()

    /// The seed names no people: three invented ones, in a team (one of them no longer) and a body.
    static let staffed: Register = {
        var register = SeedPlan.register
        let organisations = register.organisations.map(\.id)
        register.people = [
            Person(id: "anna-jansen", name: "Anna Jansen", organisation: organisations[0]),
            Person(id: "bram-peeters", name: "Bram Peeters", organisation: organisations[1]),
            Person(id: "carla-smeets", name: "Carla Smeets"),
        ]
        register.memberships = [
            Membership(id: "lid-1", person: "anna-jansen", team: "team-europese-schakelregio", role: .captain, from: "2020-11-17"),
            Membership(id: "lid-2", person: "bram-peeters", team: "team-europese-schakelregio", role: .member, from: "2020-11-17", until: "2021-01-31"),
            Membership(id: "lid-3", person: "carla-smeets", team: "team-europese-schakelregio", role: .adoptingAdministrator, from: "2020-12-01"),
            Membership(id: "lid-4", person: "carla-smeets", body: "bestuurlijk-kernoverleg", role: .chair, from: "2020-11-17"),
        ]
        return register
    }()

    /// The footer a record's page gets from the routes, with one edit of a fixed time and author.
    func footer(_ kind: EntityKind, _ id: String, additions: [(kind: EntityKind, field: FieldName)] = []) -> RecordFooter {
        RecordFooter(reference: EntityReference(kind, id), additions: additions, history: [
            AuditRecord(id: "audit-1", at: "2026-11-20T09:30:00Z", accountID: "account-1", accountEmail: "regiegroep",
                        entity: kind.rawValue, entityID: id, operation: .update,
                        before: #"{"status":"planned"}"#, after: #"{"status":"running"}"#),
        ])
    }

    @Test func actionLinesPage() {
        assertSnapshot(of: ActionLinesPage.render(.init(register), l), as: .html, named: "actielijnen")
    }

    @Test func actionsPage() {
        assertSnapshot(of: ActionsPage.render(.init(register), l), as: .html, named: "acties")
    }

    @Test func actionPage() throws {
        let action = try #require(register.actions.first { $0.period != nil })
        var model = ActionPage.Model(action, in: register)
        model.footer = footer(.actions, action.id)
        assertSnapshot(of: ActionPage.render(model, l), as: .html, named: "actie")
    }

    @Test func challengesPage() {
        assertSnapshot(of: ChallengesPage.render(.init(register), l), as: .html, named: "opgaven")
    }

    @Test func challengePage() throws {
        let challenge = try #require(register.challenges.first)
        var model = ChallengePage.Model(challenge, in: register)
        model.footer = RecordFooter(reference: EntityReference(.challenges, challenge.id), additions: [(.ambitions, .challenge)])
        assertSnapshot(of: ChallengePage.render(model, l), as: .html, named: "opgave")
    }

    @Test func ambitionPage() throws {
        let ambition = try #require(register.ambitions.first { !$0.targets.isEmpty })
        // The targets' status as the handler gives it: no measurement yet, on a fixed day.
        var model = AmbitionPage.Model(ambition, in: register, targets: TargetLine.all(register, measurements: [], today: "2021-06-01"))
        model.footer = RecordFooter(reference: EntityReference(.ambitions, ambition.id), additions: [(.targets, .ambition)],
                                    parts: ambition.targets.map { .init(reference: EntityReference(.targets, $0.id), title: $0.text) })
        assertSnapshot(of: AmbitionPage.render(model, l), as: .html, named: "ambitie")
    }

    @Test func programmesPage() {
        assertSnapshot(of: ProgrammesPage.render(.init(register), l), as: .html, named: "programmas")
    }

    @Test func programmePage() throws {
        let programme = try #require(register.programmes.first { !$0.organisations.isEmpty })
        assertSnapshot(of: ProgrammePage.render(.init(programme, in: register), l), as: .html, named: "programma")
    }

    @Test func organisationsPage() {
        assertSnapshot(of: OrganisationsPage.render(.init(register), l), as: .html, named: "organisaties")
    }

    @Test func organisationPage() throws {
        let organisation = try #require(register.organisations.first { register.appearances(of: $0).stakeholderOf.count > 1 })
        assertSnapshot(of: OrganisationPage.render(.init(organisation, in: register), l), as: .html, named: "organisatie")
    }

    @Test func timelinePage() {
        assertSnapshot(of: TimelinePage.render(.init(register, l), l), as: .html, named: "tijdlijn")
    }

    @Test func teamPage() throws {
        let team = try #require(Self.staffed.team("team-europese-schakelregio"))
        var model = TeamPage.Model(team, in: Self.staffed, on: "2021-03-01")
        model.footer = footer(.teams, team.id, additions: [(.memberships, .team), (.teams, .parent)])
        assertSnapshot(of: TeamPage.render(model, l), as: .html, named: "team")
    }

    @Test func bodyPage() throws {
        let body = try #require(Self.staffed.body("bestuurlijk-kernoverleg"))
        assertSnapshot(of: BodyPage.render(.init(body, in: Self.staffed, on: "2021-03-01"), l), as: .html, named: "orgaan")
    }

    @Test func personPage() throws {
        let person = try #require(Self.staffed.person("carla-smeets"))
        assertSnapshot(of: PersonPage.render(.init(person, in: Self.staffed), l), as: .html, named: "persoon")
    }

    /// With a problem under the name a person typed, as the page comes back from a refused form.
    @Test func membersEditPage() throws {
        let staffed = Self.staffed
        let team = try #require(staffed.team("team-europese-schakelregio"))
        let current = staffed.memberships(of: team, on: "2021-03-01").map {
            TeamPage.Model.Row(membership: $0, person: staffed.person($0.person), organisation: nil)
        }
        var model = MembersEditPage.Model(
            csrf: "csrf-token-snapshot", team: team, day: "2021-03-01", current: current, people: staffed.people,
            organisations: staffed.organisations, input: MembershipInput(name: "", role: .member, from: "2021-03-01"))
        // Neither an existing person nor a new name, as the route refuses it.
        let problems = model.input.problems(in: staffed)
        #expect(!problems.isEmpty)
        model.problems = Dictionary(problems.map { ($0.field, l(.memberProblem($0))) }, uniquingKeysWith: { first, _ in first })
        assertSnapshot(of: MembersEditPage.render(model, l), as: .html, named: "leden-wijzigen")
    }
}
