import Core
import Storage

/// Creating, editing and deleting the register's records, and who is in a team, for the web
/// app, the API and the `stip` commands alike: each one call that checks who asks, validates,
/// and writes in one transaction.
public struct RegisterEditing: Sendable {
    public let store: RegisterStore

    public init(store: RegisterStore) {
        self.store = store
    }

    /// Makes the change if `account` may: permission is checked inside the write's transaction,
    /// on the register the change is made on, before and after (a record moved to another team
    /// must be the person's own on both sides).
    public func apply(_ change: RegisterChange, by account: Account?) async throws -> AppliedChange {
        guard let account else { throw AccessRefusal.notLoggedIn }
        return try await store.apply(change, by: account) { before, applied in
            try RegisterEditRights.requireChange(change, before: before, applied: applied, by: account)
        }
    }

    /// Adds someone to a team (making the person first when new), if `account` may change its members.
    public func addMembership(to team: String, _ input: MembershipInput, by account: Account?) async throws -> Membership {
        let register = try await members(of: team, by: account)
        let problems = input.problems(in: register)
        guard problems.isEmpty else { throw MembershipRefusal.invalid(problems) }
        return try await store.addMembership(to: team, input, by: account!)
    }

    /// Ends a membership of `team` on `day`; the membership stays, as history.
    public func endMembership(_ id: String, of team: String, on day: String, by account: Account?) async throws {
        let register = try await members(of: team, by: account)
        guard register.memberships.contains(where: { $0.id == id && $0.team == team }) else { throw ChangeRefusal.notFound }
        try await store.endMembership(id, on: day, by: account!)
    }

    /// The register, once `account` is known to be allowed to change `team`'s members.
    private func members(of team: String, by account: Account?) async throws -> Register {
        guard let register = try await store.current(), let found = register.team(team) else { throw ChangeRefusal.notFound }
        try RegisterEditRights.requireMembers(of: found, by: account)
        return register
    }
}

/// A new membership that was not made, with every problem of its input.
public enum MembershipRefusal: Error, Sendable, Equatable {
    case invalid([MembershipInput.Problem])
}
