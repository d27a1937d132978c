import Core
import Foundation
import StipTestSupport
import Storage
import Testing

/// The register goes into the database and comes back exactly as it went in, on SQLite and
/// on PostgreSQL; a load is all or nothing.
@Suite struct RegisterStoreTests {
    @Test(arguments: ScratchDatabase.available)
    func thePlanComesBackExactlyAsLoaded(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            #expect(try await store.current() == nil)
            #expect(try await store.isEmpty())
            try await store.load(SeedPlan.register, replacing: false)
            let stored = try #require(try await store.current())
            #expect(stored == SeedPlan.stored)
            #expect(try await !store.isEmpty())
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func teamsPeopleAndTheirHistoryComeBackAsLoaded(database: ScratchDatabase) async throws {
        var register = SeedPlan.register
        register.teams.append(TaskTeam(id: "deelteam-water", name: "Deelteam water", parent: "team-groene-long", governmentRole: .facilitating))
        register.teams.append(TaskTeam(id: "deelteam-bron", name: "Deelteam bron", parent: "deelteam-water"))
        register.people = [Person(id: "an", name: "An", organisation: "provincie-limburg"), Person(id: "bo", name: "Bo")]
        register.memberships = [
            Membership(id: "m1", person: "an", team: "team-groene-long", role: .captain, from: "2021-01-01", until: "2021-06-30"),
            Membership(id: "m2", person: "bo", team: "team-groene-long", role: .captain, from: "2021-07-01"),
            Membership(id: "m3", person: "an", body: "ambtelijke-regiegroep", role: .chair, from: "2021-01-01"),
        ]
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(register, replacing: false)
            var stored = register
            stored.stampVersions(1)
            #expect(try await store.current() == stored)
            // Loaded again, every record is at the new revision: 2.
            try await store.load(SeedPlan.register, replacing: true)
            var again = SeedPlan.register
            again.stampVersions(2)
            #expect(try await store.current() == again)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aSecondLoadIsRefusedUnlessReplacing(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            await #expect(throws: StorageError.notEmpty) {
                try await store.load(SeedPlan.register, replacing: false)
            }
            var changed = SeedPlan.register
            changed.plan.version = "2.0"
            changed.actions.removeLast()
            try await store.load(changed, replacing: true)
            let stored = try #require(try await store.current())
            #expect(stored.plan.version == "2.0")
            #expect(stored.actions.count == SeedPlan.register.actions.count - 1)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aLoadThatFailsHalfwayChangesNothing(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            // An action on a line that does not exist: the database's foreign key refuses it
            // after everything before it was written, and all of that must be rolled back.
            var broken = SeedPlan.register
            broken.plan.version = "9.9"
            broken.actions.append(Action(id: "wees-k01", line: "bestaat-niet", position: 1, title: "Wees", term: .short))
            await #expect(throws: (any Error).self) {
                try await store.load(broken, replacing: true)
            }
            let stored = try #require(try await store.current())
            #expect(stored == SeedPlan.stored)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aSecondStoreSeesTheChangesOfTheFirst(database: ScratchDatabase) async throws {
        try await database.with { db in
            // The reader checks the stored revision on every read, as a server does once its freshness has passed.
            let writer = RegisterStore(database: db), reader = RegisterStore(database: db, freshness: .zero)
            try await writer.load(SeedPlan.register, replacing: false)
            #expect(try await reader.current()?.plan.version == SeedPlan.register.plan.version)
            var next = SeedPlan.register
            next.plan.version = "1.1"
            try await writer.load(next, replacing: true)
            // The reader's cached copy is stale now; the revision tells it so.
            #expect(try await reader.current()?.plan.version == "1.1")
        }
    }

    @Test func sqliteWritesAheadSoReadersGoOnWhileOneWrites() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stip-wal-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let database = try await StipDatabase(location: .sqlite(path: path))
        try await database.migrate()
        try await RegisterStore(database: database).load(SeedPlan.register, replacing: false)
        // In WAL mode SQLite keeps a write-ahead log beside the database while connections are open.
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        await database.shutdown()
    }

    @Test func theDatabaseURLChoosesTheDatabase() throws {
        #expect(try DatabaseLocation.from(environment: [:]) == .sqlite(path: "stip.sqlite"))
        #expect(try DatabaseLocation.from(environment: ["DATABASE_URL": "sqlite:/tmp/x.sqlite"]) == .sqlite(path: "/tmp/x.sqlite"))
        #expect(try DatabaseLocation.from(environment: ["DATABASE_URL": "sqlite:///tmp/x.sqlite"]) == .sqlite(path: "/tmp/x.sqlite"))
        #expect(try DatabaseLocation.from(environment: ["DATABASE_URL": "postgres://u:p@localhost/stip"]) == .postgres(url: "postgres://u:p@localhost/stip"))
        #expect(throws: StorageError.self) { try DatabaseLocation.from(environment: ["DATABASE_URL": "mysql://x"]) }
        #expect(DatabaseLocation.postgres(url: "postgres://u:geheim@localhost/stip").description.contains("geheim") == false)
    }
}
