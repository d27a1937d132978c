/// A create, edit or delete of one record, as a person asked for it.
public struct RegisterChange: Sendable, Equatable {
    public enum Operation: Sendable, Equatable {
        case create(FieldValues)
        /// An edit made from `version` of the record.
        case update(id: String, values: FieldValues, version: Int)
        case delete(id: String, version: Int)
    }

    public var kind: EntityKind
    public var operation: Operation

    public init(_ kind: EntityKind, _ operation: Operation) {
        self.kind = kind
        self.operation = operation
    }
}

/// Why a change was not made. Nothing of it was saved.
public enum ChangeRefusal: Error, Sendable, Equatable {
    case notFound
    /// Someone saved a newer version since the edit began; here is the record as it is now.
    case conflict(current: FieldValues, version: Int)
    case invalid(FieldProblems)
    /// Other records point at this one; they have to change first.
    case referenced([EntityReference])
}

/// A change as made: the register after it, and the record before and after for the audit trail.
public struct AppliedChange: Sendable, Equatable {
    public var register: Register
    public var reference: EntityReference
    public var operation: AuditRecord.Operation
    public var before: FieldValues?
    public var after: FieldValues?
    public var version: Int
}

extension Register {
    /// The version a record is at. Stored registers take versions from one sequence that only
    /// goes up (the register's revision at the write), so a record deleted and made again, or a
    /// plan loaded again, never meets a version a form may still carry. A record never versioned is at 1.
    public func version(of reference: EntityReference) -> Int {
        if reference.kind == .actions { return action(reference.id)?.version ?? 1 }
        return versions[reference] ?? 1
    }

    mutating func setVersion(_ version: Int, of reference: EntityReference) {
        if reference.kind == .actions, let index = actions.firstIndex(where: { $0.id == reference.id }) {
            actions[index].version = version
        } else {
            versions[reference] = version
        }
    }

    /// Every record at one version: a plan as it is loaded.
    public mutating func stampVersions(_ version: Int) {
        versions = [:]
        for kind in EntityKind.allCases {
            for id in ids(of: kind) { setVersion(version, of: EntityReference(kind, id)) }
        }
    }

    /// The register with the change made, or why it cannot be: the checks of the kind's
    /// editor, the version the edit started from, and the records that still refer to one
    /// that would be deleted. The written record gets `newVersion`, which must be above every
    /// version the register holds (a store passes its next revision); without it, the next number.
    public func applying(_ change: RegisterChange, newVersion: Int? = nil) throws(ChangeRefusal) -> AppliedChange {
        let editor = change.kind.editor
        var register = self
        switch change.operation {
        case let .create(values):
            let id = try written(editor.write(values, id: nil, into: &register), tooLong: FieldLength.problems(in: values, fields: editor.fields(in: self)))
            let reference = EntityReference(change.kind, id)
            let version = newVersion ?? 1
            register.setVersion(version, of: reference)
            return AppliedChange(register: register, reference: reference, operation: .create, before: nil,
                                 after: editor.values(of: id, in: register), version: version)
        case let .update(id, values, version):
            let reference = EntityReference(change.kind, id)
            guard let before = editor.values(of: id, in: self) else { throw .notFound }
            let current = self.version(of: reference)
            guard current == version else { throw .conflict(current: before, version: current) }
            // An edit sends the whole record; fields it leaves out keep their value, and the id never changes.
            var complete = before.merging(values) { _, new in new }
            complete[.id] = id
            _ = try written(editor.write(complete, id: id, into: &register), tooLong: FieldLength.problems(in: values, fields: editor.fields(in: self)))
            let next = newVersion ?? current + 1
            register.setVersion(next, of: reference)
            return AppliedChange(register: register, reference: reference, operation: .update, before: before,
                                 after: editor.values(of: id, in: register), version: next)
        case let .delete(id, version):
            let reference = EntityReference(change.kind, id)
            guard let before = editor.values(of: id, in: self) else { throw .notFound }
            let current = self.version(of: reference)
            guard current == version else { throw .conflict(current: before, version: current) }
            let referrers = editor.references(to: id, in: self)
            guard referrers.isEmpty else { throw .referenced(referrers) }
            editor.remove(id, from: &register)
            register.versions[reference] = nil
            return AppliedChange(register: register, reference: reference, operation: .delete, before: before, after: nil, version: current)
        }
    }

    /// The written record's id, or every problem: the editor's and the lengths (which win, being
    /// what the person typed too much of).
    private func written(_ result: Result<String, FieldValuesRefused>, tooLong: FieldProblems) throws(ChangeRefusal) -> String {
        switch result {
        case let .success(id):
            guard tooLong.isEmpty else { throw .invalid(tooLong) }
            return id
        case let .failure(refused): throw .invalid(refused.problems.merging(tooLong) { _, length in length })
        }
    }
}
