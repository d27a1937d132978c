@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The targets dashboard as a board member reads it, the form to measure a target (for the
/// regiegroep, the beheerder and the aanvoerder of the ambition's team), and the same as JSON.
@Suite struct TargetsPageTests {
    static let seededTargets = [
        "brp-5-procent", "esfri-roadmap-2021", "keuze-vestigingslocatie-2024", "schop-in-grond-2028", "in-functie-2035",
        "chemelot-250000-woningen", "circulaire-afvalinzameling-2024", "jeugd-even-gezond-2050", "klimaatbestendig-watersysteem",
        "duurzame-kwaliteitslandbouw", "green-destination", "gezondheidsoase", "overgangen-stad-platteland",
    ]

    /// The dashboard's row of one target, from its `<tr>` to the end of the row.
    static func row(_ page: String, _ id: String) -> String {
        guard let start = page.range(of: "id=\"doel-\(id)\""),
              let end = page.range(of: "</tr>", range: start.upperBound..<page.endIndex) else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func theDashboardListsEveryTargetWithNoDataYet() async throws {
        try await withStip { app in
            let response = try await app.get("/doelen")
            #expect(response.status == .ok)
            let page = response.body.string
            for id in Self.seededTargets {
                let row = Self.row(page, id)
                #expect(row.contains("Nog geen gegevens"), "\(id)")
                #expect(row.contains("target-status noData"), "\(id)")
                #expect(row.contains("Nog geen meting"), "\(id)")
                #expect(row.contains("href=\"/ambities/"), "\(id)")
                #expect(row.contains("href=\"/doelen/\(id)/metingen/nieuw\""), "\(id)")
            }
            #expect(page.components(separatedBy: "<tr id=\"doel-").count - 1 == 13)
            #expect(page.contains("0 bereikt, 0 op koers, 0 niet op koers, 13 nog zonder gegevens."))
            #expect(Self.row(page, "esfri-roadmap-2021").contains("Nog niets gemeten; doeljaar 2021."))
            #expect(page.contains("aria-current=\"page\">Doelen"))
            #expect(!page.contains("<script"))
        }
    }

    @Test func aReportedMilestoneIsReached() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let form = try await app.get("/doelen/esfri-roadmap-2021/metingen/nieuw", cookies: session)
            #expect(form.status == .ok)
            #expect(form.body.string.contains("name=\"\(CSRFMiddleware.field)\""))
            #expect(form.body.string.contains("name=\"bereikt\""))
            let saved = try await app.postForm("/doelen/esfri-roadmap-2021/metingen/nieuw", [
                ("datum", "2021-06-30"), ("bereikt", "ja"), ("bron", "ESFRI Roadmap 2021"), ("toelichting", ""),
            ], cookies: session)
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/doelen?opgeslagen=esfri-roadmap-2021#doel-esfri-roadmap-2021")
            let page = try await app.get("/doelen").body.string
            let row = Self.row(page, "esfri-roadmap-2021")
            #expect(row.contains("target-status reached"))
            #expect(row.contains("Bereikt op 30 juni 2021."))
            #expect(row.contains("Bron: ESFRI Roadmap 2021"))
            #expect(row.contains("<svg"))
            #expect(page.contains("1 bereikt, 0 op koers, 0 niet op koers, 12 nog zonder gegevens."))
            // The ambition's own page shows it too, and the change is in the audit trail.
            let ambition = try await app.get("/ambities/einstein-telescoop").body.string
            #expect(ambition.contains("Stand van de doelen"))
            #expect(ambition.contains("Bereikt op 30 juni 2021."))
            let db = try #require(app.storage[TestDatabaseKey.self])
            let audit = try await AuditTrail(database: db).records(.init(entity: "target_measurements"))
            #expect(audit.count == 1)
            #expect(audit.first?.accountEmail == accounts[.steeringGroup]!.email)
            #expect(audit.first?.after?.contains("ESFRI Roadmap 2021") == true)
        }
    }

    /// Youth health: 6 points behind in 2020, closed by 2050. On 1 January 2035 the path asks
    /// 3 (6 − 6 × 15/30): 2,5 behind is on it. On 1 January 2036 it asks 2,8 (6 − 6 × 16/30): 4 is off it.
    @Test func aGapClosureTargetMovesOnAndOffItsPath() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.administrator]!.email).cookies
            func measure(_ date: String, _ region: String, _ rest: String) async throws {
                let response = try await app.postForm("/doelen/jeugd-even-gezond-2050/metingen/nieuw", [
                    ("datum", date), ("indicator", "ervaren gezondheid"), ("regio", region), ("rest", rest), ("richting", "hoger"),
                    ("bron", "GGD Gezondheidsmonitor Jeugd"),
                ], cookies: session)
                #expect(response.status == .seeOther, "\(response.body.string)")
            }
            try await measure("2020-01-01", "80", "86")
            var row = Self.row(try await app.get("/doelen").body.string, "jeugd-even-gezond-2050")
            #expect(row.contains("target-status onTrack"))
            #expect(row.contains("Nulmeting op 1 januari 2020: achterstand 6 op ‘ervaren gezondheid’."))
            try await measure("2035-01-01", "84", "86,5")
            row = Self.row(try await app.get("/doelen").body.string, "jeugd-even-gezond-2050")
            #expect(row.contains("target-status onTrack"))
            #expect(row.contains("Op 1 januari 2035: achterstand 2,5 op ‘ervaren gezondheid’; het pad vraagt achterstand 3 op ‘ervaren gezondheid’."))
            try await measure("2036-01-01", "82", "86")
            row = Self.row(try await app.get("/doelen").body.string, "jeugd-even-gezond-2050")
            #expect(row.contains("target-status offTrack"))
            #expect(row.contains("Niet op koers"))
            #expect(row.contains("achterstand 4 op ‘ervaren gezondheid’; het pad vraagt achterstand 2,8 op ‘ervaren gezondheid’. Achter op het pad."))

            let json = try JSONSerialization.jsonObject(with: Data(buffer: try await app.get("/api/v1/targets/jeugd-even-gezond-2050").body)) as? [String: Any]
            #expect((json?["status"] as? [String: Any])?["state"] as? String == "offTrack")
            #expect((json?["measurements"] as? [Any])?.count == 3)
            #expect((json?["points"] as? [[String: Any]])?.compactMap { $0["value"] as? Double } == [6, 2.5, 4])
            #expect((json?["path"] as? [String: Any])?["endYear"] as? Double == 2050)
        }
    }

    @Test func wrongInputIsRefusedOnItsFieldAndKeepsWhatWasTyped() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let response = try await app.postForm("/doelen/brp-5-procent/metingen/nieuw", [
                ("datum", "2021-02-30"), ("regio", "veel"), ("benchmark", "0"), ("bron", ""),
            ], cookies: session)
            #expect(response.status == .unprocessableEntity)
            let page = response.body.string
            #expect(page.contains("id=\"datum-error\">‘2021-02-30’ is geen datum; schrijf jjjj-mm-dd."))
            #expect(page.contains("id=\"regio-error\">‘veel’ is geen getal."))
            #expect(page.contains("id=\"benchmark-error\">Een indexcijfer is groter dan nul."))
            #expect(page.contains("id=\"bron-error\""))
            #expect(page.contains("value=\"veel\""))
            #expect(page.contains("value=\"2021-02-30\""))
            #expect(page.contains("aria-invalid=\"true\""))
            let db = try #require(app.storage[TestDatabaseKey.self])
            #expect(try await TargetMeasurementStore(database: db).all().isEmpty)
        }
    }

    @Test func onlyTheAmbitionsTeamCaptainAndTheRegiegroepMayMeasure() async throws {
        try await withStipAccounts { app, accounts in
            let anonymous = try await app.get("/doelen/brp-5-procent/metingen/nieuw")
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers.first(name: .location) == "/inloggen?next=/doelen/brp-5-procent/metingen/nieuw")
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            // The Groene Long aanvoerder measures the Groene Long's targets, not the economy's.
            #expect(try await app.get("/doelen/gezondheidsoase/metingen/nieuw", cookies: captain).status == .ok)
            #expect(try await app.get("/doelen/brp-5-procent/metingen/nieuw", cookies: captain).status == .forbidden)
            let refused = try await app.postForm("/doelen/brp-5-procent/metingen/nieuw", [
                ("datum", "2021-01-01"), ("regio", "100"), ("benchmark", "100"), ("bron", "CBS"),
            ], cookies: captain)
            #expect(refused.status == .forbidden)
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            #expect(try await app.get("/doelen/gezondheidsoase/metingen/nieuw", cookies: partner).status == .forbidden)
            #expect(try await app.get("/doelen/onbekend/metingen/nieuw", cookies: captain).status == .notFound)
        }
    }

    @Test func theJSONListsEveryTargetWithItsStatus() async throws {
        try await withStip { app in
            let response = try await app.get("/api/v1/targets")
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(json["count"] as? Int == 13)
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(items.compactMap { $0["id"] as? String } == Self.seededTargets)
            #expect(items.allSatisfy { ($0["status"] as? [String: Any])?["state"] as? String == "noData" })
            let growth = try #require(items.first)
            #expect(growth["kind"] as? String == "relativeGrowth")
            #expect(growth["measure"] as? String == "leadOverBenchmark")
            #expect((growth["links"] as? [String: Any])?["ambition"] as? String == "/api/v1/ambitions/europese-schakelregio")
            let one = try await app.get("/api/v1/targets/circulaire-afvalinzameling-2024")
            #expect(one.status == .ok)
            let item = try #require(try JSONSerialization.jsonObject(with: Data(buffer: one.body)) as? [String: Any])
            #expect(item["measure"] as? String == "share")
            #expect((item["measurements"] as? [Any])?.isEmpty == true)
            #expect(try await app.get("/api/v1/targets/onbekend").status == .notFound)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: try await app.get("/api/v1/openapi.json").body)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: Any])
            // The reads sit beside the record writes the register already describes on the same paths.
            #expect(Set(((paths["/api/v1/targets"] as? [String: Any]) ?? [:]).keys) == ["get", "post"])
            #expect(Set(((paths["/api/v1/targets/{id}"] as? [String: Any]) ?? [:]).keys) == ["get", "put", "delete"])
        }
    }
}
