import NIOCore
import Synchronization

/// Answers rendered from one revision of the register, by path. A page is a pure function of
/// the register and the day, so it stays right until either moves; then the whole lot is dropped.
final class RenderedResponses: Sendable {
    private struct State {
        var revision = -1
        var day = ""
        var bodies: [String: ByteBuffer] = [:]
    }

    /// Far above the number of pages a plan has; a guard against unbounded growth, not a tuning knob.
    static let limit = 5_000

    private let state = Mutex(State())

    func body(for path: String, revision: Int, day: String, render: () async throws -> ByteBuffer) async rethrows -> ByteBuffer {
        let cached = state.withLock { state -> ByteBuffer? in
            if state.revision != revision || state.day != day { state = State(revision: revision, day: day) }
            return state.bodies[path]
        }
        if let cached { return cached }
        let body = try await render()
        state.withLock { state in
            if state.revision == revision, state.day == day, state.bodies.count < Self.limit { state.bodies[path] = body }
        }
        return body
    }
}
