import Core
import FluentKit
import Foundation

/// Writes the difference between two registers as rows: a row that is new is inserted, one
/// that differs is updated, one that is gone is deleted, and every other row is left alone. An
/// edit of one action so writes that action's row (and its neighbours' positions, if it moved),
/// whatever the size of the plan.
enum RegisterRowChanges {
    /// Writes the rows that changed.
    ///
    /// A table of records with ids of their own is compared record by record, as the register
    /// holds them (a record that is equal and at the same place keeps its row untouched), and a
    /// row is built only for a record that changed. The rows that have no record of their own (a
    /// line's programmes, an ambition's targets, the plan) are compared row by row, which goes
    /// through Fluent's reflection (some 25 µs a row), and only when their records changed.
    static func write(from old: Register, to new: Register, on db: any Database) async throws {
        var deletions: [() async throws -> Void] = []
        func apply<M: Model>(_ changes: Changes<M>, removed: [M.IDValue]) async throws {
            for row in changes.inserted { try await row.create(on: db) }
            for row in changes.updated {
                row._$id.exists = true
                try await row.update(on: db)
            }
            if !removed.isEmpty { deletions.append { try await M.query(on: db).filter(\M._$id ~~ removed).delete() } }
        }
        /// One row per record, built for the changed records only.
        func records<D: Identifiable & Equatable, M: Model>(
            _ was: [D], _ now: [D], _ row: (D, Int) -> M
        ) async throws where D.ID == String, M.IDValue == String {
            guard was != now else { return }
            let place = Dictionary(uniqueKeysWithValues: was.enumerated().map { ($1.id, ($0, $1)) })
            var changes = Changes<M>()
            for (index, record) in now.enumerated() {
                if let (oldIndex, oldRecord) = place[record.id] {
                    if oldIndex != index || oldRecord != record { changes.updated.append(row(record, index)) }
                } else {
                    changes.inserted.append(row(record, index))
                }
            }
            let kept = Set(now.map(\.id))
            try await apply(changes, removed: was.map(\.id).filter { !kept.contains($0) })
        }
        /// Rows without records of their own, compared row by row.
        func rows<M: Model>(_ changed: Bool, _ rows: (Register) -> [M]) async throws where M.IDValue: Hashable {
            guard changed else { return }
            let (changes, removed) = difference(rows(old), rows(new))
            try await apply(changes, removed: removed)
        }
        typealias Records = RegisterRecords
        // Parents before children for inserts and updates; the deletions wait, and run children first.
        let planChanged = old.plan != new.plan || old.vision != new.vision || old.coreValues != new.coreValues || old.addedValue != new.addedValue
        try await rows(planChanged) { [Records.planRow($0)] }
        try await records(old.themes, new.themes, Records.row)
        try await records(old.periods, new.periods, Records.row)
        try await records(old.challenges, new.challenges, Records.row)
        try await records(old.ambitions, new.ambitions, Records.row)
        try await rows(old.ambitions != new.ambitions) { Records.targetRows($0.ambitions) }
        try await records(old.organisations, new.organisations, Records.row)
        try await records(old.programmes, new.programmes, Records.row)
        try await rows(old.programmes != new.programmes) { Records.programmeOrganisationRows($0.programmes) }
        try await records(old.actionLines, new.actionLines, Records.row)
        try await rows(old.actionLines != new.actionLines) { Records.lineProgrammeRows($0.actionLines) }
        try await rows(old.actionLines != new.actionLines) { Records.lineOrganisationRows($0.actionLines) }
        try await records(old.actions, new.actions, Records.row)
        try await records(old.dependencies, new.dependencies, Records.row)
        try await records(old.bodies, new.bodies, Records.row)
        // A new sub-team after the team it hangs under (an edit makes at most one).
        try await records(old.teams, new.teams, Records.row)
        try await records(old.people, new.people, Records.row)
        try await records(old.memberships, new.memberships, Records.row)
        var versions = Changes<RecordVersionModel>()
        for (reference, version) in new.versions where old.versions[reference] != version {
            let row = Records.versionRow(reference, version)
            if old.versions[reference] == nil { versions.inserted.append(row) } else { versions.updated.append(row) }
        }
        let gone = old.versions.keys.filter { new.versions[$0] == nil }.compactMap { Records.versionRow($0, 0).id }
        try await apply(versions, removed: gone)
        for delete in deletions.reversed() { try await delete() }
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
