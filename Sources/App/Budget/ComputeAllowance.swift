import Core
import Foundation

/// How much of the server one person may spend on new focus selections: a visitor works with
/// at most `visitorDraws` robustness draws and `visitorPerMinute` new selections a minute (by
/// client address); a logged-in person up to the form's maximum and `accountPerMinute` a
/// minute. A selection someone already asked for costs nothing and is not counted.
/// The queue's size (`ComputeQueue`) is set here too: computations at once, and waiting.
public struct ComputeLimits: Sendable {
    public var visitorDraws: Int
    public var visitorPerMinute: Int
    public var accountPerMinute: Int
    public var slots: Int
    public var waiting: Int
    /// Clients remembered at once; beyond it the longest-quiet are forgotten.
    var maximumClients = 10_000

    public init(visitorDraws: Int = 1_000, visitorPerMinute: Int = 4, accountPerMinute: Int = 30,
                slots: Int = ProcessInfo.processInfo.activeProcessorCount, waiting: Int? = nil) {
        self.visitorDraws = visitorDraws
        self.visitorPerMinute = visitorPerMinute
        self.accountPerMinute = accountPerMinute
        self.slots = max(1, slots)
        self.waiting = waiting ?? 2 * max(1, slots)
    }
}

final class ComputeAllowance: Sendable {
    let limits: ComputeLimits
    private let spent: RateWindow

    init(limits: ComputeLimits = ComputeLimits(), now: @escaping @Sendable () -> Date = Date.init) {
        self.limits = limits
        spent = RateWindow(window: 60, maximumClients: limits.maximumClients, now: now)
    }

    /// The most draws this person may ask for.
    func maximumDraws(for account: Account?) -> Int {
        account == nil ? limits.visitorDraws : FocusQuery.maximumDraws
    }

    /// Counts one new computation for the client, or refuses it with the seconds to wait (429).
    func spend(account: Account?, address: String?) throws(AppError) {
        let key = account.map { "account:\($0.id)" } ?? "address:\(address ?? "unknown")"
        let limit = account == nil ? limits.visitorPerMinute : limits.accountPerMinute
        if let wait = spent.spend(key, limit: limit) { throw AppError.tooManyComputations(retryAfter: wait) }
    }
}
