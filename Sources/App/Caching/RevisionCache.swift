import Synchronization

/// Values computed once per revision of the data they come from and key, kept within a byte
/// budget: the one cache of Stip's pages, API answers and monitor figures. A value is right
/// as long as the revision it was computed at (`DataRevisions`, the day where a page depends
/// on it) is the current one; a new revision drops the lot. Keys carry the language, and the
/// role where the answer depends on it.
///
/// Concurrent askers for the same key share one computation (64 connections on a cold cache
/// compute the index once, not 64 times); a failed computation is forgotten so the next request
/// tries again; and when every asker has gone away (a reader closed the page) the computation
/// is cancelled.
final class RevisionCache<Key: Hashable & Sendable, Revision: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct RunKey: Hashable { var key: Key; var revision: Revision }

    private struct Run {
        var id: UInt64
        var task: Task<Void, Never>?
        var waiters: [UInt64: CheckedContinuation<Value, any Error>] = [:]
    }

    private enum Answer { case value(Value), cancelled, waiting }

    private struct State {
        var revision: Revision?
        var done: BoundedCache<Key, Value>
        var running: [RunKey: Run] = [:]
        var nextID: UInt64 = 0
    }

    private let state: Mutex<State>
    private let bytes: @Sendable (Value) -> Int

    /// `bytes` estimates what a value holds in memory; `byteLimit` bounds their sum.
    init(byteLimit: Int, bytes: @escaping @Sendable (Value) -> Int) {
        state = Mutex(State(done: BoundedCache(byteLimit: byteLimit)))
        self.bytes = bytes
    }

    /// The value if it is computed already, without computing it.
    func isKnown(_ key: Key, revision: Revision) -> Bool {
        state.withLock { $0.revision == revision && $0.done.contains(key) }
    }

    /// Whether a value is known or being computed: asking for it costs no new computation.
    func isKnownOrRunning(_ key: Key, revision: Revision) -> Bool {
        state.withLock { ($0.revision == revision && $0.done.contains(key)) || $0.running[RunKey(key: key, revision: revision)] != nil }
    }

    func value(_ key: Key, revision: Revision, _ make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let runKey = RunKey(key: key, revision: revision)
        let waiter = state.withLock { state -> UInt64 in
            state.nextID += 1
            return state.nextID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
                let answer = state.withLock { state -> Answer in
                    if state.revision != revision {
                        state.revision = revision
                        state.done.removeAll()
                    }
                    if let value = state.done.value(key) { return .value(value) }
                    if Task.isCancelled { return .cancelled }
                    if state.running[runKey] != nil {
                        state.running[runKey]!.waiters[waiter] = continuation
                        return .waiting
                    }
                    state.nextID += 1
                    let id = state.nextID
                    var run = Run(id: id, waiters: [waiter: continuation])
                    run.task = Task { await self.compute(runKey, id: id, make) }
                    state.running[runKey] = run
                    return .waiting
                }
                switch answer {
                case let .value(value): continuation.resume(returning: value)
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .waiting: break
                }
            }
        } onCancel: {
            leave(runKey, waiter: waiter)
        }
    }

    private func compute(_ runKey: RunKey, id: UInt64, _ make: @Sendable () async throws -> Value) async {
        let result: Result<Value, any Error>
        do { result = .success(try await make()) } catch { result = .failure(error) }
        let waiters = state.withLock { state -> [CheckedContinuation<Value, any Error>] in
            guard let run = state.running[runKey], run.id == id else { return [] }
            state.running[runKey] = nil
            if case let .success(value) = result, state.revision == runKey.revision {
                state.done.insert(value, bytes: bytes(value), for: runKey.key)
            }
            return Array(run.waiters.values)
        }
        for waiter in waiters { waiter.resume(with: result) }
    }

    /// An asker went away; the last one to go cancels the computation.
    private func leave(_ runKey: RunKey, waiter: UInt64) {
        let continuation = state.withLock { state -> CheckedContinuation<Value, any Error>? in
            guard let continuation = state.running[runKey]?.waiters.removeValue(forKey: waiter) else { return nil }
            if state.running[runKey]!.waiters.isEmpty {
                state.running[runKey]!.task?.cancel()
                state.running[runKey] = nil
            }
            return continuation
        }
        continuation?.resume(throwing: CancellationError())
    }
}
