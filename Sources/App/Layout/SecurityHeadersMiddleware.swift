import Vapor

/// Tells browsers that a Stip page loads nothing from elsewhere, so a closed government
/// network needs no exceptions and nothing injected can reach out.
///
/// The request-wide middlewares are future-based rather than async: on every request, even for
/// the stylesheet, an async middleware's hop into a task cost as much as serving the page itself.
struct SecurityHeadersMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
            response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
            response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
            return response
        }
    }
}
