import Core
import FluentKit
import Foundation
import SQLKit
import Synchronization

/// The register as read at one revision of the database.
public struct RegisterSnapshot: Sendable {
    /// Goes up with every change to the register; pages rendered at one revision stay right until it moves.
    public let revision: Int
    public let register: Register
}

/// Reads and writes the programme register.
///
/// Reading costs one query: the register is kept in memory with the revision it was read at,
/// and the stored revision is checked on every read (unless `freshness` allows an older
/// check), so a write by another process (a second `stip serve` on the same database, or
/// `stip seed --replace`) shows on the next page. A write through this store keeps its result.
public final class RegisterStore: Sendable {
    private struct Cache {
        var snapshot: RegisterSnapshot?
        var checkedAt: ContinuousClock.Instant
        /// The revision this process last wrote: an older snapshot, read before the write, is never kept.
        var floor = 0
        /// The revision a write of this process is making, and who waits for it to be kept.
        var writing: Int?
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    /// Internal, so the people-and-money store can work on the same database.
    let database: StipDatabase
    private let freshness: Duration
    private let cache = Mutex(Cache(snapshot: nil, checkedAt: .now))

    public init(database: StipDatabase, freshness: Duration = .zero) {
        self.database = database
        self.freshness = freshness
    }

    /// The register as stored now, or nil when no plan has been loaded.
    public func current() async throws -> Register? {
        try await snapshot()?.register
    }

    public func snapshot() async throws -> RegisterSnapshot? {
        let now = ContinuousClock.now
        let cached = cache.withLock { state in state.snapshot.map { (snapshot: $0, checkedAt: state.checkedAt) } }
        if let cached, now - cached.checkedAt < freshness {
            return cached.snapshot
        }
        let revision = try await Self.revision(on: database.database)
        if let cached, cached.snapshot.revision == revision {
            cache.withLock { if $0.snapshot?.revision == revision { $0.checkedAt = now } }
            return cached.snapshot
        }
        // Committed by a write of this process that is about to keep its result: wait the
        // moment for it rather than read the whole register again.
        if let kept = await keptWrite(revision) { return kept }
        let loaded = try await database.database.transaction { db in
            (revision: try await Self.revision(on: db), register: try await Self.load(on: db))
        }
        guard let register = loaded.register else { return nil }
        let snapshot = RegisterSnapshot(revision: loaded.revision, register: register)
        cache.withLock { cache in
            if loaded.revision >= cache.floor, loaded.revision >= (cache.snapshot?.revision ?? 0) {
                cache.snapshot = snapshot
                cache.checkedAt = now
            }
        }
        return snapshot
    }

    /// The snapshot a write of this process made at `revision`, once it is kept; nil when no
    /// write of this process is making it (another process wrote) or the write failed.
    private func keptWrite(_ revision: Int) async -> RegisterSnapshot? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let wait = cache.withLock { state -> Bool in
                guard state.writing == revision else { return false }
                state.waiting.append(continuation)
                return true
            }
            if !wait { continuation.resume() }
        }
        return cache.withLock { $0.snapshot?.revision == revision ? $0.snapshot : nil }
    }

    /// A write of this process is making `revision` (inside its transaction).
    private func writing(_ revision: Int) {
        cache.withLock { $0.writing = revision }
    }

    /// The write is over: what it kept (if anything) is there, and whoever waited goes on.
    private func keep(_ update: (inout Cache) -> Void) {
        let waiting = cache.withLock { state -> [CheckedContinuation<Void, Never>] in
            let waiting = state.waiting
            update(&state)
            state.writing = nil
            state.waiting = []
            return waiting
        }
        for waiter in waiting { waiter.resume() }
    }

    /// What this process wrote, it reads back at once: the copy in memory goes, and no
    /// snapshot older than the write may take its place.
    private func wrote(_ revision: Int) {
        keep { $0 = Cache(snapshot: nil, checkedAt: .now, floor: revision) }
    }

    /// What this process wrote, kept as the copy in memory: the register after the write is
    /// known without reading it back.
    private func wrote(_ snapshot: RegisterSnapshot) {
        keep { $0 = Cache(snapshot: snapshot, checkedAt: .now, floor: snapshot.revision) }
    }

    /// The register as stored just before `revision` was taken: the copy in memory when it is
    /// at the revision before (nobody wrote in between, as raising the revision queues every
    /// writer), otherwise read inside the transaction.
    private func register(before revision: Int, on db: any Database) async throws -> Register? {
        if let cached = cache.withLock({ $0.snapshot }), cached.revision == revision - 1 { return cached.register }
        return try await Self.load(on: db)
    }

    public func isEmpty() async throws -> Bool {
        try await PlanModel.query(on: database.database).count() == 0
    }

    /// Loads a plan into the database: all of it or, on any failure, nothing.
    /// Refuses a database that already holds a plan unless `replacing` is set.
    public func load(_ register: Register, replacing: Bool, by actor: String = "stip seed") async throws {
        let revision = try await database.transaction { db in
            let existing = try await PlanModel.query(on: db).first()
            if existing != nil && !replacing { throw StorageError.notEmpty }
            let previous = existing == nil ? nil : try await Self.load(on: db)
            // Every record starts at the new revision: above any version a form read before
            // (versions come from the revision, which never goes back, not even here).
            let revision = try await Self.bumpRevision(on: db)
            var register = register
            register.stampVersions(revision)
            try await Self.deleteAll(on: db)
            try await RegisterRecords(register).create(on: db)
            // A replacement says, kind by kind, how many records there were and are, and which came and went.
            var before = existing.map { ["id": $0.id ?? "", "title": $0.title, "version": $0.version] }
            var after = ["id": register.plan.id, "title": register.plan.title, "version": register.plan.version]
            let old = previous.map(RegisterInventory.init), new = RegisterInventory(register)
            for (kind, ids) in new.ids {
                after["count." + kind] = String(ids.count)
                guard let was = old?.ids[kind] else { continue }
                before?["count." + kind] = String(was.count)
                let added = ids.subtracting(was).sorted(), removed = was.subtracting(ids).sorted()
                if !added.isEmpty { after["added." + kind] = added.joined(separator: ", ") }
                if !removed.isEmpty { after["removed." + kind] = removed.joined(separator: ", ") }
            }
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: Self.now(), accountID: nil, accountEmail: actor, entity: "plans",
                entityID: register.plan.id, operation: existing == nil ? .create : .update,
                before: before.map { Self.json($0) }, after: Self.json(after)), on: db)
            return revision
        }
        wrote(revision)
    }

    /// Makes a create, edit or delete of one record, with its audit record, or nothing.
    ///
    /// The revision is raised first, so concurrent writers queue on that one row (PostgreSQL)
    /// or on the database's write lock (SQLite) and each checks versions against what the one
    /// before it saved. The change is made on the register as it stands at that moment, and
    /// only the rows it changed are written (`RegisterRowChanges`); the record's new version is
    /// the new revision.
    ///
    /// `allowed` sees the register the change is made on and what it makes of it, inside the
    /// transaction, and refuses by throwing: permission is checked on the very copy written.
    public func apply(
        _ change: RegisterChange, by account: Account,
        allowed: @escaping @Sendable (_ before: Register, _ applied: AppliedChange) throws -> Void = { _, _ in }
    ) async throws -> AppliedChange {
        // This process's writers take turns (`WriteTurns`), but another process on the same
        // SQLite file may hold the lock past the busy timeout, or commit first into our deferred
        // transaction: refused as busy, nothing of it was written, so it is run again and sees the
        // newer version (and then answers with a conflict, not an error).
        var attempt = 0
        while true {
            do {
                return try await applyOnce(change, by: account, allowed: allowed)
            } catch where attempt < 5 && Self.isBusy(error) {
                attempt += 1
                try await Task.sleep(for: .milliseconds(20 * attempt))
            }
        }
    }

    static func isBusy(_ error: any Error) -> Bool {
        String(describing: error).contains("database is locked")
    }

    private func applyOnce(
        _ change: RegisterChange, by account: Account, allowed: @escaping @Sendable (Register, AppliedChange) throws -> Void
    ) async throws -> AppliedChange {
        let (_, applied) = try await database.transaction { db -> (RegisterSnapshot, AppliedChange) in
            let revision = try await Self.raiseRevision(on: db)
            self.writing(revision)
            guard let register = try await self.register(before: revision, on: db) else { throw ChangeRefusal.notFound }
            let applied = try register.applying(change, newVersion: revision)
            try allowed(register, applied)
            try await RegisterRowChanges.write(from: register, to: applied.register, on: db)
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: Self.now(), accountID: account.id, accountEmail: account.email,
                entity: change.kind.rawValue, entityID: applied.reference.id, operation: applied.operation,
                before: applied.before.map(Self.json), after: applied.after.map(Self.json)), on: db)
            // The register as a read would give it back (`RegisterCacheTests` holds the two equal).
            return (RegisterSnapshot(revision: revision, register: applied.register), applied)
        } committed: {
            self.wrote($0.0)
        } failed: {
            // Nothing to keep: readers that waited for this write read for themselves.
            self.keep { _ in }
        }
        return applied
    }

    /// Raises the revision in one statement that takes the write lock, and returns the new one.
    private static func raiseRevision(on db: any Database) async throws -> Int {
        struct Row: Decodable { var revision: Int }
        guard let sql = db as? any SQLDatabase,
              let row = try await sql.raw("UPDATE register_revisions SET revision = revision + 1 WHERE id = 1 RETURNING revision")
                .first(decoding: Row.self) else { return try await bumpRevision(on: db) }
        return row.revision
    }

    /// Form values as the audit trail keeps them: a JSON object of field names and texts.
    static func json(_ values: FieldValues) -> String {
        json(Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
    }

    /// Adds someone to a team (making the person first when new), with audit records, or nothing.
    public func addMembership(
        to team: String, _ input: MembershipInput, by account: Account,
        alongside: @escaping @Sendable (any Database, Membership) async throws -> Void = { _, _ in }
    ) async throws -> Membership {
        let (revision, membership) = try await database.transaction { db -> (Int, Membership) in
            let revision = try await Self.raiseRevision(on: db)
            var personID = input.person
            if personID == nil {
                let taken = Set(try await PersonModel.query(on: db).all().compactMap(\.id))
                let id = MembershipInput.personID(for: input.name, taken: taken)
                let row = PersonModel()
                row.id = id
                row.position = taken.count
                row.name = input.name.trimmingCharacters(in: .whitespaces)
                row.organisationID = input.organisation
                try await row.create(on: db)
                try await Self.audit(account, "people", id, .create, before: Person?.none,
                                     after: Person(id: id, name: row.name, organisation: row.organisationID), on: db)
                try await Self.setVersion(revision, of: EntityReference(.people, id), on: db)
                personID = id
            }
            let count = try await MembershipModel.query(on: db).count()
            let membership = Membership(
                id: UUID().uuidString.lowercased(), person: personID!, team: team, role: input.role, from: input.from, until: input.until)
            let row = MembershipModel()
            row.id = membership.id
            row.position = count
            row.personID = membership.person
            row.teamID = team
            row.role = membership.role.rawValue
            row.from = membership.from
            row.until = membership.until
            try await row.create(on: db)
            try await Self.audit(account, "memberships", membership.id, .create, before: Membership?.none, after: membership, on: db)
            try await Self.setVersion(revision, of: EntityReference(.memberships, membership.id), on: db)
            try await alongside(db, membership)
            return (revision, membership)
        }
        wrote(revision)
        return membership
    }

    /// Ends a membership on a day; the membership stays, as history.
    public func endMembership(_ id: String, on day: String, by account: Account) async throws {
        try await endMemberships([id], on: day, by: account)
    }

    /// Ends memberships on a day in one transaction, with `alongside` written in it too (the
    /// decision that ends them): all of it, or none.
    public func endMemberships(
        _ ids: [String], on day: String, by account: Account, alongside: @escaping @Sendable (any Database) async throws -> Void = { _ in }
    ) async throws {
        let revision = try await database.transaction { db -> Int in
            let revision = try await Self.raiseRevision(on: db)
            for id in ids {
                guard let row = try await MembershipModel.find(id, on: db) else { throw ChangeRefusal.notFound }
                let before = Membership(id: id, person: row.personID, team: row.teamID, body: row.bodyID,
                                        role: Membership.Role(rawValue: row.role) ?? .member, from: row.from, until: row.until)
                var after = before
                after.until = max(day, row.from)
                row.until = after.until
                try await row.update(on: db)
                try await Self.audit(account, "memberships", id, .update, before: before, after: after, on: db)
                try await Self.setVersion(revision, of: EntityReference(.memberships, id), on: db)
            }
            try await alongside(db)
            return revision
        }
        wrote(revision)
    }

    /// A record's version row, made or moved to `version`.
    private static func setVersion(_ version: Int, of reference: EntityReference, on db: any Database) async throws {
        let row = RegisterRecords.versionRow(reference, version)
        if let stored = try await RecordVersionModel.find(row.id, on: db) {
            stored.version = version
            try await stored.update(on: db)
        } else {
            try await row.create(on: db)
        }
    }

    private static func audit<T: Encodable>(
        _ account: Account, _ entity: String, _ id: String, _ operation: AuditRecord.Operation,
        before: T?, after: T?, on db: any Database
    ) async throws {
        try await AuditTrail.write(AuditRecord(
            id: UUID().uuidString.lowercased(), at: now(), accountID: account.id, accountEmail: account.email, entity: entity,
            entityID: id, operation: operation, before: before.map { json($0) }, after: after.map { json($0) }), on: db)
    }

    static func now() -> String {
        StoredTime.preciseText(Date())
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    // MARK: Queries

    /// Read on every page: one statement, in SQL as written (no model to fill in).
    static func revision(on db: any Database) async throws -> Int {
        struct Row: Decodable { var revision: Int }
        guard let sql = db as? any SQLDatabase else { return try await RegisterRevisionModel.find(1, on: db)?.revision ?? 0 }
        return try await sql.select().column("revision").from(RegisterRevisionModel.schema).where("id", .equal, 1)
            .first(decoding: Row.self)?.revision ?? 0
    }

    private static func bumpRevision(on db: any Database) async throws -> Int {
        if let row = try await RegisterRevisionModel.find(1, on: db) {
            row.revision += 1
            try await row.update(on: db)
            return row.revision
        }
        let row = RegisterRevisionModel()
        row.id = 1
        row.revision = 1
        try await row.create(on: db)
        return 1
    }

    /// Children before parents, so foreign keys hold at every step.
    private static func deleteAll(on db: any Database) async throws {
        try await RecordVersionModel.query(on: db).delete()
        try await MembershipModel.query(on: db).delete()
        try await PersonModel.query(on: db).delete()
        // Unhook sub-teams first, so no team is deleted while another still hangs under it.
        try await TeamModel.query(on: db).set(\.$parentID, to: nil).update()
        try await TeamModel.query(on: db).delete()
        try await BodyModel.query(on: db).delete()
        try await DependencyModel.query(on: db).delete()
        try await ActionModel.query(on: db).delete()
        try await ActionLineOrganisationModel.query(on: db).delete()
        try await ActionLineProgrammeModel.query(on: db).delete()
        try await ActionLineModel.query(on: db).delete()
        try await ProgrammeOrganisationModel.query(on: db).delete()
        try await ProgrammeModel.query(on: db).delete()
        try await OrganisationModel.query(on: db).delete()
        try await TargetModel.query(on: db).delete()
        try await AmbitionModel.query(on: db).delete()
        try await ChallengeModel.query(on: db).delete()
        try await PeriodModel.query(on: db).delete()
        try await ThemeModel.query(on: db).delete()
        try await PlanModel.query(on: db).delete()
    }

    /// One query per table, whatever the plan's size.
    static func load(on db: any Database) async throws -> Register? {
        guard let plan = try await PlanModel.query(on: db).first() else { return nil }
        let records = RegisterRecords(
            plan: plan,
            themes: try await ThemeModel.query(on: db).sort(\.$position).all(),
            periods: try await PeriodModel.query(on: db).sort(\.$position).all(),
            challenges: try await ChallengeModel.query(on: db).sort(\.$number).all(),
            ambitions: try await AmbitionModel.query(on: db).sort(\.$position).all(),
            targets: try await TargetModel.query(on: db).sort(\.$position).all(),
            organisations: try await OrganisationModel.query(on: db).sort(\.$position).all(),
            programmes: try await ProgrammeModel.query(on: db).sort(\.$position).all(),
            programmeOrganisations: try await ProgrammeOrganisationModel.query(on: db).sort(\.$position).all(),
            actionLines: try await ActionLineModel.query(on: db).sort(\.$number).all(),
            lineProgrammes: try await ActionLineProgrammeModel.query(on: db).sort(\.$position).all(),
            lineOrganisations: try await ActionLineOrganisationModel.query(on: db).sort(\.$position).all(),
            actions: try await ActionModel.query(on: db).sort(\.$position).all(),
            dependencies: try await DependencyModel.query(on: db).sort(\.$position).all(),
            bodies: try await BodyModel.query(on: db).sort(\.$position).all(),
            teams: try await TeamModel.query(on: db).sort(\.$position).all(),
            people: try await PersonModel.query(on: db).sort(\.$position).all(),
            memberships: try await MembershipModel.query(on: db).sort(\.$position).all(),
            versions: try await RecordVersionModel.query(on: db).all())
        return try records.register()
    }
}

/// The ids of every kind of record in a register, for saying what a replacement changed.
struct RegisterInventory {
    let ids: [String: Set<String>]

    init(_ register: Register) {
        ids = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0.rawValue, Set(register.ids(of: $0))) })
    }
}
