import Foundation
import Synchronization

/// Counts what each client did in the last `window` seconds and refuses the next when it has had
/// `limit`; a client quiet for a window is forgotten once more than `maximumClients` are remembered.
final class RateWindow: Sendable {
    let window: TimeInterval
    let maximumClients: Int
    private let now: @Sendable () -> Date
    private let spent = Mutex<[String: [Date]]>([:])

    init(window: TimeInterval, maximumClients: Int = 10_000, now: @escaping @Sendable () -> Date = Date.init) {
        self.window = window
        self.maximumClients = maximumClients
        self.now = now
    }

    /// Counts one more for `key`, or gives the seconds to wait when it has had `limit` already.
    func spend(_ key: String, limit: Int) -> Int? {
        let moment = now()
        return spent.withLock { spent -> Int? in
            var recent = (spent[key] ?? []).filter { moment.timeIntervalSince($0) < window }
            if recent.count >= limit, let oldest = recent.first {
                spent[key] = recent
                return max(1, Int((window - moment.timeIntervalSince(oldest)).rounded(.up)))
            }
            recent.append(moment)
            spent[key] = recent
            if spent.count > maximumClients {
                spent = spent.filter { moment.timeIntervalSince($0.value.last ?? .distantPast) < window }
            }
            return nil
        }
    }
}
