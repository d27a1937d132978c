import Core
import Foundation
import Synchronization

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
    private let now: @Sendable () -> Date
    private let spent = Mutex<[String: [Date]]>([:])

    init(limits: ComputeLimits = ComputeLimits(), now: @escaping @Sendable () -> Date = Date.init) {
        self.limits = limits
        self.now = now
    }

    /// The most draws this person may ask for.
    func maximumDraws(for account: Account?) -> Int {
        account == nil ? limits.visitorDraws : FocusQuery.maximumDraws
    }

    /// Counts one new computation for the client, or refuses it with the seconds to wait (429).
    func spend(account: Account?, address: String?) throws(AppError) {
        let key = account.map { "account:\($0.id)" } ?? "address:\(address ?? "unknown")"
        let limit = account == nil ? limits.visitorPerMinute : limits.accountPerMinute
        let moment = now()
        let wait = spent.withLock { spent -> Int? in
            var recent = (spent[key] ?? []).filter { moment.timeIntervalSince($0) < 60 }
            if recent.count >= limit, let oldest = recent.first {
                spent[key] = recent
                return max(1, Int((60 - moment.timeIntervalSince(oldest)).rounded(.up)))
            }
            recent.append(moment)
            spent[key] = recent
            if spent.count > limits.maximumClients {
                spent = spent.filter { moment.timeIntervalSince($0.value.last ?? .distantPast) < 60 }
            }
            return nil
        }
        if let wait { throw AppError.tooManyComputations(retryAfter: wait) }
    }
}
