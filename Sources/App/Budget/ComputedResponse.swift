import Vapor

extension Response {
    /// An answer whose body takes long to compute. The head goes out at once and, while the work
    /// runs, a space every `heartbeat` (white space before `<!DOCTYPE html>` or a JSON value
    /// changes nothing). Vapor does not tell a handler that its reader has gone; a space that
    /// cannot be written does, and then the work is cancelled, which frees its place in the queue.
    static func computed(status: HTTPResponseStatus = .ok, headers: HTTPHeaders, heartbeat: Duration = .seconds(1),
                         _ work: @escaping @Sendable () async throws -> String) -> Response {
        // The body is written after the route has returned, outside the request's language scope:
        // the page is still written in the language of the request it answers.
        let language = ScreenLanguage.current, offer = ScreenLanguage.currentOffer
        return Response(status: status, headers: headers, body: .init(asyncStream: { writer in
            let (beats, beat) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
            let job = Task {
                defer { beat.finish() }
                return try await ScreenLanguage.$currentOffer.withValue(offer) {
                    try await ScreenLanguage.$current.withValue(language) { try await work() }
                }
            }
            let clock = Task {
                while !Task.isCancelled {
                    try await Task.sleep(for: heartbeat)
                    beat.yield()
                }
            }
            defer { clock.cancel() }
            for await _ in beats {
                do {
                    try await writer.write(.buffer(ByteBuffer(string: " ")))
                } catch {
                    // Vapor wants every stream ended, even one nobody reads any more.
                    job.cancel()
                    try? await writer.write(.error(error))
                    return
                }
            }
            switch await job.result {
            case let .success(body):
                try await writer.write(.buffer(ByteBuffer(string: body)))
                try await writer.write(.end)
            case let .failure(error):
                try await writer.write(.error(error))
            }
        }))
    }
}
