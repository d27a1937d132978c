@testable import App
import Synchronization
import Testing

/// The monitor's memory of computed answers: a value is computed once per revision and key,
/// also when the memory is full, and computed again when the data changes.
@Suite struct MonitorMemoTests {
    final class Counter: Sendable {
        let count = Mutex(0)
        func next() -> Int { count.withLock { $0 += 1; return $0 } }
    }

    @Test func aFullMemoryStillAnswersWhatItHolds() async throws {
        let memo = MonitorMemo<Int, Int>(limit: 1)
        let counter = Counter()
        let revision = MonitorRevision(imports: 1, boundaryYears: [:])
        let first = try await memo.value(0, revision: revision) { counter.next() }
        let again = try await memo.value(0, revision: revision) { counter.next() }
        #expect(first == 1 && again == 1, "the one value it holds is not computed again")
        // A new key in a full memory starts afresh; a new revision too.
        #expect(try await memo.value(1, revision: revision) { counter.next() } == 2)
        #expect(try await memo.value(1, revision: MonitorRevision(imports: 2, boundaryYears: [:])) { counter.next() } == 3)
    }
}
