import Core
import Monitor
import Storage

/// Bringing data into the monitor: a file's values, a year's boundaries, the adopted nulmeting.
/// Each is all or nothing with its audit record; a person needs the regiegroep's rights, a
/// `stip monitor` command is named in the trail.
public struct MonitorImporting: Sendable {
    public let store: MonitorStore

    public init(store: MonitorStore) {
        self.store = store
    }

    public func importFile(
        _ result: ImportResult, by actor: Actor, progress: (@Sendable (_ written: Int, _ total: Int) -> Void)? = nil
    ) async throws -> MonitorStore.ImportOutcome {
        try await store.importFile(result, areas: result.areas, by: name(actor), progress: progress)
    }

    public func storeBoundaries(_ boundaries: [Boundary], year: Int, file: String, by actor: Actor) async throws {
        try await store.storeBoundaries(boundaries, year: year, file: file, by: name(actor))
    }

    public func adoptBaseline(year: Int, definition: String, by actor: Actor) async throws -> MonitorStore.BaselineRecord {
        try await store.adoptBaseline(year: year, definition: definition, by: name(actor))
    }

    /// How the audit trail names who imported.
    private func name(_ actor: Actor) throws(AccessRefusal) -> String {
        switch actor {
        case let .command(name): return name
        case .person: return try actor.require(anyOf: [.editRegister])!.email
        }
    }
}
