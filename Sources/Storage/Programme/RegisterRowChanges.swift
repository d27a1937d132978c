import Core
import FluentKit
import Foundation

/// Writes the difference between two registers as rows: a row that is new is inserted, one
/// that differs is updated, one that is gone is deleted, and every other row is left alone. An
/// edit of one action so writes that action's row (and its neighbours' positions, if it moved),
/// whatever the size of the plan.
enum RegisterRowChanges {
    /// Returns how many rows it wrote.
    @discardableResult
    static func write(from old: RegisterRecords, to new: RegisterRecords, on db: any Database) async throws -> Int {
        var written = 0
        var deletions: [() async throws -> Void] = []
        // Parents before children for inserts and updates; the deletions wait, and run children first.
        func sync<M: Model>(_ before: [M], _ after: [M]) async throws where M.IDValue: Hashable {
            let (changes, removed) = difference(before, after)
            for row in changes.inserted { try await row.create(on: db) }
            for row in changes.updated {
                row._$id.exists = true
                try await row.update(on: db)
            }
            written += changes.inserted.count + changes.updated.count + removed.count
            if !removed.isEmpty {
                deletions.append { try await M.query(on: db).filter(\M._$id ~~ removed).delete() }
            }
        }
        try await sync([old.plan], [new.plan])
        try await sync(old.themes, new.themes)
        try await sync(old.periods, new.periods)
        try await sync(old.challenges, new.challenges)
        try await sync(old.ambitions, new.ambitions)
        try await sync(old.targets, new.targets)
        try await sync(old.organisations, new.organisations)
        try await sync(old.programmes, new.programmes)
        try await sync(old.programmeOrganisations, new.programmeOrganisations)
        try await sync(old.actionLines, new.actionLines)
        try await sync(old.lineProgrammes, new.lineProgrammes)
        try await sync(old.lineOrganisations, new.lineOrganisations)
        try await sync(old.actions, new.actions)
        try await sync(old.dependencies, new.dependencies)
        try await sync(old.bodies, new.bodies)
        // A new sub-team after the team it hangs under.
        try await sync(old.teams, new.teamsByDepth.flatMap { $0 })
        try await sync(old.people, new.people)
        try await sync(old.memberships, new.memberships)
        try await sync(old.versions, new.versions)
        for delete in deletions.reversed() { try await delete() }
        return written
    }

    struct Changes<M> {
        var inserted: [M] = []
        var updated: [M] = []
    }

    /// What `after` adds and changes, and the ids it no longer has.
    static func difference<M: Model>(_ before: [M], _ after: [M]) -> (Changes<M>, removed: [M.IDValue]) where M.IDValue: Hashable {
        var old: [M.IDValue: [String]] = [:]
        for row in before { if let id = row.id { old[id] = values(row) } }
        var changes = Changes<M>()
        var kept = Set<M.IDValue>()
        for row in after {
            guard let id = row.id else { continue }
            kept.insert(id)
            if let was = old[id] {
                if was != values(row) { changes.updated.append(row) }
            } else {
                changes.inserted.append(row)
            }
        }
        return (changes, old.keys.filter { !kept.contains($0) })
    }

    /// A row's fields as text, sorted by column: enough to tell two rows built the same way apart.
    static func values(_ row: some Model) -> [String] {
        let input = ColumnValues()
        row.input(to: input)
        return input.values.sorted()
    }

    private final class ColumnValues: DatabaseInput {
        var values: [String] = []
        func set(_ value: DatabaseQuery.Value, at key: FieldKey) {
            values.append("\(key.description)=\(value)")
        }
    }
}
