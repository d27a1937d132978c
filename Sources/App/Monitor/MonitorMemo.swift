import Synchronization

/// Values computed once per data revision and key. Concurrent askers for the same key share one
/// computation (64 connections on a cold cache compute the index once, not 64 times); a failed
/// computation is forgotten so the next request tries again.
final class MonitorMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var revision: MonitorRevision?
        var tasks: [Key: Task<Value, any Error>] = [:]
    }

    private let state = Mutex(State())
    /// A guard against unbounded growth (any query string is a key), not a tuning knob.
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    func value(_ key: Key, revision: MonitorRevision, _ make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let task = state.withLock { state -> Task<Value, any Error> in
            if state.revision != revision { state = State(revision: revision) }
            if let running = state.tasks[key] { return running }
            if state.tasks.count >= limit { state = State(revision: revision) }
            let task = Task { try await make() }
            state.tasks[key] = task
            return task
        }
        do {
            return try await task.value
        } catch {
            state.withLock { state in
                if state.tasks[key].map({ $0 == task }) ?? false { state.tasks[key] = nil }
            }
            throw error
        }
    }
}
