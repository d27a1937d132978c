import Core
import Foundation
import StipTestSupport
import Storage
import Testing

/// Changes through the store: saved with their audit record and version, on SQLite and on
/// PostgreSQL; two people saving the same version at once get one save and one conflict.
@Suite struct RegisterChangeStoreTests {
    let account = Account(id: "a1", email: "regie@zl.nl", role: .steeringGroup)

    @Test(arguments: ScratchDatabase.available)
    func aChangeIsSavedWithItsVersionAndItsAuditRecord(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            let created = try await store.apply(RegisterChange(.people, .create([.name: "An de Vries", .organisation: "provincie-limburg"])), by: account)
            let edited = try await store.apply(
                RegisterChange(.people, .update(id: created.reference.id, values: [.name: "An de Vries-Smeets"], version: 1)), by: account)
            #expect(edited.version == 2)
            // A second store on the same database (another process) reads what was saved.
            let other = try #require(try await RegisterStore(database: db).current())
            #expect(other.person("an-de-vries")?.name == "An de Vries-Smeets")
            #expect(other.version(of: EntityReference(.people, "an-de-vries")) == 2)
            let records = try await AuditTrail(database: db).records(.init(entity: "people", entityID: "an-de-vries"))
            #expect(records.map(\.operation).sorted { $0.rawValue < $1.rawValue } == [.create, .update])
            #expect(records.allSatisfy { $0.accountEmail == "regie@zl.nl" })
            #expect(records.first { $0.operation == .update }?.before?.contains("\"name\":\"An de Vries\"") == true)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aRefusedChangeLeavesEverythingAsItWas(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            await #expect(throws: ChangeRefusal.self) {
                try await store.apply(RegisterChange(.actionLines, .delete(id: "groene-long", version: 1)), by: account)
            }
            await #expect(throws: ChangeRefusal.self) {
                try await store.apply(RegisterChange(.challenges, .create([.title: "", .number: "x"])), by: account)
            }
            #expect(try await RegisterStore(database: db).current() == SeedPlan.register)
            #expect(try await AuditTrail(database: db).records(.init(entity: "action-lines")).isEmpty)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func twoSavesOfTheSameVersionAtOnceGiveOneSaveAndOneConflict(database: ScratchDatabase) async throws {
        try await database.with { db in
            try await RegisterStore(database: db).load(SeedPlan.register, replacing: false)
            // Two stores, as two server processes would have.
            let first = RegisterStore(database: db), second = RegisterStore(database: db)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for (store, title) in [(first, "Versie A"), (second, "Versie B")] {
                    group.addTask {
                        do {
                            _ = try await store.apply(RegisterChange(.actions, .update(id: "groene-long-k01", values: [.title: title], version: 1)),
                                                      by: Account(id: "a", email: "a@zl.nl", role: .steeringGroup))
                            return "saved"
                        } catch let refusal as ChangeRefusal {
                            if case .conflict = refusal { return "conflict" }
                            return "other refusal"
                        } catch {
                            return "error: \(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(outcomes.sorted() == ["conflict", "saved"])
            let action = try #require(try await RegisterStore(database: db).current()?.action("groene-long-k01"))
            #expect(action.version == 2)
            #expect(try await AuditTrail(database: db).records(.init(entity: "actions")).count == 1)
        }
    }
}
