import Core
import StipTestSupport
import Testing

/// Creating, editing and deleting records in the register: what is checked, what a version
/// guards, and what may not be deleted while others point at it.
@Suite struct RegisterChangeTests {
    let register = SeedPlan.register

    func applied(_ change: RegisterChange) throws -> AppliedChange {
        try register.applying(change)
    }

    func refusal(_ change: RegisterChange) -> ChangeRefusal? {
        do {
            _ = try register.applying(change)
            return nil
        } catch {
            return error
        }
    }

    @Test func aNewChallengeGetsAnIDFromItsTitleAndVersionOne() throws {
        let change = try applied(RegisterChange(.challenges, .create([.number: "4", .title: "Één Zuid-Limburg, één overheid"])))
        #expect(change.reference == EntityReference(.challenges, "een-zuid-limburg-een-overheid"))
        #expect(change.register.challenges.map(\.number) == [1, 2, 3, 4])
        #expect(change.register.version(of: change.reference) == 1)
        #expect(change.operation == .create && change.before == nil && change.after?[.title] == "Één Zuid-Limburg, één overheid")
    }

    @Test func everyWrongFieldIsNamedAtOnceAndNothingChanges() {
        let refused = refusal(RegisterChange(.challenges, .create([.number: "2", .title: "  ", .id: "Geen Id!", .themes: "bestaat-niet"])))
        #expect(refused == .invalid([.number: .numberTaken(2), .title: .required, .id: .notAnID("Geen Id!"), .themes: .unknownReference("bestaat-niet")]))
    }

    @Test func anEditFromAnOlderVersionIsRefusedWithTheRecordAsItIsNow() throws {
        let first = try applied(RegisterChange(.organisations, .update(id: "provincie-limburg", values: [.name: "Provincie Limburg (LI)"], version: 1)))
        #expect(first.version == 2)
        #expect(first.before?[.name] == "Provincie Limburg" && first.after?[.name] == "Provincie Limburg (LI)")
        // Fields the edit leaves out keep their values.
        #expect(first.after?[.kind] == "province" && first.after?[.country] == "NL")
        do {
            _ = try first.register.applying(RegisterChange(.organisations, .update(id: "provincie-limburg", values: [.name: "Anders"], version: 1)))
            Issue.record("a stale edit was accepted")
        } catch {
            #expect(error == .conflict(current: first.after!, version: 2))
        }
    }

    @Test func anActionKeepsItsLineAndTermAndCountsItsVersionOnItself() throws {
        let change = try applied(RegisterChange(.actions, .update(id: "groene-long-k01", values: [.status: "running", .line: "economie", .term: "outlook"], version: 1)))
        let action = try #require(change.register.action("groene-long-k01"))
        #expect(action.status == .running && action.line == "groene-long" && action.term == .short && action.version == 2)
    }

    /// The records a refused delete names, or nil when it was not refused for that.
    func referrers(_ change: RegisterChange, in register: Register) -> [EntityReference]? {
        let outcome = Result { () throws(ChangeRefusal) in try register.applying(change) }
        guard case let .failure(.referenced(referrers)) = outcome else { return nil }
        return referrers
    }

    @Test func somethingOthersReferToIsNotDeletedAndTheyAreListed() throws {
        // An organisation that people belong to: refused, with the people named.
        let withPerson = try applied(RegisterChange(.people, .create([.name: "An de Vries", .organisation: "gemeente-heerlen"])))
        let ofOrganisation = referrers(RegisterChange(.organisations, .delete(id: "gemeente-heerlen", version: 1)), in: withPerson.register)
        #expect(ofOrganisation?.contains(EntityReference(.people, "an-de-vries")) == true)
        // An action line that actions, a team and the samenhang refer to.
        let ofLine = try #require(referrers(RegisterChange(.actionLines, .delete(id: "groene-long", version: 1)), in: register))
        #expect(ofLine.contains(EntityReference(.actions, "groene-long-k01")))
        #expect(ofLine.contains(EntityReference(.teams, "team-groene-long")))
        #expect(ofLine.contains { $0.kind == .dependencies })
    }

    @Test func aRecordNobodyRefersToIsDeleted() throws {
        let change = try applied(RegisterChange(.targets, .delete(id: "brp-5-procent", version: 1)))
        #expect(!change.register.ambitions.flatMap(\.targets).contains { $0.id == "brp-5-procent" })
        #expect(change.before?[.ambition] != nil && change.after == nil)
    }

    @Test func aTargetMovesToAnotherAmbition() throws {
        let from = try #require(register.ambitions.first { $0.targets.contains { $0.id == "brp-5-procent" } })
        let to = try #require(register.ambitions.first { $0.id != from.id })
        let change = try applied(RegisterChange(.targets, .update(id: "brp-5-procent", values: [.ambition: to.id, .value: "5,5"], version: 1)))
        #expect(change.register.ambition(to.id)?.targets.last?.id == "brp-5-procent")
        #expect(change.register.ambition(to.id)?.targets.last?.value == 5.5)
        #expect(change.register.ambition(from.id)?.targets.contains { $0.id == "brp-5-procent" } == false)
    }

    @Test func aTeamCannotHangUnderItsOwnSubTeam() throws {
        let sub = try applied(RegisterChange(.teams, .create([.name: "Deelteam Heuvelland", .parent: "team-groene-long"])))
        do {
            _ = try sub.register.applying(RegisterChange(.teams, .update(id: "team-groene-long", values: [.parent: sub.reference.id], version: 1)))
            Issue.record("a cycle of teams was accepted")
        } catch {
            #expect(error == .invalid([.parent: .cycle]))
        }
    }

    @Test func aMembershipIsOfATeamOrABodyAndEndsAfterItBegins() throws {
        let person = try applied(RegisterChange(.people, .create([.name: "Bo Smeets"])))
        do {
            _ = try person.register.applying(RegisterChange(.memberships, .create([
                .person: "bo-smeets", .team: "team-groene-long", .body: "katalysatorteam", .role: "captain", .from: "2021-03-01", .until: "2021-01-01"])))
            Issue.record("a membership of both a team and a body was accepted")
        } catch {
            #expect(error == .invalid([.team: .teamOrBody, .until: .endsBeforeStart]))
        }
        let joined = try person.register.applying(RegisterChange(.memberships, .create([
            .person: "bo-smeets", .team: "team-groene-long", .role: "captain", .from: "2021-03-01"])))
        #expect(joined.register.memberships.count == 1)
        #expect(joined.register.title(of: joined.reference) == "Bo Smeets – Team groene long")
    }

    @Test func everyKindShowsTheValuesItWasGivenBackAsAForm() throws {
        // A round trip through each editor leaves the seeded record as it was.
        for kind in EntityKind.allCases {
            let editor = kind.editor
            let ids = register.ids(of: kind)
            for id in ids {
                let stored = editor.values(of: id, in: register)
                let values = try #require(stored)
                let change = try register.applying(RegisterChange(kind, .update(id: id, values: values, version: 1)))
                var expected = register
                expected.versions = change.register.versions
                if kind == .actions, let index = expected.actions.firstIndex(where: { $0.id == id }) { expected.actions[index].version = 2 }
                #expect(change.register == expected, "\(kind.rawValue) \(id)")
            }
        }
    }
}
