@testable import App
import Core
import Foundation
import Monitor
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The focus decision as the done-when walks it: Zuid-Limburg's neighbourhoods selected
/// by the index with robustness, saved as a decision by the regiegroep, reopened with the same
/// result after the data changed, and compared with the current data; all without JavaScript.
@Suite struct FocusPageTests {
    /// 100 draws keep the walk quick; the page offers 1,000 by default.
    static let criteria = "/monitor/focus?bereken=1&trekkingen=100"

    /// The hidden fields of the save form, as the browser would send them back.
    static func saveFields(_ page: String) throws -> [(String, String)] {
        let form = try #require(page.range(of: "<details class=\"focus-save\"").map { String(page[$0.lowerBound...]) })
        let end = try #require(form.range(of: "</form>"))
        var fields: [(String, String)] = []
        var rest = form[..<end.lowerBound]
        while let input = rest.range(of: "<input type=\"hidden\" name=\"") {
            rest = rest[input.upperBound...]
            let name = String(rest.prefix { $0 != "\"" })
            let tag = rest.prefix { $0 != ">" }
            let value = tag.range(of: "value=\"").map { String(tag[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
            if name != "_csrf" { fields.append((name, value.replacingOccurrences(of: "&amp;", with: "&"))) }
        }
        return fields
    }

    /// The codes of the rows marked selected in a result table.
    static func selectedCodes(_ page: String) -> [String] {
        page.components(separatedBy: "<tr class=\"selected\">").dropFirst().compactMap { row in
            row.range(of: "/monitor/gebieden/").map { String(row[$0.upperBound...].prefix(10)) }
        }
    }

    @Test(.disabled(if: MonitorPageTests.sharedDataMissing, "the shared CBS data is not beside the repository"))
    func aSelectionIsSavedAsADecisionAndReopensAsItWasAfterTheDataChanged() async throws {
        try await withStipAccounts { app, accounts in
            _ = try await MonitorPageTests.importShared(app, tables: ["kwb2015_gemeenten_nl.csv", "kwb2015_buurten_nl.csv"],
                                                        boundaries: "zuid-limburg_buurt_2015.geojson")
            // A visitor sees the selection on the map and in the table, and is told who may save it.
            let visitor = try await app.get(Self.criteria)
            #expect(visitor.status == .ok)
            let shown = visitor.body.string
            #expect(shown.contains("van de 408 buurten in Zuid-Limburg geselecteerd (2015)."))
            #expect(shown.components(separatedBy: "<path d=").count - 1 == 406)
            #expect(shown.contains("<title id=\"map-title\">Beleidsfocus: buurten in Zuid-Limburg, 2015</title>"))
            #expect(shown.contains("Log in als regiegroep of beheerder"))
            #expect(!shown.contains("focus-save"))
            #expect(!shown.contains("<script"))
            let selected = Self.selectedCodes(shown)
            #expect(!selected.isEmpty)

            // The same selection as JSON; what cannot be computed is said, not a server error.
            let api = try JSONDecoder().decode(FocusStudyEnvelope.self, from: Data(try await app.get("/api/v1/monitor/focus?trekkingen=100").body.string.utf8))
            #expect(api.study.selected.map(\.code) == selected.sorted())
            let noNational = try await app.get("/api/v1/monitor/focus?trekkingen=10&slechter-aantal=2")
            #expect(noNational.status == .unprocessableEntity)
            #expect(noNational.body.string.contains("landelijke waarden (NL00)"))
            #expect(try await app.get("/monitor/focus?bereken=1&trekkingen=10&slechter-aantal=2").body.string.contains("landelijke waarden (NL00)"))
            #expect(try await app.get("/monitor/focus?bereken=1&jaar=2014").body.string.contains("Er zijn geen waarden van buurten in 2014"))
            #expect(try await app.get("/api/v1/monitor/focus?regio=nergens").status == .notFound)

            // The regiegroep saves it as a decision.
            let steering = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let page = try await app.get(Self.criteria, cookies: steering).body.string
            #expect(Self.selectedCodes(page) == selected)
            let fields = try Self.saveFields(page)
            #expect(fields.contains { $0.0 == "trekkingen" && $0.1 == "100" })
            let saved = try await app.postForm("/monitor/focus/besluiten", fields + [("naam", "Wijken in focus"), ("datum", "2026-11-29"), ("toelichting", "Voor de regiegroep")], cookies: steering)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers.first(name: .location))
            #expect(location == "/monitor/focus/besluiten/2026-11-29-wijken-in-focus")

            // Reopened: the same areas, the criteria and the data it used, in the list of decisions.
            let reopened = try await app.get(location).body.string
            #expect(Self.selectedCodes(reopened) == selected)
            // By the account's role (it has no display name), never by its e-mail address.
            #expect(reopened.contains("voorgesteld door regiegroep"))
            for path in [location, "/monitor/focus/besluiten", "/api/v1/monitor/focus/decisions", "/api/v1/monitor/focus/decisions/2026-11-29-wijken-in-focus"] {
                #expect(!(try await app.get(path).body.string.contains("@zuid-limburg.nl")), "\(path) shows an e-mail address")
            }
            #expect(reopened.contains("kwb2015_buurten_nl.csv"))
            #expect(reopened.contains("100 trekkingen, gewichten ± 25 %, startgetal 20201117"))
            #expect(try await app.get("/monitor/focus/besluiten").body.string.contains(">Wijken in focus</a>"))
            let json = try JSONDecoder().decode(FocusDecision.self, from: Data(try await app.get("/api/v1/monitor/focus/decisions/2026-11-29-wijken-in-focus").body.string.utf8))
            #expect(json.study.selected.map(\.code) == selected.sorted())
            #expect(json.proposedBy == "regiegroep")
            let database = try #require(app.storage[TestDatabaseKey.self])
            let audit = try await AuditTrail(database: database).records(.init(entity: FocusDecisionStore.entity))
            #expect(audit.map(\.entityID) == ["2026-11-29-wijken-in-focus"])
            #expect(audit.first?.accountEmail == "regiegroep@zuid-limburg.nl")

            // The data unchanged: the comparison says so.
            #expect(try await app.get(location + "/vergelijk").body.string.contains("De gegevens zijn niet veranderd"))

            // New data: the first selected neighbourhood now has 50 inhabitants, under the minimum of 100.
            let leaver = try #require(selected.first)
            _ = try await MonitorStore(database: database).importFile(ImportResult(
                file: "correctie.csv", observations: [Observation(area: AreaCode(leaver)!, year: 2015, indicator: "inwoners", value: 50)],
                rowsRead: 1, rowsSkipped: 0, bytesRead: 20, checksum: "correctie", years: [2015], indicators: [], absentIndicators: []), by: "test")
            // No wait: the next page reads the monitor's data revision.
            #expect(Self.selectedCodes(try await app.get(location).body.string) == selected, "a decision is never recomputed")
            let comparison = try await app.get(location + "/vergelijk").body.string
            #expect(comparison.contains("De gegevens zijn veranderd"))
            let leaving = try #require(comparison.range(of: "Zouden afvallen").map { String(comparison[$0.upperBound...]) })
            let leaverName = try #require(json.names[leaver])
            #expect(leaving.prefix(3_000).contains(">\(leaverName)</th>"))

            // Saving what was shown before the change is refused: the person sees the new selection first.
            let stale = try await app.postForm("/monitor/focus/besluiten", fields + [("naam", "Te laat"), ("datum", "2026-11-30")], cookies: steering)
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("de gegevens zijn veranderd sinds deze selectie werd getoond"))
            #expect(try await FocusDecisionStore(database: database).decisions().map(\.id) == ["2026-11-29-wijken-in-focus"])
        }
    }

    @Test func criteriaOutOfRangeAreNamedPerFieldAndNothingIsComputed() async throws {
        try await withStip { app in
            let response = try await app.get("/monitor/focus?bereken=1&percentiel=150&trekkingen=2,5&gewicht-wonen=x")
            #expect(response.status == .unprocessableEntity)
            let page = response.body.string
            #expect(page.contains("id=\"f-percentiel-error\">Vul een getal in van 0 tot en met 100."))
            #expect(page.contains("id=\"f-trekkingen-error\">Vul een geheel getal in."))
            #expect(page.contains("id=\"f-gewicht-wonen-error\">Vul een getal in van 0 tot en met 100."))
            #expect(page.contains("value=\"150\""), "what was typed stays")
            #expect(!page.contains("focus-summary"))
        }
    }

    @Test func withoutMonitorDataThePageSaysWhereToStart() async throws {
        try await withStip { app in
            let page = try await app.get("/monitor/focus?bereken=1").body.string
            #expect(page.contains("Er zijn nog geen monitorgegevens om uit te kiezen."))
            #expect(page.contains("<a href=\"/monitor\">Monitor brede welvaart</a></p>"))
            #expect(!page.contains("focus-summary"))
        }
    }

    @Test func onlyTheRegiegroepAndTheBeheerderSaveADecision() async throws {
        try await withStipAccounts { app, accounts in
            for role in [AccountRole.partner, .captain] {
                let cookies = try await app.logIn(accounts[role]!.email).cookies
                let response = try await app.postForm("/monitor/focus/besluiten", [("naam", "x"), ("datum", "2026-11-29")], cookies: cookies)
                #expect(response.status == .forbidden, "\(role)")
            }
            #expect(try await FocusDecisionStore(database: try #require(app.storage[TestDatabaseKey.self])).decisions().isEmpty)
        }
    }
}

/// The part of `/api/v1/monitor/focus` the test reads.
private struct FocusStudyEnvelope: Decodable {
    var study: FocusStudy
}
