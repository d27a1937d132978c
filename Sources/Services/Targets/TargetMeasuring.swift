import Core
import Storage

/// Measuring the plan's targets: the regiegroep any target, an aanvoerder the targets of the
/// ambitions their team works on, and `stip targets measure-from-monitor` any.
public struct TargetMeasuring: Sendable {
    public let store: TargetMeasurementStore
    let register: RegisterStore

    public init(store: TargetMeasurementStore, register: RegisterStore) {
        self.store = store
        self.register = register
    }

    /// Adds a measurement of `target` of `ambition`; returns its version.
    @discardableResult
    public func add(_ measurement: TargetMeasurement, of target: Target, ambition: Ambition, by actor: Actor) async throws -> Int {
        switch actor {
        case let .command(name):
            return try await store.add(measurement, of: target, byCommand: name)
        case let .person(account):
            return try await store.add(measurement, of: target, by: require(ambition, account))
        }
    }

    @discardableResult
    public func edit(_ measurement: TargetMeasurement, of target: Target, ambition: Ambition, version: Int, by account: Account?) async throws -> Int {
        try await store.edit(measurement, of: target, version: version, by: require(ambition, account))
    }

    public func delete(_ id: String, of ambition: Ambition, version: Int, by account: Account?) async throws {
        try await store.delete(id, version: version, by: require(ambition, account))
    }

    private func require(_ ambition: Ambition, _ account: Account?) async throws -> Account {
        guard let current = try await register.current() else { throw ChangeRefusal.notFound }
        try TargetRights.requireMeasure(ambition, in: current, by: account)
        return account!
    }
}
