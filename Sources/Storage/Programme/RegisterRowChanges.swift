import Core
import FluentKit
import Foundation

/// Writes the difference between two registers as rows: a row that is new is inserted, one
/// that differs is updated, one that is gone is deleted, and every other row is left alone. An
/// edit of one action so writes that action's row (and its neighbours' positions, if it moved),
/// whatever the size of the plan.
enum RegisterRowChanges {
    /// Returns how many rows it wrote. A table whose records are equal in both registers is
    /// not looked at (comparing rows field by field goes through Fluent's reflection, some 25 µs
    /// a row); the versions are compared as the register holds them.
    @discardableResult
    static func write(from old: Register, to new: Register, on db: any Database) async throws -> Int {
        let before = RegisterRecords(old), after = RegisterRecords(new)
        var written = 0
        var deletions: [() async throws -> Void] = []
        // Parents before children for inserts and updates; the deletions wait, and run children first.
        func sync<M: Model>(_ changed: Bool, _ rowsBefore: [M], _ rowsAfter: [M]) async throws where M.IDValue: Hashable {
            guard changed else { return }
            let (changes, removed) = difference(rowsBefore, rowsAfter)
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
        let planChanged = old.plan != new.plan || old.vision != new.vision || old.coreValues != new.coreValues || old.addedValue != new.addedValue
        try await sync(planChanged, [before.plan], [after.plan])
        try await sync(old.themes != new.themes, before.themes, after.themes)
        try await sync(old.periods != new.periods, before.periods, after.periods)
        try await sync(old.challenges != new.challenges, before.challenges, after.challenges)
        let ambitionsChanged = old.ambitions != new.ambitions
        try await sync(ambitionsChanged, before.ambitions, after.ambitions)
        try await sync(ambitionsChanged, before.targets, after.targets)
        try await sync(old.organisations != new.organisations, before.organisations, after.organisations)
        let programmesChanged = old.programmes != new.programmes
        try await sync(programmesChanged, before.programmes, after.programmes)
        try await sync(programmesChanged, before.programmeOrganisations, after.programmeOrganisations)
        let linesChanged = old.actionLines != new.actionLines
        try await sync(linesChanged, before.actionLines, after.actionLines)
        try await sync(linesChanged, before.lineProgrammes, after.lineProgrammes)
        try await sync(linesChanged, before.lineOrganisations, after.lineOrganisations)
        try await sync(old.actions != new.actions, before.actions, after.actions)
        try await sync(old.dependencies != new.dependencies, before.dependencies, after.dependencies)
        try await sync(old.bodies != new.bodies, before.bodies, after.bodies)
        // A new sub-team after the team it hangs under.
        try await sync(old.teams != new.teams, before.teams, after.teamsByDepth.flatMap { $0 })
        try await sync(old.people != new.people, before.people, after.people)
        try await sync(old.memberships != new.memberships, before.memberships, after.memberships)
        let versions = new.versions.filter { old.versions[$0.key] != $0.value }
        let versionsBefore = versions.keys.compactMap { key in old.versions[key].map { RegisterRecords.versionRow(key, $0) } }
        try await sync(!versions.isEmpty, versionsBefore, versions.map(RegisterRecords.versionRow))
        let gone = old.versions.keys.filter { new.versions[$0] == nil }.map { RegisterRecords.versionRow($0, 0).id! }
        if !gone.isEmpty { deletions.append { try await RecordVersionModel.query(on: db).filter(\.$id ~~ gone).delete() } }
        for delete in deletions.reversed() { try await delete() }
        return written + gone.count
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
