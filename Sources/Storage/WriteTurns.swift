import Synchronization

/// Lets one write transaction of this process run at a time, the others waiting their turn in
/// order. SQLite allows one writer per file anyway; a second one that asks meanwhile is made to
/// wait by its busy handler, which sleeps in growing steps (up to 100 ms) rather than wake when
/// the lock is free. Queued here, the next writer starts the moment the one before commits
/// (and, on either database, after the one before kept what it wrote in memory).
final class WriteTurns: Sendable {
    private struct State {
        var busy = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await take()
        defer { give() }
        return try await body()
    }

    private func take() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state -> Bool in
                if state.busy {
                    state.waiting.append(continuation)
                    return false
                }
                state.busy = true
                return true
            }
            if now { continuation.resume() }
        }
    }

    /// The next in line gets the turn (staying busy), or nobody holds it.
    private func give() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty {
                state.busy = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
