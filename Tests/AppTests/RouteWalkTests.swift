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

    /// Keyed by the routes' `SiteURL`, the enum they are registered from and their links built from.
    static let fixedPolicy: [String: [UInt]] = [
        SiteURL.login.patternText: [200, 303, 303, 303, 303],
        SiteURL.account.patternText: [303, 200, 200, 200, 200],
        SiteURL.accounts.patternText: [303, 403, 403, 403, 200],
        SiteURL.auditTrail.patternText: [303, 403, 403, 200, 200],
        SiteURL.auditCSV.patternText: [401, 403, 403, 200, 200],
        SiteURL.api(.me).patternText: [401, 200, 200, 200, 200],
        SiteURL.api(.audit).patternText: [401, 403, 403, 200, 200],
        // The Groene Long team's action and members: its aanvoerder may, another role's aanvoerder may not.
        SiteURL.editRecord(.actions, ":id").patternText: [303, 403, 200, 200, 200],
        SiteURL.teamMembers(":id").patternText: [303, 403, 200, 200, 200],
        // Mensen en middelen: the regiegroep and the beheerder edit; an unknown investment is not there to edit.
        SiteURL.money(.commitmentForm(year: nil, activity: nil, party: nil)).patternText: [303, 403, 403, 200, 200],
        SiteURL.money(.spendingForm(line: nil)).patternText: [303, 403, 403, 200, 200],
        SiteURL.money(.newReview).patternText: [303, 403, 403, 200, 200],
        SiteURL.money(.newInvestment).patternText: [303, 403, 403, 200, 200],
        SiteURL.money(.editInvestment(":id")).patternText: [303, 403, 403, 404, 404],
        // Measuring a target: the regiegroep, the beheerder and the aanvoerder of a team on the ambition's
        // line; the walk's target (brp-5-procent) is the economy's, not the Groene Long aanvoerder's.
        SiteURL.targets(.newMeasurement(":id")).patternText: [303, 403, 403, 200, 200],
        // The walk has no monitor data: there is no year to select in.
        SiteURL.monitor(.apiFocus(FocusQuery())).patternText: [404, 404, 404, 404, 404],
        // The API's fallback below every route (APIMethodFallback): a path that is not there is a 404.
        "/api/v1/**": [404, 404, 404, 404, 404],
        // Changing or removing a measurement: the same people; the walk's measurement does not exist.
        SiteURL.targets(.editMeasurement(":id", ":meting")).patternText: [303, 403, 403, 404, 404],
        SiteURL.targets(.deleteMeasurement(":id", ":meting")).patternText: [303, 403, 403, 404, 404],
        // Reporting rounds: the aanvoerders, the regiegroep and the beheerder read them; a partner reads
        // only adopted reports. The walk has no round: its round and report answer 404 to those who may read.
        SiteURL.reporting(.rounds).patternText: [303, 403, 200, 200, 200],
        SiteURL.reporting(.round(":round")).patternText: [303, 403, 404, 404, 404],
        SiteURL.reporting(.report(":round", ":line")).patternText: [303, 403, 404, 404, 404],
        SiteURL.reporting(.document(":round")).patternText: [303, 403, 404, 404, 404],
        SiteURL.reporting(.documentCSV(":round")).patternText: [401, 403, 404, 404, 404],
        SiteURL.reporting(.comparison(":round")).patternText: [303, 403, 404, 404, 404],
        SiteURL.reporting(.template(":round", ":line")).patternText: [401, 403, 404, 404, 404],
        // The plan's text is public: /plan sends to the current version.
        SiteURL.currentPlanDocument.patternText: [303, 303, 303, 303, 303],
        SiteURL.planDocument(version: ":version").patternText: [200, 200, 200, 200, 200],
        // Later versions: the list is public; the walk's version (1.0) is the shipped text, which has no differences or edits.
        SiteURL.planVersions.patternText: [200, 200, 200, 200, 200],
        SiteURL.planDifferences(version: ":version").patternText: [404, 404, 404, 404, 404],
        SiteURL.planSectionEdit(version: ":version", section: ":section").patternText: [303, 403, 403, 404, 404],
        // The consultation: rounds, the privacy statement and answering are public; the walk has no round and no private link.
        SiteURL.consultation(.rounds).patternText: [200, 200, 200, 200, 200],
        SiteURL.consultation(.privacy).patternText: [200, 200, 200, 200, 200],
        SiteURL.consultation(.follow(":token")).patternText: [404, 404, 404, 404, 404],
        SiteURL.consultation(.round(":round")).patternText: [404, 404, 404, 404, 404],
        SiteURL.consultation(.answer(":round")).patternText: [404, 404, 404, 404, 404],
        SiteURL.consultation(.triage(":round")).patternText: [303, 404, 404, 404, 404],
        // The language switch: only Dutch is offered in the walk, and its language is no language.
        SiteURL.languageRoute.patternText: [404, 404, 404, 404, 404],
        // The reactienota and the open data are public; the walk has no round.
        SiteURL.consultation(.responseNote(":round")).patternText: [404, 404, 404, 404, 404],
        SiteURL.consultation(.responseNoteCSV(":round")).patternText: [404, 404, 404, 404, 404],
        SiteURL.consultation(.apiRounds).patternText: [200, 200, 200, 200, 200],
        SiteURL.consultation(.apiAnswers(":round")).patternText: [404, 404, 404, 404, 404],
        // The reporting API: adopted reports are public (the walk has none); team reports as reporting rounds.
        SiteURL.reporting(.apiAdopted).patternText: [200, 200, 200, 200, 200],
        SiteURL.reporting(.apiAdoptedReport(":round")).patternText: [404, 404, 404, 404, 404],
        SiteURL.reporting(.apiLineReports(":round")).patternText: [401, 403, 404, 404, 404],
        // The yearly evaluation: everyone in a team or body; the walk has no evaluation to open.
        SiteURL.evaluation(.evaluations).patternText: [303, 403, 200, 200, 200],
        SiteURL.evaluation(.evaluation(":id")).patternText: [303, 403, 404, 404, 404],
    ]

    /// The forms to create, edit and delete: the regiegroep and the beheerder everything; the
    /// Groene Long aanvoerder its actions and members; a visitor is sent to log in. People and memberships
    /// are walked with an unknown id (the plan names nobody), so their forms answer 404.
    static let editingPolicy: [String: [UInt]] = {
        var policy: [String: [UInt]] = [:]
        for kind in EntityKind.allCases {
            let teamKind = kind == .actions || kind == .memberships
            policy[SiteURL.newRecord(kind).patternText] = teamKind ? [303, 403, 200, 200, 200] : [303, 403, 403, 200, 200]
            for form in [SiteURL.editRecord(kind, ":id"), .deleteRecord(kind, ":id")] {
                let expected: [UInt]
                if kind == .memberships || kind == .people { expected = [303, 404, 404, 404, 404] }
                else if teamKind { expected = [303, 403, 200, 200, 200] }
                else { expected = [303, 403, 403, 200, 200] }
                policy[form.patternText] = expected
            }
        }
        // Translations: who may edit the register (the walk's records exist, so the form shows).
        for kind in RecordTranslation.kinds { policy[SiteURL.translateRecord(kind, ":id").patternText] = [303, 403, 403, 200, 200] }
        return policy
    }()

    /// The routes that answer every role alike: the public pages, downloads and the public API
    /// (404 where the walk has no record for the id). A GET route in none of the three lists fails
    /// the walk: nothing is public because someone forgot to decide.
    static let everyone: Set<String> = Set(([
        .home, .challenges, .challenge(":id"), .ambition(":id"), .actionLines, .actionLine(":id"), .actions, .action(":id"),
        .programmes, .programme(":id"), .organisations, .organisation(":id"), .coherence, .structure, .structureSVG,
        .team(":id"), .body(":id"), .person(":id"), .timeline, .timelineSVG, .stylesheet,
        .api(.openAPI), .api(.plan), .targets(.dashboard), .targets(.apiList), .targets(.apiItem(":id")),
        .money(.overview), .money(.capacityRoute), .money(.capacityRateRoute), .money(.budgetRoute), .money(.reviews),
        .money(.reviewsCSV), .money(.investments), .money(.stylesheet), .money(.investmentsCSV), .money(.apiCapacity), .money(.apiBudget), .money(.apiInvestments),
        .monitor(.map(MonitorQuery())), .monitor(.csv(MonitorQuery())), .monitor(.svg(MonitorQuery())), .monitor(.geoJSON(MonitorQuery())),
        .monitor(.areaRoute), .monitor(.compare([])), .monitor(.stylesheet), .monitor(.apiAreas(MonitorQuery())), .monitor(.apiAreaRoute),
        .monitor(.focus(nil)), .monitor(.focusDecisions), .monitor(.focusDecision(":id")), .monitor(.focusComparison(":id")),
        .monitor(.apiFocusDecisions), .monitor(.apiFocusDecision(":id")), .monitor(.apiFocusComparison(":id")),
        // The rounds' names and due days, for a calendar that cannot log in.
        .reporting(.calendar),
        // Adopted progress reports are public: the list, and one (the walk has none: 404).
        .reporting(.accountability), .reporting(.adoptedDocument(":round")),
    ] + APICollection.allCases.flatMap { [SiteURL.api(.list($0)), .api(.item($0, ":id"))] }).map(\.patternText))
        // The API's fallback for whatever is not there.
        .union(["/api/v1/**"])

    /// What the policy expects of a GET route for the five roles, or nil when it has no entry.
    static func expected(_ pattern: String, path: String) -> [UInt]? {
        if let listed = policy[pattern] { return listed }
        guard everyone.contains(pattern) else { return nil }
        return path.contains("onbekend") || pattern.hasSuffix("/**") ? [404, 404, 404, 404, 404] : [200, 200, 200, 200, 200]
    }

    /// The GET routes the policy says nothing about.
    static func unlisted(_ routes: [Route]) -> [String] {
        routes.filter { $0.method == .GET }.map(pattern).filter { expected($0, path: $0) == nil }
    }

    static func pattern(_ route: Route) -> String {
        "/" + route.path.map(\.description).joined(separator: "/")
    }

    /// A real id for each parameterised route, so the walk reaches a page rather than a 404.
    static let ids: [String: String] = [
        "opgaven": "economie", "ambities": "groene-long", "actielijnen": "groene-long", "acties": "groene-long-k01",
        "programmas": "ibp-heuvelland", "organisaties": "provincie-limburg", "teams": "team-groene-long",
        "gremia": "katalysatorteam", "challenges": "economie", "ambitions": "groene-long", "action-lines": "groene-long",
        "actions": "groene-long-k01", "programmes": "ibp-heuvelland", "organisations": "provincie-limburg",
        "dependencies": "samenhang-1", "samenhang": "samenhang-1", "doelen": "brp-5-procent", "periods": "nov-dec-2020", "themes": "energietransitie", "bodies": "katalysatorteam",
        "plan": "1.0",
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
                let pattern = Self.pattern(route)
                let path = Self.path(of: route)
                guard let expected = Self.expected(pattern, path: path) else {
                    Issue.record("GET \(pattern) is in no list of the route policy: decide who may see it")
                    continue
                }
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

    /// The test of the test: a new page nobody wrote a policy entry for makes the walk fail.
    @Test func aRouteWithoutAPolicyEntryFailsTheWalk() async throws {
        try await withStip { app in
            #expect(Self.unlisted(app.routes.all).isEmpty, "every route Stip has is in the policy")
            app.get("beheer", "geheim") { _ in "alleen voor de beheerder" }
            #expect(Self.unlisted(app.routes.all) == ["/beheer/geheim"])
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
