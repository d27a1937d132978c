import Core
import Services
import StipTestSupport
import Storage
import Testing

/// Who may change what is decided by the use case, inside the write, on the register the change
/// is made on: an aanvoerder changes their own team's actions and nothing else, and a refusal
/// writes nothing, not even an audit record.
@Suite struct RegisterEditingTests {
    let captain = Account(id: "c1", email: "aanvoerder@zl.nl", role: .captain, teams: ["team-groene-long"])
    let steering = Account(id: "r1", email: "regie@zl.nl", role: .steeringGroup)

    func otherTeamsAction(in register: Register) throws -> Action {
        try #require(register.actions.first { register.team(of: $0)?.id == "team-europese-schakelregio" })
    }

    @Test(arguments: ScratchDatabase.available)
    func anAanvoerderChangesTheirOwnTeamsActionsAndNothingRefusedIsWritten(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            let editing = RegisterEditing(store: store), trail = AuditTrail(database: db)
            let register = try #require(try await store.current())
            let own = EntityReference(.actions, "groene-long-k01")
            let saved = try await editing.apply(
                RegisterChange(.actions, .update(id: own.id, values: [.status: "running"], version: register.version(of: own))), by: captain)
            #expect(saved.register.action(own.id)?.status == .running)

            let length = try await trail.length()
            let other = try otherTeamsAction(in: register)
            await #expect(throws: AccessRefusal.forbidden) {
                try await editing.apply(RegisterChange(.actions, .update(id: other.id, values: [.status: "running"], version: other.version)), by: captain)
            }
            // Handing one's own action to another team would take it out of one's hands: refused too.
            await #expect(throws: AccessRefusal.forbidden) {
                try await editing.apply(RegisterChange(.actions, .update(
                    id: own.id, values: [.ownerTeam: "team-europese-schakelregio"], version: saved.version)), by: captain)
            }
            await #expect(throws: AccessRefusal.forbidden) {
                try await editing.apply(RegisterChange(.organisations, .create([.name: "Stichting Proef", .kind: "company", .country: "NL"])), by: captain)
            }
            await #expect(throws: AccessRefusal.notLoggedIn) {
                try await editing.apply(RegisterChange(.actions, .update(id: own.id, values: [.status: "done"], version: saved.version)), by: nil)
            }
            #expect(try await trail.length() == length)
            #expect(try await store.current()?.action(own.id)?.ownerTeam == nil)
        }
    }

    /// The check is made on what is stored at the moment of writing, not on a copy the asker
    /// read earlier: an action handed to another team meanwhile is no longer the aanvoerder's.
    @Test func permissionIsCheckedOnTheRegisterTheChangeIsMadeOn() async throws {
        try await ScratchDatabase(kind: .sqlite).with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            // A second instance that trusts its copy for an hour, so it would not notice by itself.
            let stale = RegisterStore(database: db, freshness: .seconds(3600))
            _ = try await stale.current()
            let id = "groene-long-k01"
            let handed = try await RegisterEditing(store: store).apply(RegisterChange(.actions, .update(
                id: id, values: [.ownerTeam: "team-europese-schakelregio"], version: try #require(try await store.current()).version(of: EntityReference(.actions, id)))),
                by: steering)
            #expect(try await stale.current()?.action(id)?.ownerTeam == nil, "the second instance still holds its old copy")
            await #expect(throws: AccessRefusal.forbidden) {
                try await RegisterEditing(store: stale).apply(RegisterChange(.actions, .update(id: id, values: [.title: "Overgenomen"], version: handed.version)), by: captain)
            }
            #expect(try await RegisterStore(database: db).current()?.action(id)?.title != "Overgenomen")
        }
    }
}
