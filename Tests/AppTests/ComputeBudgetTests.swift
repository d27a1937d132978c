@testable import App
import Foundation
import Synchronization
import Testing

/// The parts of the compute budget on their own: the byte-bounded cache that junk cannot empty,
/// the memo that shares and cancels computations, and the queue that bounds them.
@Suite struct ComputeBudgetTests {
    final class Counter: Sendable {
        let count = Mutex(0)
        func next() -> Int { count.withLock { $0 += 1; return $0 } }
        var value: Int { count.withLock { $0 } }
    }

    static let revision = MonitorRevision(data: 1, boundaries: 0, boundaryYears: [:])

    @Test func keysAskedForOnceNeverPushOutAnEntryPeopleComeBackTo() {
        var cache = BoundedCache<String, String>(byteLimit: 1_000)
        cache.insert("the index of 2015", bytes: 300, for: "expensive")
        #expect(cache.value("expensive") != nil, "asked for again: protected")
        for junk in 0..<500 { cache.insert("junk", bytes: 100, for: "/monitor?x=\(junk)") }
        #expect(cache.value("expensive") == "the index of 2015")
        #expect(cache.bytes <= 1_000)
        #expect(cache.count == 8, "the protected entry and as many junk entries as fit beside it")
        // Among the junk, the least recently used went first.
        #expect(cache.contains("/monitor?x=493") && !cache.contains("/monitor?x=492"))
        // A value larger than the whole budget is not kept, and pushes nothing out.
        cache.insert("too big", bytes: 5_000, for: "huge")
        #expect(!cache.contains("huge") && cache.contains("expensive"))
    }

    @Test func protectedEntriesBeyondTheirShareGoBackOnProbationOldestFirst() {
        var cache = BoundedCache<Int, Int>(byteLimit: 1_000)
        for key in 0..<4 {
            cache.insert(key, bytes: 250, for: key)
            _ = cache.value(key)
        }
        // Four protected entries of 250 exceed the protected share (800): the oldest is on probation, so it goes first.
        cache.insert(9, bytes: 250, for: 9)
        #expect(!cache.contains(0) && cache.contains(1) && cache.contains(3) && cache.contains(9))
    }

    @Test func aMemoComputesOncePerRevisionAndKeyAndKeepsWhatItHolds() async throws {
        let memo = RevisionCache<Int, MonitorRevision, Int>(byteLimit: 100) { _ in 10 }
        let counter = Counter()
        #expect(try await memo.value(0, revision: Self.revision) { counter.next() } == 1)
        #expect(try await memo.value(0, revision: Self.revision) { counter.next() } == 1)
        #expect(try await memo.value(1, revision: Self.revision) { counter.next() } == 2)
        #expect(try await memo.value(0, revision: Self.revision) { counter.next() } == 1, "a second key does not push out the first")
        #expect(try await memo.value(1, revision: MonitorRevision(data: 2, boundaries: 0, boundaryYears: [:])) { counter.next() } == 3)
    }

    @Test func concurrentAskersShareOneComputation() async throws {
        let memo = RevisionCache<Int, MonitorRevision, Int>(byteLimit: 100) { _ in 10 }
        let counter = Counter()
        let answers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await memo.value(7, revision: Self.revision) {
                        try await Task.sleep(for: .milliseconds(200))
                        return counter.next()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers == Array(repeating: 1, count: 20) && counter.value == 1)
    }

    @Test func whenEveryAskerHasGoneTheComputationIsCancelled() async throws {
        let memo = RevisionCache<Int, MonitorRevision, Int>(byteLimit: 100) { _ in 10 }
        let cancelled = Counter(), finished = Counter()
        let slow: @Sendable () async throws -> Int = {
            do {
                try await Task.sleep(for: .seconds(30))
                return finished.next()
            } catch {
                _ = cancelled.next()
                throw error
            }
        }
        let first = Task { try await memo.value(1, revision: Self.revision, slow) }
        let second = Task { try await memo.value(1, revision: Self.revision, slow) }
        try await Task.sleep(for: .milliseconds(100))
        first.cancel()
        await #expect(throws: CancellationError.self) { try await first.value }
        try await Task.sleep(for: .milliseconds(100))
        #expect(cancelled.value == 0, "one asker is still waiting")
        #expect(memo.isKnownOrRunning(1, revision: Self.revision))
        second.cancel()
        await #expect(throws: CancellationError.self) { try await second.value }
        try await Task.sleep(for: .milliseconds(200))
        #expect(cancelled.value == 1 && finished.value == 0)
        #expect(!memo.isKnownOrRunning(1, revision: Self.revision), "a cancelled computation is not remembered")
    }

    @Test func theQueueRunsAsManyAsItHasSlotsLetsAFewWaitAndRefusesTheRest() async throws {
        let queue = ComputeQueue(slots: 1, waitingLimit: 1, longestWait: .seconds(30))
        let gate = AsyncStream.makeStream(of: Void.self)
        let running = Task { try await queue.run { for await _ in gate.stream { break }; return 1 } }
        try await Task.sleep(for: .milliseconds(50))
        let waiting = Task { try await queue.run { 2 } }
        try await Task.sleep(for: .milliseconds(50))
        #expect(queue.load == (1, 1))
        await #expect(throws: AppError.busy(retryAfter: 7)) { try await queue.run { 3 } }
        // A waiter whose reader left gives up its place.
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        #expect(queue.load == (1, 0))
        let next = Task { try await queue.run { 4 } }
        try await Task.sleep(for: .milliseconds(50))
        gate.continuation.yield()
        #expect(try await running.value == 1)
        #expect(try await next.value == 4)
        #expect(queue.load == (0, 0))
    }

    @Test func aWaiterThatWaitsTooLongIsToldStipIsBusy() async throws {
        let queue = ComputeQueue(slots: 1, waitingLimit: 4, longestWait: .milliseconds(200))
        let gate = AsyncStream.makeStream(of: Void.self)
        let running = Task { try await queue.run { for await _ in gate.stream { break }; return 1 } }
        try await Task.sleep(for: .milliseconds(50))
        await #expect(throws: AppError.busy(retryAfter: 1)) { try await queue.run { 2 } }
        gate.continuation.yield()
        #expect(try await running.value == 1)
    }
}
