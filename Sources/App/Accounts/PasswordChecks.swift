import NIOConcurrencyHelpers
import Vapor

/// Password hashes are made and checked on threads of their own, never on the pool that runs the
/// database, and only so many may wait: a flood of login attempts gets "busy, try again" (503)
/// at once instead of stalling every page.
final class PasswordChecks: Sendable {
    private let pool: NIOThreadPool
    private let cost: Int
    private let maximumWaiting: Int
    private let waiting = NIOLockedValueBox(0)

    init(cost: Int = 12, threads: Int = 1, maximumWaiting: Int = 32) {
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
        self.cost = cost
        self.maximumWaiting = maximumWaiting
    }

    /// Checks a password against the hash `lookup` finds, which runs only once the check holds a
    /// place: a flood of attempts is refused before it has cost the database a query.
    func verify<Found: Sendable>(
        _ password: String, on eventLoop: any EventLoop, against lookup: () async throws -> (found: Found, hash: String)
    ) async throws -> (found: Found, matches: Bool) {
        try await holdingPlace {
            let (found, hash) = try await lookup()
            return (found, try await pool.runIfActive(eventLoop: eventLoop) { try Bcrypt.verify(password, created: hash) }.get())
        }
    }

    /// A new password's hash, at the configured cost.
    func hash(_ password: String, on eventLoop: any EventLoop) async throws -> String {
        let cost = cost
        return try await run(on: eventLoop) { try Bcrypt.hash(password, cost: cost) }
    }

    private func run<T: Sendable>(on eventLoop: any EventLoop, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await holdingPlace { try await pool.runIfActive(eventLoop: eventLoop, work).get() }
    }

    private func holdingPlace<T>(_ body: () async throws -> T) async throws -> T {
        let admitted = waiting.withLockedValue { count in
            guard count < maximumWaiting else { return false }
            count += 1
            return true
        }
        guard admitted else { throw AppError.busy(retryAfter: 2) }
        defer { waiting.withLockedValue { $0 -= 1 } }
        return try await body()
    }

    func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}

/// Stops the password threads with the application.
struct PasswordChecksShutdown: LifecycleHandler {
    let checks: PasswordChecks

    func shutdownAsync(_ application: Application) async {
        await checks.shutdown()
    }
}
