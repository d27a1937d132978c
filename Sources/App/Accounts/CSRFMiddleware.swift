import Vapor

/// Every form carries a token that must match the one in the visitor's cookie (double submit);
/// with the cookie `SameSite=Strict`, a page elsewhere can neither read nor send it.
struct CSRFMiddleware: Middleware {
    static let cookie = "stip_csrf"
    static let field = "_csrf"
    let secureCookies: Bool

    struct TokenKey: StorageKey { typealias Value = String }
    /// Set when a page needed a token the visitor had no cookie for yet.
    struct IssuedKey: StorageKey { typealias Value = Bool }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let existing = request.cookies[Self.cookie]?.string
        if let existing { request.storage[TokenKey.self] = existing }
        let unsafe = ![.GET, .HEAD, .OPTIONS].contains(request.method)
        // Bearer-token API calls carry no cookies, so a forged cross-site form cannot ride on them.
        let checked: EventLoopFuture<Void>
        if unsafe, request.headers.bearerAuthorization == nil, !request.url.path.hasPrefix(APIPath.prefix) {
            // Middleware runs before the route collects the body; a form is small.
            checked = request.body.collect(max: 1 << 20).flatMapThrowing { _ in
                let sent = try? request.content.get(String.self, at: Self.field)
                guard let existing, let sent, Secret.equal(existing, sent) else { throw AppError.formExpired }
            }
        } else {
            checked = request.eventLoop.makeSucceededVoidFuture()
        }
        let secureCookies = secureCookies
        return checked.flatMap { next.respond(to: request) }.map { response in
            // Only pages with a form hand out the cookie; the public pages set none.
            if request.storage[IssuedKey.self] == true, let token = request.storage[TokenKey.self] {
                response.cookies[Self.cookie] = HTTPCookies.Value(
                    string: token, path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .strict)
            }
            return response
        }
    }
}

extension Request {
    /// The token this request's forms must carry, made on first use.
    var csrfToken: String {
        if let token = storage[CSRFMiddleware.TokenKey.self] { return token }
        let token = Secret.token()
        storage[CSRFMiddleware.TokenKey.self] = token
        storage[CSRFMiddleware.IssuedKey.self] = true
        return token
    }
}
