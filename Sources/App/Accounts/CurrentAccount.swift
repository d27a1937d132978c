import Core
import Storage
import Vapor

/// Who is asking: found from the session cookie or a bearer token, once per request.
struct CurrentAccountKey: StorageKey {
    typealias Value = Account
}

extension Request {
    var account: Account? { storage[CurrentAccountKey.self] }

    /// Refuses the request unless its account may do this: 401 for nobody (a login page for a
    /// browser), 403 for an account whose role does not allow it (`ErrorPageMiddleware`).
    func require(_ permission: Permission) throws {
        try require(anyOf: [permission])
    }

    /// The same, for a request that any one of several permissions allows.
    func require(anyOf permissions: [Permission]) throws {
        try Permission.require(anyOf: permissions, for: account)
    }

    /// Sends a browser that is not logged in to the login page, back here afterwards.
    func loginRedirect() -> Response {
        redirect(to: "\(SiteURL.login.path)?next=\(Escaped.queryValue(url.path))")
    }
}

/// Finds the account behind a request. A bearer token that is wrong is refused outright, so a
/// script learns at once that its token no longer works.
///
/// The API (`/api/v1`) knows only bearer tokens: a browser's session cookie counts for nothing
/// there, so a form on another site that posts to the API with the visitor's cookie writes nothing.
/// The pages know only the session: a token cannot open `/account` to make itself a successor,
/// so revoking a stolen token locks its holder out.
struct AccountMiddleware: Middleware {
    let accounts: AccountStore
    let names: CookieNames
    let idle: TimeInterval
    let now: @Sendable () -> Date

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let api = request.url.path.hasPrefix(APIPath.prefix)
        let bearer = api ? request.headers.bearerAuthorization?.token : nil
        let session = api ? nil : request.cookies[names.session]?.string
        // An anonymous visitor costs nothing here: no lookup, no task.
        guard bearer != nil || session != nil else { return next.respond(to: request) }
        let accounts = accounts, idle = idle, moment = now()
        return request.eventLoop.makeFutureWithTask { () -> Account? in
            if let bearer {
                guard let account = try await accounts.account(apiTokenHash: Secret.fingerprint(bearer), now: moment) else { throw AppError.unauthorized }
                return account
            }
            return try await accounts.account(sessionTokenHash: Secret.fingerprint(session!), now: moment, idle: idle)
        }.flatMap { account in
            if let account { request.storage[CurrentAccountKey.self] = account }
            return next.respond(to: request)
        }
    }
}
