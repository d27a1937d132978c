import Core
import Testing

/// A malformed plan file is refused whole, naming the line and the field at fault.
@Suite struct PlanFileErrorTests {
    /// The smallest plan file Stip accepts; each test breaks it in one place.
    static let valid = """
    format: stip-plan/1
    plan:
      id: proef
      title: Proefplan
      version: "1.0"
      date: 2020-11-17
      region: Proefgebied
    vision:
      intro: Een stip
      points:
        - text: Brede welvaart
    coreValues: [Samen doen]
    addedValue:
      points: [Langjarig]
      keywords: [Versnelling]
    periods:
      - id: nov-dec-2020
        label: November-december
        start: 2020-11
        end: 2020-12
    challenges:
      - id: economie
        number: 1
        title: Economie
    ambitions:
      - id: groei
        challenge: economie
        title: Groei
        text: Meer groei
        targets:
          - id: groei-5
            text: 5% meer
            kind: relativeGrowth
    programmes:
      - id: deal
        name: Regio Deal
    organisations:
      - id: provincie
        name: Provincie
        kind: province
        country: NL
    actionLines:
      - id: lijn
        number: 1
        title: Lijn
        ambition: groei
        buildsOn:
          - text: Regio Deal
            programme: deal
        stakeholders:
          text: Provincie
          organisations: [provincie]
        actions:
          - title: Team formeren
            term: short
            period: nov-dec-2020
    """

    func problems(_ yaml: String) -> [PlanFileError.Problem] {
        do {
            _ = try PlanFile.parse(yaml, file: "proef.yaml")
            Issue.record("the file was accepted")
            return []
        } catch {
            #expect(error.file == "proef.yaml")
            return error.problems
        }
    }

    @Test func theValidFileLoads() throws {
        let register = try PlanFile.parse(Self.valid, file: "proef.yaml")
        #expect(register.actions.map(\.id) == ["lijn-k01"])
        #expect(register.actions.first?.period == "nov-dec-2020")
    }

    @Test func aReferenceToAnUnknownPeriodNamesLineAndField() {
        let yaml = Self.valid.replacingOccurrences(of: "period: nov-dec-2020", with: "period: nov-2020")
        let problems = problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.field == "actionLines[0].actions[0].period")
        #expect(problems.first?.line == 56)
        #expect(problems.first?.message.contains("nov-2020") == true)
    }

    @Test func aMissingRequiredFieldIsNamed() {
        let yaml = Self.valid.replacingOccurrences(of: "    title: Economie\n", with: "")
        let problems = problems(yaml)
        #expect(problems.first?.field == "challenges[0].title")
        #expect(problems.first?.message == "is required but missing")
        #expect(problems.first?.line == 22)
    }

    @Test func aWrongTypeIsNamed() {
        let yaml = Self.valid.replacingOccurrences(of: "    number: 1\n    title: Economie", with: "    number: een\n    title: Economie")
        let problems = problems(yaml)
        #expect(problems.first?.field == "challenges[0].number")
        #expect(problems.first?.line == 23)
    }

    @Test func anUnknownEnumValueIsNamed() {
        let problems = problems(Self.valid.replacingOccurrences(of: "kind: province", with: "kind: provincie"))
        #expect(problems.first?.field == "organisations[0].kind")
        #expect(problems.first?.line == 40)
    }

    @Test func brokenYAMLGivesItsLine() {
        let problems = problems(Self.valid.replacingOccurrences(of: "  title: Proefplan", with: "  title: [Proefplan"))
        #expect(problems.first?.line != nil)
        #expect(problems.first?.message.hasPrefix("not valid YAML") == true)
    }

    @Test func duplicateIDsAndBadSlugsAreAllReported() {
        let yaml = Self.valid
            .replacingOccurrences(of: "  - id: deal\n    name: Regio Deal", with: "  - id: deal\n    name: Regio Deal\n  - id: deal\n    name: Nog een\n  - id: Hoofdletters\n    name: Fout")
        let problems = problems(yaml)
        #expect(problems.map(\.field) == ["programmes[1].id", "programmes[2].id"])
        #expect(problems.map(\.line) == [37, 39])
    }

    @Test func aMisspeltFieldIsRefusedNotIgnored() {
        let problems = problems(Self.valid.replacingOccurrences(of: "period: nov-dec-2020", with: "periode: nov-dec-2020"))
        #expect(problems.count == 1)
        #expect(problems.first?.field == "actionLines[0].actions[0].periode")
        #expect(problems.first?.line == 56)
        #expect(problems.first?.message.contains("period") == true)
    }

    @Test func aMissingFileIsSaidPlainly() {
        #expect(throws: PlanFileError(file: "/bestaat/niet.yaml", problems: [.init(line: nil, column: nil, field: "", message: "there is no such file")])) {
            try PlanFile.load(path: "/bestaat/niet.yaml")
        }
    }

    @Test func aMembershipNamesATeamOrABodyNotBoth() {
        let yaml = Self.valid + """

        teams:
          - id: team
            name: Team
            actionLine: lijn
        bodies:
          - id: regiegroep
            name: Regiegroep
            kind: steeringGroup
        people:
          - id: an
            name: An
            organisation: provincie
        memberships:
          - id: m1
            person: an
            team: team
            body: regiegroep
            role: captain
            from: 2021-01-01
          - id: m2
            person: bob
            team: team
            role: aanvoerder
            from: 2021-01-01
        """
        let refused = problems(yaml)
        #expect(refused.map(\.field) == ["memberships[1].role"])
        let fixed = problems(yaml.replacingOccurrences(of: "role: aanvoerder", with: "role: member"))
        #expect(fixed.map(\.field) == ["memberships[0]", "memberships[1].person"])
    }

    @Test func anotherFormatVersionIsRefused() {
        let problems = problems(Self.valid.replacingOccurrences(of: "format: stip-plan/1", with: "format: stip-plan/9"))
        #expect(problems.first?.field == "format")
        #expect(problems.first?.line == 1)
    }

    @Test func theMessageNamesFileLineAndField() throws {
        let error = PlanFileError(file: "plan.yaml", problems: [.init(line: 7, column: 3, field: "plan.date", message: "is not a date")])
        #expect(error.description.contains("plan.yaml:7:3: plan.date: is not a date"))
        #expect(error.description.contains("nothing was loaded"))
    }
}
