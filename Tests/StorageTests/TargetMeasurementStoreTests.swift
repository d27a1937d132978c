import Core
import Foundation
import StipTestSupport
import Storage
import Testing

/// Measurements go in and come back exactly, on SQLite and on PostgreSQL; every add, edit and
/// delete has its audit record, an edit from an older version is refused, and a measurement
/// that does not fit its target is not kept.
@Suite struct TargetMeasurementStoreTests {
    static let editor = Account(id: "a1", email: "regie@zuid-limburg.nl", role: .steeringGroup)
    static let youth = Target(id: "jeugd-even-gezond-2050", text: "jeugd", kind: .gapClosure, year: 2050)
    static let esfri = Target(id: "esfri-roadmap-2021", text: "ESFRI", kind: .milestone, year: 2021)

    static let gap = TargetMeasurement(
        id: "m1", target: youth.id, date: "2020-01-01",
        reading: .gap(indicator: "ervaren gezondheid", region: 80.5, restOfCountry: 86.25, higherIsBetter: true),
        source: "GGD Gezondheidsmonitor Jeugd 2019", note: "12-18 jaar")

    @Test(arguments: ScratchDatabase.available)
    func everyReadingComesBackAsStored(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = TargetMeasurementStore(database: db)
            #expect(try await store.all().isEmpty)
            let growth = TargetMeasurement(id: "m2", target: "brp-5-procent", date: "2021-01-01",
                                           reading: .indexedGrowth(region: 101.5, benchmark: 100.25), source: "CBS")
            let count = TargetMeasurement(id: "m3", target: "chemelot-250000-woningen", date: "2021-01-01", reading: .count(12_000), source: "Chemelot")
            let reached = TargetMeasurement(id: "m4", target: Self.esfri.id, date: "2021-06-30", reading: .reached(true), source: "ESFRI")
            try await store.add(Self.gap, of: Self.youth, by: Self.editor)
            try await store.add(growth, of: Target(id: "brp-5-procent", text: "", kind: .relativeGrowth, year: 2030, value: 5), by: Self.editor)
            try await store.add(count, of: Target(id: "chemelot-250000-woningen", text: "", kind: .count, value: 250_000), by: Self.editor)
            try await store.add(reached, of: Self.esfri, by: Self.editor)
            let all = try await store.all()
            #expect(Set(all.map(\.measurement.id)) == ["m1", "m2", "m3", "m4"])
            #expect(all.allSatisfy { $0.version == 1 })
            #expect(try await store.measurements(of: Self.youth.id).map(\.measurement) == [Self.gap])
            #expect(try await store.measurement("m2")?.measurement == growth)
            #expect(try await store.measurement("m3")?.measurement == count)
            #expect(try await store.measurement("m4")?.measurement == reached)
            let audit = try await AuditTrail(database: db).records(.init(entity: "target_measurements"))
            #expect(audit.count == 4)
            #expect(audit.allSatisfy { $0.operation == .create && $0.accountEmail == Self.editor.email })
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func anEditAndADeleteAreKeptWithTheirAuditRecordsAndAnOldVersionIsRefused(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = TargetMeasurementStore(database: db)
            try await store.add(Self.gap, of: Self.youth, by: Self.editor)
            var changed = Self.gap
            changed.reading = .gap(indicator: "ervaren gezondheid", region: 81, restOfCountry: 86.25, higherIsBetter: true)
            #expect(try await store.edit(changed, of: Self.youth, version: 1, by: Self.editor) == 2)
            let stored = try #require(try await store.measurement("m1"))
            #expect(stored.measurement == changed)
            #expect(stored.version == 2)
            await #expect(throws: TargetMeasurementRefusal.conflict(version: 2)) {
                try await store.edit(Self.gap, of: Self.youth, version: 1, by: Self.editor)
            }
            await #expect(throws: TargetMeasurementRefusal.conflict(version: 2)) { try await store.delete("m1", version: 1, by: Self.editor) }
            #expect(try await store.measurement("m1")?.measurement == changed)
            try await store.delete("m1", version: 2, by: Self.editor)
            #expect(try await store.all().isEmpty)
            await #expect(throws: TargetMeasurementRefusal.notFound("m1")) { try await store.delete("m1", version: 3, by: Self.editor) }
            let audit = try await AuditTrail(database: db).records(.init(entity: "target_measurements", entityID: "m1"))
            #expect(Set(audit.map(\.operation)) == [.create, .update, .delete])
            let update = try #require(audit.first { $0.operation == .update })
            #expect(update.before?.contains("\"region\":\"80.5\"") == true)
            #expect(update.after?.contains("\"region\":\"81.0\"") == true)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aMeasurementThatDoesNotFitItsTargetIsNotKept(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = TargetMeasurementStore(database: db)
            let wrong = TargetMeasurement(id: "m9", target: Self.esfri.id, date: "2021-01-01", reading: .count(3), source: "x")
            await #expect(throws: TargetMeasurementRefusal.invalid(.readingDoesNotFit(.milestone))) {
                try await store.add(wrong, of: Self.esfri, by: Self.editor)
            }
            await #expect(throws: TargetMeasurementRefusal.wrongTarget(Self.youth.id)) {
                try await store.add(Self.gap, of: Self.esfri, by: Self.editor)
            }
            try await store.add(Self.gap, of: Self.youth, by: Self.editor)
            await #expect(throws: TargetMeasurementRefusal.idTaken("m1")) { try await store.add(Self.gap, of: Self.youth, by: Self.editor) }
            #expect(try await store.all().count == 1)
            #expect(try await AuditTrail(database: db).records(.init(entity: "target_measurements")).count == 1)
        }
    }
}
