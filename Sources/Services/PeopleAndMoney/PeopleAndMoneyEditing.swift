import Core
import Storage

/// Changes to people and money: capacity, rates, spending, reviews and investments, for the
/// regiegroep. Each checks who asks, then writes in one transaction with its audit record.
public struct PeopleAndMoneyEditing: Sendable {
    public let store: PeopleAndMoneyStore

    public init(store: PeopleAndMoneyStore) {
        self.store = store
    }

    private func editor(_ account: Account?) throws(AccessRefusal) -> Account {
        try Permission.require(anyOf: [.editRegister], for: account)
        return account!
    }

    /// Adds a commitment (`version` 0) or changes one from the version the edit began with; returns the version saved.
    @discardableResult
    public func saveCommitment(_ commitment: CapacityCommitment, version: Int, by account: Account?) async throws -> Int {
        try await store.saveCommitment(commitment, version: version, by: editor(account))
    }

    @discardableResult
    public func setRate(year: Int, rate: CapacityRate?, version: Int, by account: Account?) async throws -> Int {
        try await store.setRate(year: year, rate: rate, version: version, by: editor(account))
    }

    public func addSpending(_ spending: Spending, by account: Account?) async throws {
        try await store.addSpending(spending, by: editor(account))
    }

    public func addReview(_ review: CapacityReview, by account: Account?) async throws {
        try await store.addReview(review, by: editor(account))
    }

    @discardableResult
    public func saveInvestment(_ investment: Investment, version: Int, by account: Account?) async throws -> Int {
        try await store.saveInvestment(investment, version: version, by: editor(account))
    }
}
