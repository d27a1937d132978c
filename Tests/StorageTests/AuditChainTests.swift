import Core
import Foundation
import Monitor
import StipTestSupport
import Storage
import Testing

/// The audit trail is append-only in the database itself, and its records form a hash chain
/// that `stip audit verify` walks: a record changed behind Stip's back is found.
@Suite struct AuditChainTests {
    @Test(arguments: ScratchDatabase.available)
    func theDatabaseRefusesToChangeOrDeleteAnAuditRecord(database: ScratchDatabase) async throws {
        try await database.with { db in
            try await RegisterStore(database: db).load(SeedPlan.register, replacing: false)
            let trail = AuditTrail(database: db)
            let before = try await trail.records()
            #expect(!before.isEmpty)
            await #expect(throws: (any Error).self) { try await db.execute(sql: "UPDATE audit_records SET account_email = 'iemand@anders.nl'") }
            await #expect(throws: (any Error).self) { try await db.execute(sql: "DELETE FROM audit_records") }
            if database.kind == .postgres {
                await #expect(throws: (any Error).self) { try await db.execute(sql: "TRUNCATE audit_records") }
            }
            await #expect(throws: (any Error).self) { try await db.execute(sql: "DELETE FROM audit_chain_head") }
            #expect(try await trail.records() == before)
            #expect(try await trail.verify().isWhole)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func verifyFindsARecordChangedRemovedOrAddedBehindStipsBack(database: ScratchDatabase) async throws {
        let dropTriggers = database.kind == .sqlite
            ? "DROP TRIGGER audit_records_no_update; DROP TRIGGER audit_records_no_delete"
            : "DROP TRIGGER audit_records_append_only ON audit_records"
        for tampering in [
            "UPDATE audit_records SET entity_id = 'anders' WHERE position = 2",
            "UPDATE audit_records SET at = '1999-01-01T00:00:00Z' WHERE position = 1",
            "DELETE FROM audit_records WHERE position = 1",
            "DELETE FROM audit_records WHERE position = (SELECT max(position) FROM audit_records)",
        ] {
            try await database.with { db in
                let store = RegisterStore(database: db)
                try await store.load(SeedPlan.register, replacing: false)
                try await store.load(SeedPlan.register, replacing: true)
                let trail = AuditTrail(database: db)
                #expect(try await trail.verify() == AuditVerification(records: try await trail.records().count, broken: nil))
                for statement in dropTriggers.split(separator: ";") { try await db.execute(sql: String(statement)) }
                try await db.execute(sql: tampering)
                let verification = try await trail.verify()
                #expect(!verification.isWhole, "\(tampering) went unnoticed")
            }
        }
    }

    /// PostgreSQL runs writers side by side; SQLite has one writer at a time (and refuses a
    /// second account writer as busy, which the single write path of a later issue retries).
    @Test(arguments: ScratchDatabase.available.filter { $0.kind == .postgres })
    func concurrentWritersKeepOneUnbrokenChain(database: ScratchDatabase) async throws {
        try await database.with { db in
            let accounts = AccountStore(database: db)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<16 {
                    group.addTask {
                        _ = try await accounts.create(email: "persoon\(index)@zuid-limburg.nl", role: .partner, teams: [], passwordHash: "x")
                    }
                }
                try await group.waitForAll()
            }
            let verification = try await AuditTrail(database: db).verify()
            #expect(verification == AuditVerification(records: 16, broken: nil))
        }
    }
}

/// Monitor imports, boundaries, the adopted baseline and a replaced plan are changes like any
/// other: each is in the audit trail, with what it held.
@Suite struct MonitorAndSeedAuditTests {
    @Test(arguments: ScratchDatabase.available)
    func importsBoundariesBaselineAndAReplacedPlanAreInTheTrail(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = MonitorStore(database: db)
            _ = try await store.importFile(
                MonitorStoreTests.result([("BU09171001", 2015, "inwoners", 470), ("BU09171002", 2015, "inwoners", 300)], checksum: "abc123", file: "kwb2015.csv"),
                by: "stip monitor import")
            let ring = [Coordinate(longitude: 5.9, latitude: 50.9), Coordinate(longitude: 5.9, latitude: 50.91), Coordinate(longitude: 5.91, latitude: 50.91)]
            try await store.storeBoundaries([Boundary(code: AreaCode("BU09171001")!, rings: [ring])], year: 2015, file: "buurten.geojson")
            _ = try await store.adoptBaseline(year: 2015, definition: "KWB 2015", by: "stip monitor baseline")

            let register = RegisterStore(database: db)
            try await register.load(SeedPlan.register, replacing: false)
            var changed = SeedPlan.register
            changed.actions.removeLast()
            try await register.load(changed, replacing: true, by: "stip seed --replace")

            let trail = AuditTrail(database: db)
            let imported = try #require(try await trail.records(.init(entity: "monitor-imports")).first)
            #expect(imported.accountEmail == "stip monitor import")
            #expect(imported.after?.contains("kwb2015.csv") == true && imported.after?.contains("\"observations\":\"2\"") == true)
            let boundaries = try #require(try await trail.records(.init(entity: "monitor-boundaries")).first)
            #expect(boundaries.after?.contains("buurten.geojson") == true && boundaries.after?.contains("\"boundaries\":\"1\"") == true)
            let baseline = try #require(try await trail.records(.init(entity: "monitor-baselines")).first)
            #expect(baseline.after?.contains("\"values\":\"2\"") == true)
            let replaced = try #require(try await trail.records(.init(entity: "plans")).first { $0.operation == .update })
            let removed = try #require(SeedPlan.register.actions.last?.id)
            #expect(replaced.accountEmail == "stip seed --replace")
            #expect(replaced.after?.contains("\"removed.actions\":\"\(removed)\"") == true)
            #expect(replaced.before?.contains("\"count.actions\":\"\(SeedPlan.register.actions.count)\"") == true)
            #expect(try await trail.verify().isWhole)
        }
    }
}
