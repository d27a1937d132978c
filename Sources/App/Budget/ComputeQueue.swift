import Foundation
import Synchronization
import Vapor

/// The queue every expensive computation passes through (an index over a level, a set of
/// robustness draws, a focus selection): no more run at once than the machine has cores, a
/// few more may wait their turn, and the rest are told at once that Stip is busy (503 with
/// `Retry-After`), so a crowd of requests can slow the monitor but never the pages beside it.
/// A waiter that is cancelled (its reader went away) leaves the queue. The work itself runs on
/// `ComputeThreads`, never on the threads that answer requests.
final class ComputeQueue: Sendable {
    let slots: Int
    let waitingLimit: Int
    /// How long a computation may wait for a slot before it is refused as busy.
    let longestWait: Duration

    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var running = 0
        var waiting: [Waiter] = []
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    init(slots: Int = ProcessInfo.processInfo.activeProcessorCount, waitingLimit: Int? = nil, longestWait: Duration = .seconds(20)) {
        self.slots = max(1, slots)
        self.waitingLimit = waitingLimit ?? 2 * max(1, slots)
        self.longestWait = longestWait
    }

    /// What is running and waiting now, for tests and the figures in docs/performance.md.
    var load: (running: Int, waiting: Int) { state.withLock { ($0.running, $0.waiting.count) } }

    /// Refuses as busy when a new computation would be refused now (every slot and waiting place taken).
    func checkRoom() throws(AppError) {
        let full = state.withLock { $0.running >= slots && $0.waiting.count >= waitingLimit }
        if full { throw AppError.busy(retryAfter: Self.retryAfter(longestWait)) }
    }

    /// Runs `work` in a slot, after waiting for one if need be.
    func run<T: Sendable>(_ work: () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        try Task.checkCancellation()
        return try await withTaskExecutorPreference(ComputeThreads.shared) { try await work() }
    }

    private func acquire() async throws {
        enum Admission { case now, wait(UInt64), refused }
        let admission = state.withLock { state -> Admission in
            if state.running < slots {
                state.running += 1
                return .now
            }
            guard state.waiting.count < waitingLimit else { return .refused }
            state.nextID += 1
            return .wait(state.nextID)
        }
        switch admission {
        case .now: return
        case .refused: throw AppError.busy(retryAfter: Self.retryAfter(longestWait))
        case let .wait(id):
            let timeout = Task { [longestWait] in
                try await Task.sleep(for: longestWait)
                self.leave(id, with: AppError.busy(retryAfter: Self.retryAfter(longestWait)))
            }
            defer { timeout.cancel() }
            try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                    let cancelled = state.withLock { state -> Bool in
                        if Task.isCancelled { return true }
                        state.waiting.append(Waiter(id: id, continuation: continuation))
                        return false
                    }
                    if cancelled { continuation.resume(throwing: CancellationError()) }
                }
            } onCancel: {
                leave(id, with: CancellationError())
            }
        }
    }

    /// A waiter gives up its place (cancelled, or waited too long).
    private func leave(_ id: UInt64, with error: any Error) {
        let waiter = state.withLock { state -> Waiter? in
            guard let position = state.waiting.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiting.remove(at: position)
        }
        waiter?.continuation.resume(throwing: error)
    }

    /// The slot passes to the longest waiter, or is freed.
    private func release() {
        let next = state.withLock { state -> Waiter? in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.continuation.resume()
    }

    private static func retryAfter(_ duration: Duration) -> Int {
        max(1, Int(duration.components.seconds) / 4)
    }
}

extension ComputeQueue {
    /// The application's queue, for what reports on it.
    struct Key: StorageKey { typealias Value = ComputeQueue }
}
