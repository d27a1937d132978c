import NIOCore
import Synchronization

/// Answers rendered from one revision of the register, by path (the query is not part of the
/// key: these pages read none). A page is a pure function of the register and the day, so it
/// stays right until either moves; then the whole lot is dropped. Within a revision the pages
/// are kept within a byte budget, the least recently used going first (`BoundedCache`).
final class RenderedResponses: Sendable {
    private struct State {
        var revision = -1
        var day = ""
        var bodies = BoundedCache<String, ByteBuffer>(byteLimit: RenderedResponses.byteLimit)
    }

    /// Every page of a plan is some 3 MB together; room for that many times over.
    static let byteLimit = 32 << 20

    private let state = Mutex(State())

    func body(for path: String, revision: Int, day: String, render: () async throws -> ByteBuffer) async rethrows -> ByteBuffer {
        let cached = state.withLock { state -> ByteBuffer? in
            if state.revision != revision || state.day != day { state = State(revision: revision, day: day) }
            return state.bodies.value(path)
        }
        if let cached { return cached }
        let body = try await render()
        state.withLock { state in
            if state.revision == revision, state.day == day { state.bodies.insert(body, bytes: body.readableBytes + 64, for: path) }
        }
        return body
    }
}
