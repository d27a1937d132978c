import NIOConcurrencyHelpers
import Vapor

/// Password hashes are checked on threads of their own, never on the pool that runs the database,
/// and only so many may wait: a flood of login attempts gets "busy, try again" (503) at once
/// instead of stalling every page.
final class PasswordChecks: Sendable {
    private let pool: NIOThreadPool
    private let maximumWaiting: Int
    private let waiting = NIOLockedValueBox(0)

    init(threads: Int = 1, maximumWaiting: Int = 32) {
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
        self.maximumWaiting = maximumWaiting
    }

    func verify(_ password: String, created hash: String, on eventLoop: any EventLoop) async throws -> Bool {
        let admitted = waiting.withLockedValue { count in
            guard count < maximumWaiting else { return false }
            count += 1
            return true
        }
        guard admitted else { throw AppError.busy(retryAfter: 2) }
        defer { waiting.withLockedValue { $0 -= 1 } }
        return try await pool.runIfActive(eventLoop: eventLoop) { try Bcrypt.verify(password, created: hash) }.get()
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
