import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Threads of their own for the monitor's long computations. Request handlers run on Swift's
/// cooperative pool, which has one thread per core; a selection drawing for seconds there held
/// those threads, and every page waited for it (2.6 s for a page beside 20 selections). On
/// these threads, at a lower priority (nice 10), a computation gets what the pages leave over.
/// One set for the process: each Stip in it (tests start hundreds) shares it.
final class ComputeThreads: TaskExecutor, @unchecked Sendable {
    static let shared = ComputeThreads(count: ProcessInfo.processInfo.activeProcessorCount)

    /// Guards `jobs`; the threads sleep on it while there is nothing to do.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var next = 0

    private init(count: Int) {
        for number in 0..<max(1, count) {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "stip-compute-\(number)"
            thread.start()
        }
    }

    /// Runs `work` on these threads without taking a place in the queue: for what is heavy but
    /// bounded by what the queue admitted (rendering a selection, encoding its JSON).
    static func run<T>(_ work: () async throws -> T) async throws -> T {
        try await withTaskExecutorPreference(shared) { try await work() }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        #if canImport(Glibc)
        // On Linux the nice value belongs to the thread, and 0 names the calling one.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            if next == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                next = 0
            }
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
