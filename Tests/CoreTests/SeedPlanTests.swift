import Core
import StipTestSupport
import Testing

/// The shipped plan file holds the Plan van Aanpak 1.0 as the plan writes it.
@Suite struct SeedPlanTests {
    let register = SeedPlan.register

    @Test func itIsVersionOneOfTheZuidLimburgPlan() {
        #expect(register.plan.version == "1.0")
        #expect(register.plan.date == "2020-11-17")
        #expect(register.plan.title == "Plan van Aanpak NOVI-gebied Zuid-Limburg")
    }

    @Test func theCountsAreThePlans() {
        #expect(register.challenges.count == 3)
        #expect(register.actionLines.map(\.id) == [
            "samenwerking", "europese-schakelregio", "einstein-telescoop", "chemelot-circular-hub", "sterke-en-gezonde-steden", "groene-long",
        ])
        #expect(register.coreValues.count == 5)
        #expect(register.addedValue.points.count == 5)
        #expect(register.addedValue.keywords == ["Versnelling", "Vernieuwing", "Prioritering", "Samenwerking"])
        // Pinned: a change to the plan file that adds or loses an item shows up here.
        #expect(register.actions.filter { $0.term == .short }.count == 52)
        #expect(register.actions.filter { $0.term == .outlook }.count == 26)
        #expect(register.programmes.count == 35)
        #expect(register.organisations.count == 77)
        #expect(register.dependencies.count == 12)
        #expect(register.ambitions.count == 6)
        #expect(register.ambitions.flatMap(\.targets).count == 13)
    }

    @Test func samenwerkingDatesItsActionsByPeriod() throws {
        let action = try #require(register.actions.first { $0.title == "Bestuurlijk katalysatorteam formeren" })
        #expect(action.line == "samenwerking")
        #expect(action.period == "nov-dec-2020")
        #expect(register.period("nov-dec-2020")?.label == "November-december")
        let periods = Set(register.actions.filter { $0.line == "samenwerking" }.compactMap(\.period))
        #expect(periods == ["nov-dec-2020", "jan-feb-2021", "mrt-apr-2021", "mei-2021", "overig-2021"])
    }

    @Test func universiteitMaastrichtIsAmongTheEinsteinTelescopeStakeholders() throws {
        let line = try #require(register.actionLine("einstein-telescoop"))
        #expect(register.stakeholders(of: line).map(\.name).contains("Universiteit Maastricht"))
    }

    @Test func theEinsteinTelescopeOutlookHasItsYears() throws {
        let line = try #require(register.actionLine("einstein-telescoop"))
        let outlook = register.actions(of: line, term: .outlook)
        #expect(outlook.map(\.year) == [2024, 2028, 2035])
        #expect(outlook.map(\.approximate) == [false, true, true])
    }

    @Test func theChemelotAppendixBelongsToItsLine() {
        let appendix = register.actions.filter { $0.section == .ontwikkelagenda }
        #expect(!appendix.isEmpty)
        #expect(appendix.allSatisfy { $0.line == "chemelot-circular-hub" })
        #expect(appendix.contains { $0.title.contains("250.000 woningen") })
    }

    @Test func theTargetsAreWrittenAsThePlanStatesThem() throws {
        let targets = register.ambitions.flatMap(\.targets)
        let growth = try #require(register.ambition("europese-schakelregio")?.targets.first)
        #expect(growth.kind == .relativeGrowth)
        #expect(growth.value == 5)
        let youth = try #require(register.ambition("sterke-en-gezonde-steden")?.targets.first)
        #expect(youth.kind == .gapClosure)
        #expect(youth.year == 2050)
        #expect(targets.contains { $0.kind == .count && $0.value == 250_000 })
        #expect(register.ambition("groene-long")?.targets.count == 5)
    }

    @Test func runningProgrammesAreSharedBetweenTheLinesThatBuildOnThem() {
        // Every programme is built on by some line, and at least one by several.
        #expect(register.programmes.allSatisfy { !register.actionLines(buildingOn: $0).isEmpty })
        #expect(register.programmes.contains { register.actionLines(buildingOn: $0).count > 1 })
    }

    @Test func theSamenhangConnectsChemelotWithTheCities() {
        #expect(register.dependencies.contains { $0.from == "chemelot-circular-hub" && $0.to == "sterke-en-gezonde-steden" && $0.text.contains("250.000") })
        #expect(register.dependencies.count >= 8)
    }

    @Test func everyOrganisationAppearsSomewhere() {
        for organisation in register.organisations {
            #expect(!register.appearances(of: organisation).isEmpty, "\(organisation.name)")
        }
    }
}
