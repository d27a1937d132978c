@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// Walks every route that writes, as every role, with real records behind its ids, and holds each
/// answer to the policy below. A write route that is not in the policy fails the walk, so nobody
/// adds one without deciding who may use it.
///
/// The walk sends what a person who skipped the form would send (`Walker.send`): a form with only
/// `version=999`, a JSON `{}` to create, `{"version": 999}` to change and `?version=999` to delete.
/// So a role that gets past authorisation is stopped by its own empty or stale request: 422 where
/// required fields are empty, 409 where the version is one no record has. 401 and 403 are the
/// refusals, and after a refusal nothing is written.
@Suite(.serialized) struct WriteRouteWalkTests {
    /// Expected statuses per `METHOD /pattern`, for anonymous, partner, aanvoerder (Groene Long), regiegroep, beheerder.
    static let policy: [String: [UInt]] = editingPolicy.merging(fixedPolicy) { generated, _ in generated }

    static let fixedPolicy: [String: [UInt]] = [
        // Everyone may try to log in; the walk sends neither address nor password, a bad request.
        "POST /inloggen": [400, 400, 400, 400, 400],
        // Logging out ends one's own session (a visitor has none) and goes home.
        "POST /uitloggen": [303, 303, 303, 303, 303],
        // One's own tokens and password: every account, nobody else. A token named 'walk' is made (200,
        // the account page showing it); the password form has the right current password and two
        // different new ones (422); revoking names someone else's token, which stays (303, see below).
        "POST /account/tokens": [401, 200, 200, 200, 200],
        "POST /account/wachtwoord": [401, 422, 422, 422, 422],
        "POST /account/tokens/:id/intrekken": [401, 303, 303, 303, 303],
        // A token for an e-mail address and password sent as Basic: each role sends its own (201).
        "POST /api/v1/tokens": [401, 201, 201, 201, 201],
        // Mensen en middelen: the regiegroep and the beheerder. Empty forms are 422; an empty rate is a
        // valid 'none', so the rate of 2021 from version 999 is a conflict (409); the walk's investment
        // with its fields empty is 422, told before its version is compared.
        "POST /middelen/inzet/invullen": [401, 403, 403, 422, 422],
        "POST /middelen/inzet/:year/tarief": [401, 403, 403, 409, 409],
        "POST /middelen/begroting/realisatie": [401, 403, 403, 422, 422],
        "POST /middelen/besprekingen/nieuw": [401, 403, 403, 422, 422],
        "POST /middelen/investeringsagenda/nieuw": [401, 403, 403, 422, 422],
        "POST /middelen/investeringsagenda/:id/bewerken": [401, 403, 403, 422, 422],
        // Saving a focus decision: the regiegroep and the beheerder. The walk sends none of the criteria
        // the form carries in hidden fields: a bad request (400, 'the criteria changed'), before any data is read.
        "POST /monitor/focus/besluiten": [401, 403, 403, 400, 400],
        // The Groene Long team's members: its aanvoerder, the regiegroep and the beheerder. An empty new
        // member is 422; ending the walk's membership needs no more than the id (303, back to the members).
        "POST /structuur/teams/:id/leden": [401, 403, 422, 422, 422],
        "POST /structuur/teams/:id/leden/:membership/beeindigen": [401, 403, 303, 303, 303],
        // An offer from the consultation: those who may change the team's members; the walk's answer is no offer.
        "POST /structuur/teams/:id/aanbiedingen/:answer": [401, 403, 404, 404, 404],
        // Measuring brp-5-procent (the economy's target, not the Groene Long aanvoerder's): the
        // regiegroep and the beheerder. Empty fields are 422 (a new one, one from the monitor, and the
        // walk's measurement changed, whose fields are read before its version); deleting the walk's
        // measurement from version 999 is a conflict.
        "POST /doelen/:id/metingen/nieuw": [401, 403, 403, 422, 422],
        "POST /doelen/:id/metingen/uit-monitor": [401, 403, 403, 422, 422],
        "POST /doelen/:id/metingen/:meting/bewerken": [401, 403, 403, 422, 422],
        "POST /doelen/:id/metingen/:meting/verwijderen": [401, 403, 403, 409, 409],
        // Opening a round: the regiegroep and the beheerder; the walk's empty form is 422. Writing a report:
        // a partner never; the others reach the walk's unknown round (404). Reviewing: the regiegroep and the beheerder.
        "POST /voortgang": [401, 403, 403, 422, 422],
        "POST /voortgang/:round/:line": [401, 403, 404, 404, 404],
        "POST /voortgang/:round/:line/terugsturen": [401, 403, 403, 404, 404],
        "POST /voortgang/:round/:line/goedkeuren": [401, 403, 403, 404, 404],
        "POST /voortgang/:round/:line/antwoord": [401, 403, 403, 404, 404],
        "POST /voortgang/:round/rapportage/vaststellen": [401, 403, 403, 404, 404],
        "POST /voortgang/:round/:line/csv": [401, 403, 404, 404, 404],
        // The evaluation: the regiegroep and the beheerder open one (the walk's is nameless: 422) and record
        // decisions; anyone in a team or body answers. The walk's evaluation does not exist.
        "POST /evaluatie": [401, 403, 403, 422, 422],
        "POST /evaluatie/:id/antwoord": [401, 403, 404, 404, 404],
        "POST /evaluatie/:id/besluiten": [401, 403, 403, 404, 404],
        // The consultation: the regiegroep opens rounds; answering is open to the invited (the walk has no round).
        "POST /consultatie": [401, 403, 403, 422, 422],
        // The plan's later versions: the regiegroep and the beheerder draft and adopt (the walk's version 1.0 is no draft).
        // The walk's form names version 999: the regiegroep begins it, the beheerder then finds it begun.
        "POST /plan/versies": [401, 403, 403, 303, 409],
        "POST /plan/:version/onderdelen/:section": [401, 403, 403, 404, 404],
        "POST /plan/:version/vaststellen": [401, 403, 403, 422, 422],
        "POST /consultatie/:round/reageren": [404, 404, 404, 404, 404],
        "POST /consultatie/:round/beheer": [401, 404, 404, 404, 404],
    ].merging(fallbackPolicy) { fixed, _ in fixed }

    /// The API's fallback below every route (`APIMethodFallback`) writes nothing: `/api/v1/**` is no path, a 404.
    static let fallbackPolicy: [String: [UInt]] = Dictionary(uniqueKeysWithValues: APIMethodFallback.methods.filter { $0 != .GET }.map {
        ("\($0.rawValue) /api/v1/**", [404, 404, 404, 404, 404])
    })

    /// Creating, changing and deleting records, by form and by API: the regiegroep and the beheerder
    /// every kind, the Groene Long aanvoerder the actions and memberships of its team (the walk's
    /// action and membership are the team's). Empty new records are 422; an edit or a delete from
    /// version 999 is a conflict (409), told before the edit's empty fields would be.
    static let editingPolicy: [String: [UInt]] = {
        var policy: [String: [UInt]] = [:]
        for kind in EntityKind.allCases {
            let team = kind == .actions || kind == .memberships
            func allowed(_ status: UInt) -> [UInt] { [401, 403, team ? status : 403, status, status] }
            let form = "/" + kind.pathBase, api = "/api/v1/" + kind.rawValue
            policy["POST \(form)/nieuw"] = allowed(422)
            policy["POST \(form)/:id/bewerken"] = allowed(409)
            policy["POST \(form)/:id/verwijderen"] = allowed(409)
            policy["POST \(api)"] = allowed(422)
            policy["PUT \(api)/:id"] = allowed(409)
            policy["DELETE \(api)/:id"] = allowed(409)
        }
        // A translation names its language; the walk's empty form names none (400).
        for kind in RecordTranslation.kinds { policy["POST /\(kind.pathBase)/:id/vertalen"] = [401, 403, 403, 400, 400] }
        return policy
    }()

    /// The write routes the policy says nothing about.
    static func unlisted(_ routes: [Route]) -> [String] {
        routes.filter(isWrite).map(key).filter { policy[$0] == nil }
    }

    /// HEAD is answered from GET routes and walked with them.
    static func isWrite(_ route: Route) -> Bool { route.method != .GET && route.method != .HEAD }

    static func key(_ route: Route) -> String { "\(route.method.rawValue) \(RouteWalkTests.pattern(route))" }

    @Test func everyWriteRouteAnswersEveryRoleAsThePolicySays() async throws {
        try await withRealRecords { app, accounts, records in
            let audit = AuditTrail(database: try #require(app.storage[TestDatabaseKey.self]))
            var walkers = try await Walker.all(app, accounts)
            var walked = 0
            for route in app.routes.all where Self.isWrite(route) {
                let key = Self.key(route)
                let path = RouteWalkTests.path(of: route, ids: records.ids)
                guard let expected = Self.policy[key] else {
                    Issue.record("\(key) is in no list of the write policy: decide who may use it")
                    continue
                }
                for (index, status) in expected.enumerated() {
                    let walker = walkers[index]
                    let before = try await audit.length()
                    let response = try await walker.send(route.method, path, on: app)
                    let answer = "\(route.method) \(path) as \(walker.name): \(response.status.code)"
                    #expect(response.status.code == status, "\(answer), the policy says \(status)")
                    if Walker.isRefusal(response) {
                        #expect(try await audit.length() == before, "\(answer) wrote to the audit trail")
                        // A 403 from the form's token would hide whether authorisation works.
                        #expect(!response.body.string.contains(Localizer()(.formExpired)), "\(answer) was stopped by the CSRF check")
                        // A visitor on a page is told to log in.
                        if response.status == .unauthorized, !path.hasPrefix("/api/") {
                            #expect(response.body.string.contains(Localizer()(.unauthorized)), "\(answer) does not say to log in")
                        }
                    }
                    // Logging out ended the session the walk goes on with.
                    if path == "/uitloggen", let role = walker.role { walkers[index] = try await Walker(app, role: role, email: accounts[role]!.email) }
                }
                walked += 1
            }
            #expect(walked >= 80)
            // Revoking by id is one's own token only: the other account's token still opens the API.
            #expect(try await app.get("/api/v1/me", bearer: records.otherToken).status == .ok)
        }
    }

    /// The test of the test: a new write route nobody wrote a policy entry for makes the walk fail.
    @Test func aWriteRouteWithoutAPolicyEntryFailsTheWalk() async throws {
        try await withStip { app in
            #expect(Self.unlisted(app.routes.all).isEmpty, "every write route Stip has is in the policy")
            app.post("beheer", "accounts", ":id", "verwijderen") { _ in "weg" }
            app.delete("api", "v1", "accounts", ":id") { _ in "weg" }
            #expect(Self.unlisted(app.routes.all).sorted() == ["DELETE /api/v1/accounts/:id", "POST /beheer/accounts/:id/verwijderen"])
        }
    }

    /// The aanvoerder of Groene Long against another team: every way to change its action or its
    /// members, each with a body that would be saved if the role allowed it, is a 403 and nothing changes.
    @Test func anAanvoerderCannotChangeAnotherTeamsActionOrMembers() async throws {
        try await withRealRecords { app, accounts, records in
            let other = "europese-schakelregio-k01", team = "team-europese-schakelregio"
            let plan = SeedPlan.register
            #expect(plan.actions.first { $0.id == other }?.line == "europese-schakelregio")
            #expect(plan.teams.first { $0.id == team }?.actionLine == "europese-schakelregio")
            // The other team has a member too, added by the beheerder.
            let administrator = try await app.logIn(accounts[.administrator]!.email).cookies
            #expect(try await app.postForm("/structuur/teams/\(team)/leden", [
                ("name", "Iemand van de schakelregio"), ("role", "member"), ("from", "2021-01-01")], cookies: administrator).status == .seeOther)
            let memberships = try JSONSerialization.jsonObject(with: Data(try await app.get("/api/v1/memberships").body.string.utf8))
            let theirs = try #require(Self.items(memberships).first { $0["team"] as? String == team }?["id"] as? String)
            let theirVersion = try #require(Self.version(in: try await app.get("/api/v1/memberships/\(theirs)").body.string))

            let audit = AuditTrail(database: try #require(app.storage[TestDatabaseKey.self]))
            let captain = try await Walker(app, role: .captain, email: accounts[.captain]!.email)
            let before = (action: try await app.get("/api/v1/actions/\(other)").body.string,
                          members: try await app.get("/api/v1/memberships").body.string,
                          actions: try await app.get("/api/v1/actions").body.string, audit: try await audit.length())
            let version = try #require(Self.version(in: before.action))
            let membershipVersion = try #require(Self.version(in: try await app.get("/api/v1/memberships/\(records.membership)").body.string))

            #expect(try await app.get("/acties/\(other)/bewerken", cookies: captain.cookies).status == .forbidden)
            #expect(try await app.get("/acties/\(other)/verwijderen", cookies: captain.cookies).status == .forbidden)
            #expect(try await app.get("/structuur/teams/\(team)/leden", cookies: captain.cookies).status == .forbidden)
            let attempts: [(String, TestingHTTPResponse)] = [
                ("edit form", try await captain.post("/acties/\(other)/bewerken", [
                    ("version", String(version)), ("title", "Overgenomen door Groene Long"), ("status", "running")], on: app)),
                ("delete form", try await captain.post("/acties/\(other)/verwijderen", [("version", String(version))], on: app)),
                ("new member", try await captain.post("/structuur/teams/\(team)/leden", [
                    ("name", "Iemand van Groene Long"), ("role", "member"), ("from", "2021-01-01")], on: app)),
                ("end member", try await captain.post("/structuur/teams/\(team)/leden/\(theirs)/beeindigen", [], on: app)),
                ("delete member form", try await captain.post("/structuur/lidmaatschappen/\(theirs)/verwijderen", [("version", String(theirVersion))], on: app)),
                ("API member moved out", try await captain.json(.PUT, "/api/v1/memberships/\(theirs)",
                                                                #"{"version": \#(theirVersion), "team": "team-groene-long"}"#, on: app)),
                ("API PUT", try await captain.json(.PUT, "/api/v1/actions/\(other)",
                                                   #"{"version": \#(version), "title": "Overgenomen door Groene Long"}"#, on: app)),
                ("API DELETE", try await captain.json(.DELETE, "/api/v1/actions/\(other)?version=\(version)", "", on: app)),
                // A new action on the other team's line, and the aanvoerder's own member moved into the other team.
                ("API new action", try await captain.json(.POST, "/api/v1/actions",
                                                          #"{"line": "europese-schakelregio", "term": "short", "title": "Nog een actie", "status": "running"}"#, on: app)),
                ("API member moved in", try await captain.json(.PUT, "/api/v1/memberships/\(records.membership)",
                                                        #"{"version": \#(membershipVersion), "team": "\#(team)"}"#, on: app)),
            ]
            for (what, response) in attempts {
                #expect(response.status == .forbidden, "\(what): \(response.status.code)")
            }
            #expect(try await app.get("/api/v1/actions/\(other)").body.string == before.action)
            #expect(try await app.get("/api/v1/memberships").body.string == before.members)
            #expect(try await app.get("/api/v1/actions").body.string == before.actions)
            #expect(try await audit.length() == before.audit)
        }
    }

    /// The API is bearer-only: a logged-in browser's session cookie, with a form token in every
    /// place one could put it, writes nothing and reads nothing that needs an account.
    @Test func theAPITakesNoSessionCookie() async throws {
        try await withRealRecords { app, accounts, records in
            let audit = AuditTrail(database: try #require(app.storage[TestDatabaseKey.self]))
            for role in [AccountRole.partner, .captain, .steeringGroup, .administrator] {
                let walker = try await Walker(app, role: role, email: accounts[role]!.email)
                var writes = 0
                for route in app.routes.all where Self.isWrite(route) && RouteWalkTests.pattern(route).hasPrefix("/api/") {
                    // The fallback is no write route: a path that is not there (404 for everyone, above).
                    if case .catchall = route.path.last { continue }
                    let path = RouteWalkTests.path(of: route, ids: records.ids)
                    let before = try await audit.length()
                    var headers: HTTPHeaders = ["Cookie": walker.cookies, "X-CSRF-Token": walker.csrf, "Content-Type": "application/json"]
                    headers.add(name: "X-XSRF-Token", value: walker.csrf)
                    let response = try await app.testing().sendRequest(
                        route.method, path + (route.method == .DELETE ? "?version=999&_csrf=\(walker.csrf)" : "?_csrf=\(walker.csrf)"),
                        headers: headers, body: ByteBuffer(string: #"{"version": 999, "_csrf": "\#(walker.csrf)"}"#))
                    #expect(response.status == .unauthorized, "\(route.method) \(path) with \(walker.name)'s cookie: \(response.status.code)")
                    #expect(try await audit.length() == before)
                    writes += 1
                }
                #expect(writes >= 30)
                // The GET routes that need an account: the ones the GET policy refuses a visitor with 401.
                let restricted = RouteWalkTests.policy.filter { $0.key.hasPrefix("/api/") && $0.value.first == 401 }.keys.sorted()
                #expect(restricted == ["/api/v1/audit", "/api/v1/me", "/api/v1/rounds/:round/line-reports"])
                for path in restricted {
                    let response = try await app.get(path, cookies: walker.cookies)
                    #expect(response.status == .unauthorized, "GET \(path) with \(walker.name)'s cookie: \(response.status.code)")
                    #expect(!response.body.string.contains("@"))
                }
            }
        }
    }

    // MARK: - The walk's records and walkers

    struct Records {
        var ids: [String: String]
        var membership: String
        /// A bearer token of an account outside the walk, whose id the walk tries to revoke.
        var otherToken: String
    }

    /// Stip with an account per role, the plan, its people and money, and the records the plan
    /// does not have: a person in the Groene Long team, a measurement of brp-5-procent, an investment,
    /// another account's token.
    func withRealRecords(_ test: (Application, [AccountRole: Account], Records) async throws -> Void) async throws {
        try await withStipMoney { app, accounts in
            let database = try #require(app.storage[TestDatabaseKey.self])
            let administrator = try await app.logIn(accounts[.administrator]!.email).cookies
            let added = try await app.postForm("/structuur/teams/team-groene-long/leden", [
                ("name", "Walk Persoon"), ("role", "member"), ("from", "2021-01-01")], cookies: administrator)
            #expect(added.status == .seeOther)
            let memberships = try JSONSerialization.jsonObject(with: Data(try await app.get("/api/v1/memberships").body.string.utf8))
            let membership = try #require(Self.items(memberships).first { $0["team"] as? String == "team-groene-long" })
            let membershipID = try #require(membership["id"] as? String), personID = try #require(membership["person"] as? String)

            let target = try #require(SeedPlan.register.ambitions.flatMap(\.targets).first { $0.id == "brp-5-procent" })
            try await TargetMeasurementStore(database: database).add(
                TargetMeasurement(id: "walk-meting", target: target.id, date: "2021-01-01", reading: .indexedGrowth(region: 101, benchmark: 100), source: "CBS"),
                of: target, by: accounts[.administrator]!)

            let store = AccountStore(database: database)
            let other = try await AccountCreation.create(
                email: "ander@zuid-limburg.nl", role: .partner, teams: [], password: testPassword, in: store, cost: 4)
            let otherToken = Secret.token()
            let token = try await store.createAPIToken(accountID: other.id, name: "van een ander", tokenHash: Secret.fingerprint(otherToken))

            // The shipped file has no investments yet.
            let investment = "walk-investering"
            try await PeopleAndMoneyStore(database: database).saveInvestment(
                Investment(id: investment, actionLine: "groene-long", source: .region, status: .expected, amount: Money(euros: 100_000), description: "Wandelroutes"),
                version: 0, by: accounts[.administrator]!)
            let ids = RouteWalkTests.ids.merging([
                "mensen": personID, "people": personID, "lidmaatschappen": membershipID, "memberships": membershipID, "leden": membershipID, "targets": "brp-5-procent",
                "metingen": "walk-meting", "inzet": "2021", "investeringsagenda": investment, "tokens": token.id,
            ]) { $1 }
            try await test(app, accounts, Records(ids: ids, membership: membershipID, otherToken: otherToken))
        }
    }

    static func items(_ json: Any) -> [[String: Any]] {
        (json as? [[String: Any]]) ?? ((json as? [String: Any])?["items"] as? [[String: Any]]) ?? []
    }

    /// The `version` of a record as the API answers it.
    static func version(in json: String) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
        return object["version"] as? Int
    }

    /// One role as the walk sends it: the cookie and form token of its browser, the bearer token of its scripts.
    struct Walker {
        var role: AccountRole?
        var email: String?
        var cookies: String
        var csrf: String
        var bearer: String?

        var name: String { role?.rawValue ?? "anonymous" }

        /// A visitor with the cookie and token the login page hands out, so its posts reach authorisation.
        init(visitorOf app: Application) async throws {
            let page = try await app.testing().sendRequest(.GET, "/inloggen")
            let visitor = try #require(page.headers.setCookie?[visitorCookie]?.string)
            cookies = "\(visitorCookie)=\(visitor)"
            csrf = try #require(csrfField(in: page.body.string))
        }

        init(_ app: Application, role: AccountRole, email: String) async throws {
            self.role = role
            self.email = email
            cookies = try await app.logIn(email).cookies
            csrf = try await app.formToken(cookies: cookies)
            let page = try await app.postForm("/account/tokens", [("name", "walk")], cookies: cookies).body.string
            let token = try #require(page.range(of: #"<code>[^<]+</code>"#, options: .regularExpression))
            bearer = String(page[token].dropFirst(6).dropLast(7))
        }

        static func all(_ app: Application, _ accounts: [AccountRole: Account]) async throws -> [Walker] {
            var walkers = [try await Walker(visitorOf: app)]
            for role in [AccountRole.partner, .captain, .steeringGroup, .administrator] {
                walkers.append(try await Walker(app, role: role, email: accounts[role]!.email))
            }
            return walkers
        }

        /// The walk's request: see the suite's comment for the bodies.
        func send(_ method: HTTPMethod, _ path: String, on app: Application) async throws -> TestingHTTPResponse {
            if path == APIPath.tokens.path {
                var headers = HTTPHeaders()
                if let email { headers.basicAuthorization = .init(username: email, password: testPassword) }
                return try await app.testing().sendRequest(method, path, headers: headers)
            }
            if path.hasPrefix("/api/") {
                switch method {
                case .POST: return try await json(method, path, "{}", on: app)
                case .DELETE: return try await json(method, path + "?version=999", "", on: app)
                default: return try await json(method, path, #"{"version": 999}"#, on: app)
                }
            }
            switch path {
            case "/account/tokens": return try await post(path, [("name", "walk")], on: app)
            case "/account/wachtwoord":
                return try await post(path, [("current", testPassword), ("new", "een nieuw wachtwoord 1"), ("repeat", "een nieuw wachtwoord 2")], on: app)
            case "/inloggen": return try await post(path, [], on: app)
            default: return try await post(path, [("version", "999")], on: app)
            }
        }

        func post(_ path: String, _ fields: [(String, String)], on app: Application) async throws -> TestingHTTPResponse {
            let body = (fields + [("_csrf", csrf)]).map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
                .joined(separator: "&")
            return try await app.testing().sendRequest(
                .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies], body: ByteBuffer(string: body))
        }

        func json(_ method: HTTPMethod, _ path: String, _ body: String, on app: Application) async throws -> TestingHTTPResponse {
            var headers = HTTPHeaders()
            if let bearer { headers.bearerAuthorization = .init(token: bearer) }
            headers.contentType = .json
            return try await app.testing().sendRequest(method, path, headers: headers, body: ByteBuffer(string: body))
        }

        /// 401, 403, or a redirect to the login page.
        static func isRefusal(_ response: TestingHTTPResponse) -> Bool {
            [401, 403].contains(response.status.code)
                || (response.status == .seeOther && response.headers.first(name: .location)?.hasPrefix(SiteURL.login.path) == true)
        }
    }
}
