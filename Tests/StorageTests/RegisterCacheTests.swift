import Core
import StipTestSupport
import Storage
import Testing

/// The register a store keeps after its own write is the one a read gives back: a second
/// instance on the same database (which reads it) and the writing one (which keeps it without
/// reading) show the same plan, record for record and in the same order.
@Suite struct RegisterCacheTests {
    let account = Account(id: "a1", email: "regie@zl.nl", role: .steeringGroup)

    @Test(arguments: ScratchDatabase.available)
    func whatAStoreKeepsAfterAnEditIsWhatAReadGivesBack(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            func expectSameAsARead(_ what: String) async throws {
                let kept = try #require(try await store.current())
                let read = try #require(try await RegisterStore(database: db).current())
                #expect(kept == read, "after \(what)")
            }
            // Every kind edited once: its first record, with a name or title changed where it has one.
            for kind in EntityKind.allCases {
                let register = try #require(try await store.current())
                guard let id = register.ids(of: kind).first, var values = kind.editor.values(of: id, in: register) else { continue }
                for field in [FieldName.title, .name] where values[field] != nil { values[field] = "\(values[field]!) (bewerkt)" }
                let version = register.version(of: EntityReference(kind, id))
                _ = try await store.apply(RegisterChange(kind, .update(id: id, values: values, version: version)), by: account)
                try await expectSameAsARead("an edit of \(kind.rawValue) \(id)")
            }
            // Records made (a challenge numbered before others, a sub-team, a person and a membership), moved and deleted.
            let challenge = try await store.apply(RegisterChange(.challenges, .create([.number: "4", .title: "Één overheid"])), by: account)
            try await expectSameAsARead("a new challenge")
            _ = try await store.apply(RegisterChange(.teams, .create([.name: "Deelteam Heuvelland", .parent: "team-groene-long"])), by: account)
            try await expectSameAsARead("a new sub-team")
            let person = try await store.apply(RegisterChange(.people, .create([.name: "Bo Smeets"])), by: account)
            _ = try await store.apply(RegisterChange(.memberships, .create([
                .person: person.reference.id, .team: "team-groene-long", .role: "captain", .from: "2021-03-01"])), by: account)
            try await expectSameAsARead("a new membership")
            _ = try await store.apply(RegisterChange(.challenges, .delete(id: challenge.reference.id, version: challenge.version)), by: account)
            try await expectSameAsARead("a deleted challenge")
        }
    }
}
