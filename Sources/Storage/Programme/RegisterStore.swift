import Core
import FluentKit
import Synchronization

/// Reads and writes the programme register as a whole.
///
/// Reading costs one query while nothing changed: the register is kept in memory with the
/// revision it was read at, and read again only when the stored revision moved on.
public final class RegisterStore: Sendable {
    private let database: StipDatabase
    private let cache = Mutex<(revision: Int, register: Register)?>(nil)

    public init(database: StipDatabase) {
        self.database = database
    }

    /// The register as stored now, or nil when no plan has been loaded.
    public func current() async throws -> Register? {
        let revision = try await Self.revision(on: database.database)
        if let cached = cache.withLock({ $0 }), cached.revision == revision {
            return cached.register
        }
        let loaded = try await database.database.transaction { db in
            (revision: try await Self.revision(on: db), register: try await Self.load(on: db))
        }
        guard let register = loaded.register else { return nil }
        cache.withLock { cached in
            if cached == nil || cached!.revision < loaded.revision {
                cached = (loaded.revision, register)
            }
        }
        return register
    }

    public func isEmpty() async throws -> Bool {
        try await PlanModel.query(on: database.database).count() == 0
    }

    /// Loads a plan into the database: all of it or, on any failure, nothing.
    /// Refuses a database that already holds a plan unless `replacing` is set.
    public func load(_ register: Register, replacing: Bool) async throws {
        try await database.database.transaction { db in
            let existing = try await PlanModel.query(on: db).count()
            if existing > 0 && !replacing { throw StorageError.notEmpty }
            try await Self.deleteAll(on: db)
            try await RegisterRecords(register).create(on: db)
            try await Self.bumpRevision(on: db)
        }
    }

    // MARK: Queries

    static func revision(on db: any Database) async throws -> Int {
        try await RegisterRevisionModel.find(1, on: db)?.revision ?? 0
    }

    private static func bumpRevision(on db: any Database) async throws {
        if let row = try await RegisterRevisionModel.find(1, on: db) {
            row.revision += 1
            try await row.update(on: db)
        } else {
            let row = RegisterRevisionModel()
            row.id = 1
            row.revision = 1
            try await row.create(on: db)
        }
    }

    /// Children before parents, so foreign keys hold at every step.
    private static func deleteAll(on db: any Database) async throws {
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
            dependencies: try await DependencyModel.query(on: db).sort(\.$position).all())
        return try records.register()
    }
}
