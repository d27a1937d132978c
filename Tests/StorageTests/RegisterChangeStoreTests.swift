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
                RegisterChange(.people, .update(id: created.reference.id, values: [.name: "An de Vries-Smeets"], version: created.version)), by: account)
            #expect(edited.version > created.version)
            // A second store on the same database (another process) reads what was saved, and
            // exactly what the writing store kept in memory without reading it back.
            let other = try #require(try await RegisterStore(database: db).current())
            #expect(other.person("an-de-vries")?.name == "An de Vries-Smeets")
            #expect(other.version(of: EntityReference(.people, "an-de-vries")) == edited.version)
            #expect(try await store.current() == other)
            let records = try await AuditTrail(database: db).records(.init(entity: "people", entityID: "an-de-vries"))
            #expect(records.map(\.operation).sorted { $0.rawValue < $1.rawValue } == [.create, .update])
            #expect(records.allSatisfy { $0.accountEmail == "regie@zl.nl" })
            #expect(records.first { $0.operation == .update }?.before?.contains("\"name\":\"An de Vries\"") == true)
        }
    }

    /// A form read before a record was deleted and made again, or before the plan was loaded
    /// again, carries a version that the record never has again: it is refused, not written.
    @Test(arguments: ScratchDatabase.available)
    func aStaleVersionIsRefusedAfterADeleteAndRecreateAndAfterAReload(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            let organisation: FieldValues = [.name: "Stichting Proef", .kind: "company", .country: "NL"]
            let first = try await store.apply(RegisterChange(.organisations, .create(organisation)), by: account)
            let staleVersion = first.version
            _ = try await store.apply(RegisterChange(.organisations, .delete(id: first.reference.id, version: staleVersion)), by: account)
            let again = try await store.apply(RegisterChange(.organisations, .create(organisation)), by: account)
            #expect(again.reference == first.reference && again.version > staleVersion)
            await #expect(throws: ChangeRefusal.self) {
                try await store.apply(RegisterChange(.organisations, .update(id: first.reference.id, values: [.name: "Overschreven"], version: staleVersion)), by: account)
            }

            let action = EntityReference(.actions, "groene-long-k01")
            let before = try #require(try await store.current()).version(of: action)
            try await store.load(SeedPlan.register, replacing: true)
            let after = try #require(try await store.current()).version(of: action)
            #expect(after > before)
            do {
                _ = try await store.apply(RegisterChange(.actions, .update(id: action.id, values: [.title: "Overschreven"], version: before)), by: account)
                Issue.record("a form from before the reload was saved")
            } catch let ChangeRefusal.conflict(current, version) {
                #expect(version == after && current[.title] != "Overschreven")
            }
            #expect(try await RegisterStore(database: db).current()?.action(action.id)?.title != "Overschreven")
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
            #expect(try await RegisterStore(database: db).current() == SeedPlan.stored)
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
