import Core
import StipTestSupport
import Testing

/// The plan's rules for a task team, checked live against who is in it on a day.
@Suite struct TeamRuleTests {
    let day = "2021-03-01"

    /// The shipped plan with the Groene Long team filled in by the given memberships.
    func register(people count: Int, _ memberships: [(person: Int, role: Membership.Role, from: String, until: String?)]) -> Register {
        var register = SeedPlan.register
        register.people = (1...max(count, 1)).map { Person(id: "p\($0)", name: "Persoon \($0)", organisation: "provincie-limburg") }
        register.memberships = memberships.enumerated().map { index, item in
            Membership(id: "m\(index)", person: "p\(item.person)", team: "team-groene-long", role: item.role, from: item.from, until: item.until)
        }
        return register
    }

    func checks(_ register: Register) -> [TeamRule: TeamRuleCheck] {
        let team = register.team("team-groene-long")!
        return Dictionary(uniqueKeysWithValues: register.checks(for: team, on: day).map { ($0.rule, $0) })
    }

    @Test func aNewTeamShowsWhatIsStillOpen() {
        let result = checks(SeedPlan.register)
        #expect(result[.atMostElevenMembers]?.met == true)
        #expect(result[.exactlyOneCaptain]?.met == false)
        #expect(result[.twoRegionalAdopters]?.met == false)
        #expect(result[.oneRijkDelegate]?.met == false)
        #expect(result[.subTeamHasParent] == nil)
    }

    @Test func aFullyFormedTeamMeetsEveryRule() {
        let result = checks(register(people: 14, [
            (1, .captain, "2021-01-01", nil),
            (2, .member, "2021-01-01", nil), (3, .member, "2021-01-01", nil),
            (12, .adoptingAdministrator, "2021-01-01", nil), (13, .adoptingAdministrator, "2021-01-01", nil),
            (14, .rijkDelegate, "2021-01-01", nil),
        ]))
        #expect(result.values.allSatisfy { $0.met })
        #expect(result[.atMostElevenMembers]?.count == 3)
        #expect(result[.twoRegionalAdopters]?.count == 2)
    }

    @Test func aTwelfthPlayerBreaksTheElftal() {
        let players = (1...12).map { (person: $0, role: $0 == 1 ? Membership.Role.captain : .member, from: "2021-01-01", until: String?.none) }
        let result = checks(register(people: 12, players))
        #expect(result[.atMostElevenMembers]?.met == false)
        #expect(result[.atMostElevenMembers]?.count == 12)
        #expect(checks(register(people: 11, Array(players.prefix(11))))[.atMostElevenMembers]?.met == true)
    }

    @Test func twoCaptainsAreOneTooMany() {
        let result = checks(register(people: 2, [(1, .captain, "2021-01-01", nil), (2, .captain, "2021-01-01", nil)]))
        #expect(result[.exactlyOneCaptain]?.met == false)
        #expect(result[.exactlyOneCaptain]?.count == 2)
    }

    @Test func membershipsCountOnlyWhileTheyLast() {
        // The captain stepped down in February; the successor starts in April.
        let result = checks(register(people: 2, [(1, .captain, "2021-01-01", "2021-02-28"), (2, .captain, "2021-04-01", nil)]))
        #expect(result[.exactlyOneCaptain]?.count == 0)
        let team = SeedPlan.register.team("team-groene-long")!
        let later = register(people: 2, [(1, .captain, "2021-01-01", "2021-02-28"), (2, .captain, "2021-04-01", nil)])
        #expect(later.checks(for: team, on: "2021-04-01").first { $0.rule == .exactlyOneCaptain }?.met == true)
    }

    @Test func aSubTeamHangsUnderATeamAndIsNotHeldToAdoption() {
        var register = SeedPlan.register
        register.teams.append(TaskTeam(id: "deelteam-water", name: "Deelteam water", parent: "team-groene-long"))
        let sub = register.team("deelteam-water")!
        let rules = register.checks(for: sub, on: day).map(\.rule)
        #expect(rules.contains(.subTeamHasParent))
        #expect(!rules.contains(.twoRegionalAdopters))
        #expect(register.checks(for: sub, on: day).first { $0.rule == .subTeamHasParent }?.met == true)
        #expect(register.subTeams(of: register.team("team-groene-long")!).map(\.id) == ["deelteam-water"])
    }

    @Test func steeringGroupMembersOutsideATeamAreAHint() {
        var register = SeedPlan.register
        register.people = [Person(id: "a", name: "A"), Person(id: "b", name: "B")]
        register.memberships = [
            Membership(id: "1", person: "a", body: "ambtelijke-regiegroep", role: .member, from: "2021-01-01"),
            Membership(id: "2", person: "b", body: "ambtelijke-regiegroep", role: .member, from: "2021-01-01"),
            Membership(id: "3", person: "b", team: "team-groene-long", role: .member, from: "2021-01-01"),
        ]
        #expect(register.steeringGroupMembersOutsideTeams(on: day).map(\.id) == ["a"])
    }

    @Test func theShippedStructureIsThePlans() {
        let register = SeedPlan.register
        #expect(register.bodies.map(\.kind) == [.commissioningBoard, .directorsNetwork, .steeringGroup, .catalystTeam, .programmeManagers, .communicationTeam])
        #expect(register.teams.map(\.actionLine) == ["europese-schakelregio", "chemelot-circular-hub", "sterke-en-gezonde-steden", "groene-long"])
        // The plan names nobody in the teams, so nobody is invented.
        #expect(register.people.isEmpty && register.memberships.isEmpty)
    }
}

@Suite struct MembershipInputTests {
    @Test func aNewPersonGetsAReadableUniqueID() {
        #expect(MembershipInput.personID(for: "Anna Ëlsen", taken: []) == "anna-elsen")
        #expect(MembershipInput.personID(for: "Anna Ëlsen", taken: ["anna-elsen"]) == "anna-elsen-2")
        #expect(MembershipInput.personID(for: "  ---  ", taken: []) == "persoon")
    }

    @Test func theInputIsCheckedAgainstTheRegister() {
        let register = SeedPlan.register
        #expect(MembershipInput(name: "An", role: .member, from: "2021-01-01").problems(in: register).isEmpty)
        #expect(MembershipInput(role: .member, from: "2021-01-01").problems(in: register) == [.nameEmpty])
        #expect(MembershipInput(name: "An", organisation: "nergens", role: .member, from: "2021-02-30x", until: "2020-01-01").problems(in: register)
            == [.unknownOrganisation("nergens"), .notADate(field: "from", text: "2021-02-30x")])
        #expect(MembershipInput(name: "An", role: .member, from: "2021-02-01", until: "2021-01-01").problems(in: register) == [.endsBeforeStart])
    }
}
