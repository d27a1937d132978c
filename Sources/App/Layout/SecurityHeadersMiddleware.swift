import Vapor

/// Tells browsers that a Stip page loads nothing from elsewhere, so a closed government
/// network needs no exceptions and nothing injected can reach out: no script but Stip's, no
/// form posting elsewhere, no `<base>` re-pointing links, no plug-ins, no framing.
///
/// What one person sees (their account, the audit trail, anything answered to a logged-in
/// person or a token, anything that sets a cookie) is marked `no-store`, so no shared cache or
/// browser history keeps it.
///
/// The request-wide middlewares are future-based rather than async: on every request, even for
/// the stylesheet, an async middleware's hop into a task cost as much as serving the page itself.
struct SecurityHeadersMiddleware: Middleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'",
        "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// Sent only when Stip is told it is served over HTTPS: over plain HTTP it would lock a
    /// browser out of a test installation for a year.
    let strictTransport: Bool

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
            response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
            response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
            response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
            response.headers.replaceOrAdd(name: "Cross-Origin-Opener-Policy", value: "same-origin")
            response.headers.replaceOrAdd(name: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()")
            if strictTransport {
                response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
            }
            if Self.isPersonal(request, response) {
                response.headers.replaceOrAdd(name: "Cache-Control", value: "no-store")
            }
            return response
        }
    }

    static let personalPrefixes = ["/account", "/beheer", "/rekenschap", "/inloggen", "/uitloggen", "/api/v1/audit", "/api/v1/tokens", "/api/v1/me"]

    static func isPersonal(_ request: Request, _ response: Response) -> Bool {
        request.account != nil || response.headers.contains(name: .setCookie) || isPersonal(path: request.url.path)
    }

    static func isPersonal(path: String) -> Bool {
        personalPrefixes.contains { path == $0 || path.hasPrefix($0 + "/") || path.hasPrefix($0 + ".") }
    }
}
