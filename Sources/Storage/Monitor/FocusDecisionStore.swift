import Core
import FluentKit
import Foundation
import Monitor
import SQLKit

/// Computes focus selections from the stored values and keeps the decisions taken on them:
/// each saved once, with an audit record, and read back exactly as saved.
public final class FocusDecisionStore: Sendable {
    private let database: StipDatabase
    private let monitor: MonitorStore

    public init(database: StipDatabase) {
        self.database = database
        monitor = MonitorStore(database: database)
    }

    /// On the database the register is kept in.
    public convenience init(beside register: RegisterStore) {
        self.init(database: register.database)
    }

    private var sql: any SQLDatabase { database.sql(database.database) }

    // MARK: Computing

    /// The selection the parameters give on the values stored now, and the files those values came from.
    /// `observations` are what `MonitorStore.indexObservations` gives for the parameters' years and
    /// level, when the caller holds them already; otherwise they are read.
    public func study(_ parameters: FocusParameters, catalogue: IndicatorCatalogue, regions: RegionCatalogue,
                      observations known: [Observation]? = nil) async throws -> (FocusStudy, [FocusDecision.DataFile]) {
        let observations: [Observation]
        if let known { observations = known } else { observations = try await monitor.indexObservations(years: parameters.years, level: parameters.level) }
        guard observations.contains(where: { $0.area.level == parameters.level }) else {
            throw FocusDecisionRefusal.noValues(level: parameters.level, year: parameters.year)
        }
        let region = try parameters.region.map { try regions.definition($0).region(year: parameters.year) }
        let study = try await FocusStudy.run(parameters, observations: observations, catalogue: catalogue, region: region)
        return (study, try await files(covering: parameters.years))
    }

    /// The imported files that held values of any of the years.
    func files(covering years: ClosedRange<Int>) async throws -> [FocusDecision.DataFile] {
        try await monitor.imports().filter { record in
            record.years.split(separator: ",").contains { Int($0).map(years.contains) ?? false }
        }.map { FocusDecision.DataFile(file: $0.file, checksum: $0.checksum, importedAt: $0.importedAt) }
    }

    // MARK: Decisions

    /// Saves a selection as a decision under a new id made from its date and name.
    public func save(name: String, decidedOn: String, note: String, study: FocusStudy, files: [FocusDecision.DataFile],
                     names: [String: String], by account: Account) async throws -> FocusDecision {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw FocusDecisionRefusal.nameMissing }
        guard ISODate.isValid(decidedOn) else { throw FocusDecisionRefusal.dateInvalid(decidedOn) }
        let baseline = try await monitor.baseline().map { "\($0.year) (\($0.adoptedAt.prefix(10)), \($0.id.prefix(8)))" }
        return try await database.write(raising: .decisions) { db in
            let sql = self.database.sql(db)
            struct Row: Decodable { var id: String }
            let taken = Set(try await sql.select().column("id").from("monitor_focus_decisions").all(decoding: Row.self).map(\.id))
            let id = Slug.make(from: "\(decidedOn) \(trimmed)", taken: taken, fallback: "besluit")
            let decision = FocusDecision(
                id: id, name: trimmed, decidedOn: decidedOn, proposedBy: PublicNames.name(display: account.name, role: account.role.rawValue),
                note: note.trimmingCharacters(in: .whitespacesAndNewlines), savedAt: RegisterStore.now(), baseline: baseline,
                files: files, names: names, study: study)
            let document = try Self.encode(decision)
            try await sql.insert(into: "monitor_focus_decisions").columns("id", "name", "decided_on", "proposed_by", "saved_at", "document")
                .values(SQLBind(id), SQLBind(decision.name), SQLBind(decidedOn), SQLBind(account.email), SQLBind(decision.savedAt), SQLBind(document))
                .run()
            // The audit record names the decision and its inputs; the areas are in the decision itself.
            let summary = RegisterStore.json([
                "name": decision.name, "decidedOn": decidedOn, "parameters": RegisterStore.json(study.parameters),
                "dataFingerprint": study.dataFingerprint, "selected": study.selected.map(\.code).joined(separator: " "),
            ])
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: decision.savedAt, accountID: account.id, accountEmail: account.email,
                entity: Self.entity, entityID: id, operation: .create, before: nil, after: summary), on: db)
            return decision
        }
    }

    /// The audit trail's name for decisions.
    public static let entity = "focus-decisions"

    /// Every decision, newest first (by date, then when saved), without their areas' figures read twice.
    public func decisions() async throws -> [FocusDecision] {
        struct Row: Decodable { var document: String }
        let names = try await PublicNames.load(on: database.database)
        return try await sql.select().column("document").from("monitor_focus_decisions")
            .orderBy("decided_on", .descending).orderBy("saved_at", .descending)
            .all(decoding: Row.self).map { try Self.decode($0.document, names) }
    }

    /// The newest decisions' names and dates, without reading their figures.
    public func headings(limit: Int) async throws -> [FocusDecisionHeading] {
        struct Row: Decodable { var id: String; var name: String; var decided_on: String }
        return try await sql.select().columns("id", "name", "decided_on").from("monitor_focus_decisions")
            .orderBy("decided_on", .descending).orderBy("saved_at", .descending).limit(limit)
            .all(decoding: Row.self).map { FocusDecisionHeading(id: $0.id, name: $0.name, decidedOn: $0.decided_on) }
    }

    public func decision(_ id: String) async throws -> FocusDecision? {
        struct Row: Decodable { var document: String }
        let names = try await PublicNames.load(on: database.database)
        return try await sql.select().column("document").from("monitor_focus_decisions").where("id", .equal, id)
            .first(decoding: Row.self).map { try Self.decode($0.document, names) }
    }

    static func encode(_ decision: FocusDecision) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(decision), as: UTF8.self)
    }

    /// Decisions saved before accounts had names kept the proposer's e-mail: it is read back as
    /// the name, so no page or API answer shows the address.
    static func decode(_ document: String, _ names: PublicNames) throws -> FocusDecision {
        var decision = try JSONDecoder().decode(FocusDecision.self, from: Data(document.utf8))
        decision.proposedBy = names.of(decision.proposedBy)
        return decision
    }
}

/// Why a focus selection could not be computed or saved, for people.
public enum FocusDecisionRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    case noValues(level: AreaLevel, year: Int)
    case nameMissing
    case dateInvalid(String)

    public var description: String {
        switch self {
        case let .noValues(level, year): "There are no values for \(level.rawValue) in \(year); import them first (stip monitor import FILE --year \(year))."
        case .nameMissing: "A decision needs a name."
        case let .dateInvalid(text): "'\(text)' is not a date (YYYY-MM-DD)."
        }
    }
}

/// A decision as a list names it.
public struct FocusDecisionHeading: Sendable, Hashable {
    public var id: String
    public var name: String
    /// ISO date.
    public var decidedOn: String
}
