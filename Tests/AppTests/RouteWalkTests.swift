@testable import App
import Core
import StipTestSupport
import Testing
import VaporTesting

/// Walks every GET route Stip has, as every role, and holds each answer to the policy below.
/// A new route that is not in the policy fails here, so nobody adds one without deciding who may see it.
@Suite struct RouteWalkTests {
    /// Who gets what, for anonymous, partner, aanvoerder (Groene Long), regiegroep, beheerder.
    static let policy: [String: [UInt]] = editingPolicy.merging(fixedPolicy) { generated, _ in generated }

    static let fixedPolicy: [String: [UInt]] = [
        "/inloggen": [200, 303, 303, 303, 303],
        "/account": [303, 200, 200, 200, 200],
        "/beheer/accounts": [303, 403, 403, 403, 200],
        "/rekenschap": [303, 403, 403, 200, 200],
        "/rekenschap.csv": [401, 403, 403, 200, 200],
        "/api/v1/me": [401, 200, 200, 200, 200],
        "/api/v1/audit": [401, 403, 403, 200, 200],
        // The Groene Long team's action and members: its aanvoerder may, another role's aanvoerder may not.
        "/acties/:id/bewerken": [303, 403, 200, 200, 200],
        "/structuur/teams/:id/leden": [303, 403, 200, 200, 200],
        // Mensen en middelen: the regiegroep and the beheerder edit; an unknown investment is not there to edit.
        "/middelen/inzet/invullen": [303, 403, 403, 200, 200],
        "/middelen/begroting/realisatie": [303, 403, 403, 200, 200],
        "/middelen/besprekingen/nieuw": [303, 403, 403, 200, 200],
        "/middelen/investeringsagenda/nieuw": [303, 403, 403, 200, 200],
        "/middelen/investeringsagenda/:id/bewerken": [303, 403, 403, 404, 404],
        // Measuring a target: the regiegroep, the beheerder and the aanvoerder of a team on the ambition's
        // line; the walk's target (brp-5-procent) is the economy's, not the Groene Long aanvoerder's.
        "/doelen/:id/metingen/nieuw": [303, 403, 403, 200, 200],
        // The walk has no monitor data: there is no year to select in.
        "/api/v1/monitor/focus": [404, 404, 404, 404, 404],
        // The API's fallback below every route (APIMethodFallback): a path that is not there is a 404.
        "/api/v1/**": [404, 404, 404, 404, 404],
        // Changing or removing a measurement: the same people; the walk's measurement does not exist.
        "/doelen/:id/metingen/:meting/bewerken": [303, 403, 403, 404, 404],
        "/doelen/:id/metingen/:meting/verwijderen": [303, 403, 403, 404, 404],
    ]

    /// The forms to create, edit and delete: the regiegroep and the beheerder everything; the
    /// Groene Long aanvoerder its actions and members; a visitor is sent to log in. People and memberships
    /// are walked with an unknown id (the plan names nobody), so their forms answer 404.
    static let editingPolicy: [String: [UInt]] = {
        var policy: [String: [UInt]] = [:]
        for kind in EntityKind.allCases {
            let base = "/" + kind.pathBase
            let teamKind = kind == .actions || kind == .memberships
            policy[base + "/nieuw"] = teamKind ? [303, 403, 200, 200, 200] : [303, 403, 403, 200, 200]
            for form in ["bewerken", "verwijderen"] {
                let expected: [UInt]
                if kind == .memberships || kind == .people { expected = [303, 404, 404, 404, 404] }
                else if teamKind { expected = [303, 403, 200, 200, 200] }
                else { expected = [303, 403, 403, 200, 200] }
                policy["\(base)/:id/\(form)"] = expected
            }
        }
        return policy
    }()

    /// A real id for each parameterised route, so the walk reaches a page rather than a 404.
    static let ids: [String: String] = [
        "opgaven": "economie", "ambities": "groene-long", "actielijnen": "groene-long", "acties": "groene-long-k01",
        "programmas": "ibp-heuvelland", "organisaties": "provincie-limburg", "teams": "team-groene-long",
        "gremia": "katalysatorteam", "challenges": "economie", "ambitions": "groene-long", "action-lines": "groene-long",
        "actions": "groene-long-k01", "programmes": "ibp-heuvelland", "organisations": "provincie-limburg",
        "dependencies": "samenhang-1", "samenhang": "samenhang-1", "doelen": "brp-5-procent", "periods": "nov-dec-2020", "themes": "energietransitie", "bodies": "katalysatorteam",
    ]

    @Test func everyGETRouteAnswersEveryRoleAsThePolicySays() async throws {
        try await withStipAccounts { app, accounts in
            var sessions: [String?] = [nil]
            for role in [AccountRole.partner, .captain, .steeringGroup, .administrator] {
                sessions.append(try await app.logIn(accounts[role]!.email).cookies)
            }
            // People and memberships: none in the plan, so their item routes are walked with a 404 expected below.
            var walked = 0
            for route in app.routes.all where route.method == .GET {
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                let path = Self.path(of: route)
                let expected = Self.policy[pattern] ?? (path.contains("onbekend") ? [404, 404, 404, 404, 404] : [200, 200, 200, 200, 200])
                for (session, status) in zip(sessions, expected) {
                    let response = path.hasPrefix("/api/") && session != nil
                        ? try await app.get(path, bearer: try await token(app, session!))
                        : try await app.get(path, cookies: session)
                    #expect(response.status.code == status, "\(path) as \(session == nil ? "anonymous" : session!.suffix(12).description)")
                }
                walked += 1
            }
            #expect(walked >= 40)
        }
    }

    /// Every route that writes, walked as a visitor and as a partner (who may write nothing yet):
    /// none of them succeeds, and the register and the audit trail are as they were.
    @Test func everyWriteRouteRefusesAVisitorAndAPartner() async throws {
        try await withStipAccounts { app, accounts in
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            let partnerToken = try await token(app, partner)
            let before = try await app.get("/api/v1/actions").body.string
            var walked = 0
            for route in app.routes.all where route.method != .GET && route.method != .HEAD {
                let path = Self.path(of: route)
                // Logging in and out, and one's own tokens, are what a partner may do.
                if ["/inloggen", "/uitloggen", "/api/v1/tokens"].contains(path) || path.hasPrefix("/account") { continue }
                // The API's fallback writes nothing: it answers 405 or 404 (APIContractTests).
                if path.hasSuffix("/**") { continue }
                let anonymous = try await app.testing().sendRequest(route.method, path, headers: ["Content-Type": "application/json"], body: ByteBuffer(string: "{}"))
                #expect([401, 403].contains(anonymous.status.code), "\(route.method) \(path) as anonymous: \(anonymous.status.code)")
                let asPartner: TestingHTTPResponse
                if path.hasPrefix("/api/") {
                    var headers = HTTPHeaders()
                    headers.bearerAuthorization = .init(token: partnerToken)
                    headers.contentType = .json
                    asPartner = try await app.testing().sendRequest(route.method, path, headers: headers, body: ByteBuffer(string: "{}"))
                } else {
                    asPartner = try await app.postForm(path, [("version", "1")], cookies: partner)
                }
                let partnerStatus = asPartner.status.code
                // 403, or 404 where the walk has no record for the id (people, memberships).
                #expect([403, 404].contains(partnerStatus), "\(route.method) \(path) as partner: \(partnerStatus)")
                walked += 1
            }
            #expect(walked >= 60)
            #expect(try await app.get("/api/v1/actions").body.string == before)
            let changes = try await app.get("/rekenschap", cookies: try await app.logIn(accounts[.administrator]!.email).cookies).body.string
            #expect(!changes.contains("gewijzigd") && !changes.contains("verwijderd"))
        }
    }

    /// A route's path with a real id for each parameter (named by the literal before it), or 'onbekend'.
    static func path(of route: Route, ids: [String: String] = ids) -> String {
        var path = "", lastLiteral = ""
        for component in route.path {
            switch component {
            case let .constant(text): path += "/\(text)"; lastLiteral = text
            case .parameter: path += "/\(ids[lastLiteral] ?? "onbekend")"
            default: path += "/\(component.description)"
            }
        }
        return path.isEmpty ? "/" : path
    }

    /// A bearer token for the account behind a session, through the account page, as a person makes one.
    private func token(_ app: Application, _ session: String) async throws -> String {
        let page = try await app.postForm("/account/tokens", [("name", "walk")], cookies: session).body.string
        guard let start = page.range(of: "<code>"), let end = page.range(of: "</code>", range: start.upperBound..<page.endIndex) else {
            Issue.record("no token on the account page")
            return ""
        }
        return String(page[start.upperBound..<end.lowerBound])
    }
}
