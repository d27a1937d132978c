import Foundation

/// Slows down and then stops guessing: per account (the e-mail as typed, known or not, so an
/// unknown address is answered exactly like a wrong password) and per client address, failures
/// in the last `window` are counted. Each failure is answered a little later than the one
/// before; from `limit` failures on, every attempt, even with the right password, is refused
/// with the time to wait, until the oldest failure leaves the window. A success clears the
/// account's count.
actor LoginThrottle {
    typealias Policy = LoginLimits

    enum Verdict: Equatable, Sendable {
        case allowed
        case wait(seconds: Int)
    }

    private let policy: Policy
    private let now: @Sendable () -> Date
    private var failures: [String: [Date]] = [:]

    init(policy: Policy = Policy(), now: @escaping @Sendable () -> Date = Date.init) {
        self.policy = policy
        self.now = now
    }

    /// Whether an attempt for this account from this address may be checked at all.
    func verdict(account: String, address: String?) -> Verdict {
        let moment = now()
        var wait = 0
        for (key, limit) in keys(account: account, address: address) {
            let recent = prune(key, at: moment)
            if recent.count >= limit, let oldest = recent.first {
                wait = max(wait, Int((oldest.addingTimeInterval(policy.window).timeIntervalSince(moment)).rounded(.up)))
            }
        }
        return wait > 0 ? .wait(seconds: wait) : .allowed
    }

    /// Counts a failure and says how long to hold back its answer.
    func failed(account: String, address: String?) -> Duration {
        let moment = now()
        var counted = 0
        for (key, _) in keys(account: account, address: address) {
            var recent = prune(key, at: moment)
            recent.append(moment)
            failures[key] = recent
            counted = max(counted, recent.count)
        }
        if failures.count > policy.maximumKeys { forgetOldest() }
        return policy.delayStep * min(counted - 1, 4)
    }

    func succeeded(account: String) {
        failures[Self.accountKey(account)] = nil
    }

    private func keys(account: String, address: String?) -> [(String, Int)] {
        [(Self.accountKey(account), policy.limit)] + (address.map { [("address:" + $0, policy.addressLimit)] } ?? [])
    }

    private static func accountKey(_ account: String) -> String {
        "account:" + account.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private func prune(_ key: String, at moment: Date) -> [Date] {
        let recent = (failures[key] ?? []).filter { moment.timeIntervalSince($0) < policy.window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }

    private func forgetOldest() {
        let ordered = failures.sorted { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) }
        for (key, _) in ordered.prefix(failures.count - policy.maximumKeys * 9 / 10) { failures[key] = nil }
    }
}

/// How many failed logins Stip tolerates, and how it slows them down (`LoginThrottle`).
public struct LoginLimits: Sendable {
    public var window: TimeInterval = 15 * 60
    /// Failures per account before it is locked.
    public var limit = 5
    /// Failures per client address (many accounts tried from one place).
    public var addressLimit = 20
    /// Added to each failed answer per failure already counted, up to four steps.
    public var delayStep: Duration = .milliseconds(250)
    /// Keys remembered at most; the oldest go first, so a flood of made-up names stays bounded.
    public var maximumKeys = 50_000

    public init() {}
}
