import App
import Core
import Foundation
import Storage
import Testing
import VaporTesting

let testPassword = "correct horse battery"

/// Stip with one account per role (the aanvoerder leads the Groene Long team).
func withStipAccounts(now: @escaping @Sendable () -> Date = Date.init, computeLimits: ComputeLimits = .roomyForTests,
                      _ test: (Application, [AccountRole: Account]) async throws -> Void) async throws {
    try await withStipAndStore(now: now, computeLimits: computeLimits) { app, _ in
        let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
        var made: [AccountRole: Account] = [:]
        for role in AccountRole.allCases {
            made[role] = try await AccountCreation.create(
                email: "\(role.rawValue)@zuid-limburg.nl", role: role, teams: role == .captain ? ["team-groene-long"] : [],
                password: testPassword, in: store, cost: 4)
        }
        try await test(app, made)
    }
}

extension Application {
    /// Logs in through the form, as a browser does, and returns the cookies to send after.
    func logIn(_ email: String, password: String = testPassword) async throws -> (status: HTTPStatus, cookies: String) {
        let form = try await testing().sendRequest(.GET, "/inloggen")
        let visitor = try #require(form.headers.setCookie?[visitorCookie]?.string)
        let token = try #require(csrfField(in: form.body.string))
        let body = "email=\(email.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&password=\(password.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&_csrf=\(token)"
        let response = try await testing().sendRequest(
            .POST, "/inloggen", headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "\(visitorCookie)=\(visitor)"],
            body: ByteBuffer(string: body))
        let session = response.headers.setCookie?[sessionCookie]?.string ?? ""
        return (response.status, "\(sessionCookie)=\(session)")
    }

    /// The token the forms of this session carry, read from a page as a browser would.
    func formToken(cookies: String) async throws -> String {
        let page = try await get("/account", cookies: cookies)
        return csrfField(in: page.body.string) ?? ""
    }

    func get(_ path: String, cookies: String? = nil, bearer: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let cookies { headers.add(name: "Cookie", value: cookies) }
        if let bearer { headers.bearerAuthorization = .init(token: bearer) }
        return try await testing().sendRequest(.GET, path, headers: headers)
    }

    /// Posts a form with the session's CSRF token, as the browser that holds the session would.
    func postForm(_ path: String, _ fields: [(String, String)], cookies: String) async throws -> TestingHTTPResponse {
        let csrf = try await formToken(cookies: cookies)
        let body = (fields + [("_csrf", csrf)]).map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
            .joined(separator: "&")
        return try await testing().sendRequest(
            .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies], body: ByteBuffer(string: body))
    }
}

/// Stip's cookies as tests see them: the app runs with secure cookies, so with the `__Host-` prefix.
let sessionCookie = "__Host-stip_session"
let visitorCookie = "__Host-stip_csrf"

/// The `_csrf` value of the first form on a page.
func csrfField(in html: String) -> String? {
    guard let field = html.range(of: #"name="_csrf" value="[^"]*""#, options: .regularExpression) else { return nil }
    return html[field].split(separator: "\"").dropFirst(3).first.map(String.init)
}

/// The `version` a record's form was served with, as the browser sends it back.
func versionField(in html: String) -> String? {
    guard let field = html.range(of: #"name="version" value="[0-9]+""#, options: .regularExpression) else { return nil }
    return html[field].split(separator: "\"").dropFirst(3).first.map(String.init)
}
