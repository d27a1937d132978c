import Vapor

/// Answers each request in the person's language: the one they chose in the header (a cookie),
/// else the best of `Accept-Language`, else Dutch; only languages that are offered. The page
/// says which (`Content-Language`, `lang`), and a cache between Stip and the person is told that
/// the answer depends on those headers. Outermost, so every answer (error pages too) knows it.
struct LanguageMiddleware: Middleware {
    static let cookie = "stip-taal"
    let offered: [ScreenLanguage]

    func language(for request: Request) -> ScreenLanguage {
        if let chosen = request.cookies[Self.cookie].flatMap({ ScreenLanguage(rawValue: $0.string) }), offered.contains(chosen) { return chosen }
        if let header = request.headers.first(name: .acceptLanguage), let negotiated = ScreenLanguage.negotiated(header, offered: offered) {
            return negotiated
        }
        return .default
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let language = language(for: request)
        request.storage[LanguageKey.self] = (language, offered)
        return next.respond(to: request).map { response in
            response.headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
            if offered.count > 1 { response.headers.add(name: .vary, value: "Accept-Language, Cookie") }
            return response
        }
    }
}

/// The request's language and the languages on offer, as `LanguageMiddleware` found them.
struct LanguageKey: StorageKey {
    typealias Value = (language: ScreenLanguage, offered: [ScreenLanguage])
}

extension Request {
    var language: ScreenLanguage { storage[LanguageKey.self]?.language ?? .default }

    /// Runs `body` with the request's language as `ScreenLanguage.current`.
    func inLanguage<T>(_ body: () throws -> T) rethrows -> T {
        try ScreenLanguage.$currentOffer.withValue(storage[LanguageKey.self]?.offered ?? [.default]) {
            try ScreenLanguage.$current.withValue(language, operation: body)
        }
    }
}

/// Innermost, around the route itself: the route's pages are written in the request's language.
/// (The middlewares between answer through futures, which do not carry a task's values.)
struct LanguageScope: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await ScreenLanguage.$currentOffer.withValue(request.storage[LanguageKey.self]?.offered ?? [.default]) {
            try await ScreenLanguage.$current.withValue(request.language) { try await next.respond(to: request) }
        }
    }
}

/// `/taal/{nl|en|de|fr}`: remembers the choice for a year and goes back to the page the person
/// came from (only a page of this site: anything else goes home).
struct LanguageRoutes: Sendable {
    let offered: [ScreenLanguage]
    let secureCookies: Bool

    func register(on routes: any RoutesBuilder) {
        routes.get(.languageRoute) { request -> Response in
            guard let language = request.parameters.get("taal").flatMap(ScreenLanguage.init(rawValue:)), offered.contains(language) else {
                throw Abort(.notFound)
            }
            let response = request.redirect(to: Self.back(request), redirectType: .normal)
            response.cookies[LanguageMiddleware.cookie] = HTTPCookies.Value(
                string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .lax)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }

    /// The path of the page the switch was clicked on, when it is one of ours.
    static func back(_ request: Request) -> String {
        guard let referer = request.headers.first(name: .referer), let url = URLComponents(string: referer), url.host == nil || url.host == request.headers.first(name: .host)?.split(separator: ":").first.map(String.init)
        else { return SiteURL.home.path }
        let path = url.percentEncodedPath
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.hasPrefix("/taal/") else { return SiteURL.home.path }
        return path + (url.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
