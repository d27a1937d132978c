import Vapor

/// The names of Stip's two cookies. Behind TLS they carry the `__Host-` prefix, which a browser
/// only accepts from this host, over HTTPS, for the whole site: no neighbouring subdomain can
/// plant one.
struct CookieNames: Sendable {
    let secure: Bool

    var session: String { secure ? "__Host-stip_session" : "stip_session" }
    /// A visitor without a session gets a random value here, so the login form has a token too.
    var visitor: String { secure ? "__Host-stip_csrf" : "stip_csrf" }

    struct Key: StorageKey { typealias Value = CookieNames }
}

extension Request {
    var cookieNames: CookieNames { application.storage[CookieNames.Key.self] ?? CookieNames(secure: true) }
}

/// Every form carries a token derived from the session it belongs to: an HMAC keyed with the
/// session's own secret, which only that browser holds (in an `HttpOnly` cookie). A page elsewhere
/// can neither read nor guess it; a new session at login gives new tokens. Before login the key
/// is a random visitor cookie (`SameSite=Strict`) instead.
///
/// The API takes no cookies at all (see `AccountMiddleware`), so only forms are checked here.
struct CSRFMiddleware: Middleware {
    static let field = "_csrf"
    let names: CookieNames

    /// Set when a page needed a token for a visitor who had no visitor cookie yet.
    struct IssuedKey: StorageKey { typealias Value = String }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let unsafe = ![.GET, .HEAD, .OPTIONS].contains(request.method)
        let checked: EventLoopFuture<Void>
        if unsafe, !request.url.path.hasPrefix(APIPath.prefix) {
            // Middleware runs before the route collects the body; a form is small.
            checked = request.body.collect(max: 1 << 20).flatMapThrowing { _ in
                let sent = try? request.content.get(String.self, at: Self.field)
                guard let expected = request.existingFormToken, let sent, Secret.equal(expected, sent) else { throw AppError.formExpired }
            }
        } else {
            checked = request.eventLoop.makeSucceededVoidFuture()
        }
        let names = names
        return checked.flatMap { next.respond(to: request) }.map { response in
            // Only pages with a form hand out the visitor cookie; the public pages set none.
            if let visitor = request.storage[IssuedKey.self] {
                response.cookies[names.visitor] = HTTPCookies.Value(
                    string: visitor, path: "/", isSecure: names.secure, isHTTPOnly: true, sameSite: .strict)
            }
            return response
        }
    }
}

extension Request {
    /// The token this request's forms must carry: from the session if there is one, else from
    /// the visitor cookie, made on first use.
    var csrfToken: String {
        if let token = existingFormToken { return token }
        let visitor = Secret.token()
        storage[CSRFMiddleware.IssuedKey.self] = visitor
        return FormToken.derive(from: visitor, purpose: "visitor")
    }

    fileprivate var existingFormToken: String? {
        if let session = cookies[cookieNames.session]?.string, !session.isEmpty {
            return FormToken.derive(from: session, purpose: "session")
        }
        if let visitor = storage[CSRFMiddleware.IssuedKey.self] ?? cookies[cookieNames.visitor]?.string, !visitor.isEmpty {
            return FormToken.derive(from: visitor, purpose: "visitor")
        }
        return nil
    }
}

/// HMAC-SHA256 of a fixed label, keyed with a cookie's secret: the value a form must send back.
enum FormToken {
    static func derive(from secret: String, purpose: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("stip-form-\(purpose)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(code).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
