import Core
import Storage
import Vapor

/// Logging in and out, one's own account and tokens, the accounts overview, and API tokens.
struct AccountRoutes: Sendable {
    let accounts: AccountStore
    let store: RegisterStore
    let reports: ReportStore
    let today: @Sendable () -> String
    let l: Localizer
    let secureCookies: Bool
    /// A hash at the configured cost that no password matches: checked when the e-mail is
    /// unknown, so that answer takes as long as a wrong password does.
    let decoyHash: String
    let throttle: LoginThrottle
    let passwordChecks: PasswordChecks
    let now: @Sendable () -> Date
    /// A session unused this long has ended (default 30 minutes); after `sessionLifetime` it ends anyway.
    let sessionIdle: TimeInterval
    static let sessionLifetime: TimeInterval = 12 * 60 * 60

    func register(on routes: any RoutesBuilder) {
        routes.get(.login) { request in
            if request.account != nil { return request.redirect(to: SiteURL.account.path) }
            return Response.personalPage(LoginPage.render(.init(csrf: request.csrfToken, next: safeNext(request.query["next"])), l))
        }
        routes.post(.login) { request in try await login(request) }
        routes.post(.logout) { request in
            if let token = request.cookies[request.cookieNames.session]?.string {
                try await accounts.deleteSession(tokenHash: Secret.fingerprint(token))
            }
            let response = request.redirect(to: SiteURL.home.path, redirectType: .normal)
            response.cookies[request.cookieNames.session] = .expired
            return response
        }
        routes.get(.account) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await accountPage(request, newToken: nil)
        }
        routes.post(.tokens) { request in
            try request.require(.manageOwnAccount)
            let account = request.account!
            let form = FormBody(request)
            let name = FieldReading.optional(form["name"]) ?? ""
            var expiresAt: Date?
            if let expiry = FieldReading.optional(form["expires"]) {
                // The end of the day it names, in the programme's time zone.
                guard let day = Self.day(expiry), day > now() else {
                    return try await accountPage(request, newToken: nil, problem: l(.tokenExpiryInvalid), field: "expires", status: .unprocessableEntity)
                }
                expiresAt = day
            }
            let token = Secret.token()
            _ = try await accounts.createAPIToken(
                accountID: account.id, name: String((name.isEmpty ? "token" : name).prefix(120)), tokenHash: Secret.fingerprint(token),
                expiresAt: expiresAt, now: now())
            return try await accountPage(request, newToken: token)
        }
        routes.post(.changePassword) { request in
            try request.require(.manageOwnAccount)
            return try await changePassword(request)
        }
        routes.post(.revokeToken(":id")) { request in
            try request.require(.manageOwnAccount)
            try await accounts.revokeToken(id: try RegisterRoutes.id(request), accountID: request.account!.id)
            return request.redirect(to: SiteURL.account.path, redirectType: .normal)
        }
        routes.get(.accounts) { request in
            guard request.account != nil else { return request.loginRedirect() }
            try request.require(.manageAccounts)
            return Response.personalPage(AccountsPage.render(try await accounts.all(), l))
        }

        routes.post(.api(.tokens)) { request in
            guard let basic = request.headers.basicAuthorization,
                  let account = try await verify(email: basic.username, password: basic.password, on: request) else {
                throw AppError.unauthorized
            }
            let token = Secret.token()
            _ = try await accounts.createAPIToken(accountID: account.id, name: "API", tokenHash: Secret.fingerprint(token))
            let response = Response(status: .created, headers: ["Content-Type": "application/json; charset=utf-8"])
            try response.content.encode(["token": token], as: .json)
            return response
        }
        routes.get(.api(.me)) { request in
            try request.require(.manageOwnAccount)
            let response = Response(status: .ok)
            try response.content.encode(request.account!, as: .json)
            return response
        }
    }

    private func login(_ request: Request) async throws -> Response {
        let form = FormBody(request)
        // A post without the two fields is no login attempt: it is neither throttled nor audited.
        guard let email = form["email"], let password = form["password"] else {
            throw AppError.unreadableBody("\(l(.email)), \(l(.password)): \(l(.editing(.problem(.required))))")
        }
        guard let account = try await verify(email: email, password: password, on: request) else {
            let page = LoginPage.render(.init(csrf: request.csrfToken, email: email, next: safeNext(form["next"]), failed: true), l)
            return Response.personalPage(page, status: .unauthorized)
        }
        let token = Secret.token()
        try await accounts.createSession(
            accountID: account.id, tokenHash: Secret.fingerprint(token), expiresAt: now().addingTimeInterval(Self.sessionLifetime),
            from: request.clientAddress, now: now(), idle: sessionIdle)
        let response = request.redirect(to: safeNext(form["next"]), redirectType: .normal)
        // A new session means new form tokens: the visitor cookie of the login form has done its work.
        response.cookies[request.cookieNames.session] = HTTPCookies.Value(
            string: token, maxAge: Int(Self.sessionLifetime), path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .lax)
        response.cookies[request.cookieNames.visitor] = .expired
        return response
    }

    /// The account whose password this is. An unknown address costs the same time and gets the
    /// same answer as a wrong password, so neither timing nor wording tells which addresses exist.
    /// Past the throttle's limit nothing is checked: 429 with the time to wait, whatever the password.
    /// Every refusal is in the audit trail.
    private func verify(email: String, password: String, on request: Request) async throws -> Account? {
        let normalised = (try? AccountInput.normalisedEmail(email)) ?? email.trimmingCharacters(in: .whitespaces).lowercased()
        let address = request.clientAddress
        if case let .wait(seconds) = await throttle.verdict(account: normalised, address: address) {
            throw AppError.tooManyAttempts(retryAfter: seconds)
        }
        let (found, matches) = try await passwordChecks.verify(password, on: request.eventLoop) { [accounts, decoyHash] in
            let found = try await accounts.credentials(email: normalised)
            return (found, found?.passwordHash ?? decoyHash)
        }
        // bcrypt reads 72 bytes; no password Stip accepted is longer, so a longer one typed here
        // is wrong even when its first 72 bytes are right (it is still checked, for the same time).
        let whole = password.utf8.count <= AccountInput.maximumPasswordBytes
        if matches, whole, let account = found?.account {
            await throttle.succeeded(account: normalised)
            return account
        }
        let delay = await throttle.failed(account: normalised, address: address)
        let locked = await throttle.verdict(account: normalised, address: address) != .allowed
        try await accounts.recordFailedLogin(email: normalised, accountID: found?.account.id, address: address, locked: locked)
        try await Task.sleep(for: delay)
        return nil
    }

    private func accountPage(
        _ request: Request, newToken: String?, notice: String? = nil, problem: String? = nil, field: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let account = request.account!
        let register = try await store.current()
        let teams = account.teams.compactMap { register?.team($0) }
        let tokens = try await accounts.tokens(of: account.id)
        var todo: [ReportingTodo.Item]?
        if let register, (try? ReportRights.requireRead(by: account)) != nil {
            let rows = ReportingRow.all(try await reports.rounds(), reports: try await reports.allReports(), register: register, today: today())
            todo = ReportingTodo.items(rows, register: register, for: account, l)
        }
        let model = AccountPage.Model(
            csrf: request.csrfToken, account: account, teams: teams, tokens: tokens, newToken: newToken, notice: notice, problem: problem,
            problems: field.flatMap { field in problem.map { [field: $0] } } ?? [:], now: ISO8601DateFormatter().string(from: now()), todo: todo)
        return Response.personalPage(AccountPage.render(model, l), status: status)
    }

    /// Asks the current password (throttled like a login), checks the new one, and ends every
    /// other session of the account: whoever had it open elsewhere is logged out.
    private func changePassword(_ request: Request) async throws -> Response {
        let account = request.account!
        let form = FormBody(request)
        // Without its three fields a post is no attempt at the password: nothing is checked or audited.
        guard let current = form["current"], let new = form["new"], let repeated = form["repeat"] else {
            throw AppError.unreadableBody("\(l(.currentPassword)), \(l(.newPassword)), \(l(.repeatPassword)): \(l(.editing(.problem(.required))))")
        }
        guard try await verify(email: account.email, password: current, on: request) != nil else {
            return try await accountPage(request, newToken: nil, problem: l(.passwordWrong), field: "current", status: .unprocessableEntity)
        }
        guard new == repeated else {
            return try await accountPage(request, newToken: nil, problem: l(.passwordsDiffer), field: "repeat", status: .unprocessableEntity)
        }
        do {
            try AccountInput.check(password: new)
        } catch {
            return try await accountPage(request, newToken: nil, problem: l(.passwordRefused(error)), field: "new", status: .unprocessableEntity)
        }
        let hash = try await passwordChecks.hash(new, on: request.eventLoop)
        try await accounts.setPassword(accountID: account.id, passwordHash: hash, by: account.email)
        let own = (request.cookies[request.cookieNames.session]?.string).map { Secret.fingerprint($0) }
        try await accounts.endSessions(accountID: account.id, except: own, by: account.email, now: now())
        return try await accountPage(request, newToken: nil, notice: l(.passwordChanged))
    }

    /// `yyyy-mm-dd` as the last moment of that day in Amsterdam.
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        guard let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              calendar.component(.day, from: start) == parts[2] else { return nil }
        return calendar.date(byAdding: DateComponents(day: 1, second: -1), to: start)
    }

    /// Only a path on this site: a login link must not send anyone elsewhere.
    private func safeNext(_ next: String?) -> String {
        LocalPath(next)?.path ?? SiteURL.account.path
    }
}

/// Makes an account from the command line or a test: checks the input, hashes the password.
public enum AccountCreation {
    public static func create(
        email: String, role: AccountRole, teams: [String], password: String, name: String? = nil, in accounts: AccountStore, cost: Int = 12
    ) async throws -> Account {
        let normalised = try AccountInput.normalisedEmail(email)
        try AccountInput.check(password: password)
        try AccountInput.check(role: role, teams: teams)
        let displayName = try AccountInput.displayName(name)
        return try await accounts.create(
            email: normalised, role: role, teams: teams, passwordHash: try Bcrypt.hash(password, cost: cost), name: displayName)
    }
}

extension AccountCreation {
    /// A password's hash for the command line, at the cost Stip uses.
    public static func hash(_ password: String, cost: Int = 12) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }
}
