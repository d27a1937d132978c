@testable import App
import Core
import Foundation
import StipTestSupport
import Testing
import VaporTesting

/// The growth document's whole cycle through the pages, as the issue tells it: a round opens on
/// 1.0; a partner answers two sections (one a *doe ik mee: ja*), a member of the public a third,
/// held until published; every answer gets a disposition; version 2.0 rewrites one section for
/// one answer and the register gains an action for another; the aanvoerder takes up one offer as
/// a membership and one as capacity, and declines none; 2.0 is adopted. The differences, the
/// reactienota (page, CSV, open data) and the private link show what happened; 1.0 is unchanged.
@Suite struct ConsultationToVersionTwoTests {
    static let path = "/consultatie/consultatie-plan-1-0"
    let pages = ConsultationPagesTests()

    func versions(_ html: String) -> [String: String] {
        Dictionary(html.matches(of: /name="a\.([0-9a-f-]+)" value="([0-9]+)"/).map { (String($0.1), String($0.2)) }, uniquingKeysWith: { $1 })
    }

    @Test func fromRoundToAdoptedVersionTwo() async throws {
        try await withStipMoney { app, accounts in
            let regie = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            let round = [("title", "Consultatie plan 1.0"), ("invitation", "Wij zien het zo. Hoe ziet u het?"), ("version", "1.0"),
                         ("opensOn", "2026-01-01"), ("closesOn", "2099-12-31"), ("kinds", "foreignGovernment"), ("kinds", "province"),
                         ("countries", "DE"), ("countries", "NL"), ("everyone", "on")]
            #expect(try await app.postForm("/consultatie", round, cookies: regie).status == .seeOther)
            let original = try await app.get("/plan/1.0").body.string
            #expect(original.contains(#"href="\#(Self.path)/reageren?op=4.5-3""#) && !original.contains(#"reageren?op=4.5-2""#), "each block of the open version (not a sub-heading) links to the answer form")

            // A partner answers two sections, one of them with an offer; a member of the public a third.
            let first = try await app.postForm("\(Self.path)/reageren", [
                ("about", "4.5"), ("differently", "Noem de buurlanden bij rekenschap."), ("participation", "no"), ("organisation", "stadt-aachen")], cookies: partner)
            let aachenLink = try #require(pages.followLink(first.body.string))
            let second = try await app.postForm("\(Self.path)/reageren", [
                ("about", "5-groene-long"), ("enthusiastic", "De Groene Long als één landschap."), ("participation", "yes"),
                ("contributions", "people"), ("how", "Een projectleider, een dag per week"), ("organisation", "provincie-limburg")], cookies: partner)
            #expect(second.status == .ok)
            let citizen = try await pages.postAsVisitor(app, [("about", "5-groene-long"), ("enthusiastic", "Wandelroutes over de grens"), ("participation", "yes"),
                                                              ("contributions", "knowledge"), ("how", "Ik ken de paden"), ("name", "Mieke Peeters"),
                                                              ("organisationName", ""), ("email", "mieke@example.nl"), ("namePublished", "on"), ("website", "")])
            let citizenLink = try #require(pages.followLink(citizen.body.string))

            // Triage: publish the citizen's answer; a change that leads nowhere is refused, naming it.
            var triage = try await app.get("\(Self.path)/beheer", cookies: regie).body.string
            let rows = triage.components(separatedBy: "<tr>")
            func id(of text: String) throws -> String {
                let row = try #require(rows.first { $0.contains(text) })
                return try #require(versions(triage).keys.first { row.contains("a.\($0)") })
            }
            let (aachen, province, mieke) = (try id(of: "Noem de buurlanden"), try id(of: "De Groene Long als"), try id(of: "Wandelroutes"))
            #expect(try await app.postForm("\(Self.path)/beheer", [("a.\(mieke)", versions(triage)[mieke]!), ("do", "publish")], cookies: regie).status == .ok)
            triage = try await app.get("\(Self.path)/beheer", cookies: regie).body.string
            let nowhere = try await app.postForm("\(Self.path)/beheer", [("a.\(aachen)", versions(triage)[aachen]!), ("do", "dispose"), ("kind", "incorporated"),
                                                                        ("note", ""), ("changes", "actions:bestaat-niet")], cookies: regie)
            #expect(nowhere.status == .unprocessableEntity && nowhere.body.string.contains("‘actions:bestaat-niet’ wijst niet naar"))

            // 2.0: section 4.5 rewritten for Aachen's answer; a new action for the province's.
            #expect(try await app.postForm("/plan/versies", [("version", "2.0")], cookies: regie).status == .seeOther)
            let text = SeedPlan.document.fileText(of: try #require(SeedPlan.document.section("4.5"))).replacingOccurrences(
                of: "Hoe leggen we rekenschap af aan elkaar?", with: "Hoe leggen we rekenschap af aan elkaar, ook aan onze buren in België en Duitsland?")
            #expect(try await app.postForm("/plan/2.0/onderdelen/4.5", [("title", try #require(SeedPlan.document.section("4.5")).title), ("text", text),
                                                                       ("answers", aachen), ("version", "0")], cookies: regie).status == .ok)
            let created = try await app.postForm("/acties/nieuw", [("line", "groene-long"), ("term", "outlook"), ("title", "Grensoverschrijdende wandelroutes"),
                                                                   ("status", "planned"), ("period", ""), ("year", ""), ("ownerTeam", "team-groene-long"),
                                                                   ("ownerOrganisation", "")], cookies: regie)
            #expect(created.status == .seeOther)
            let action = try #require(created.headers.first(name: .location)?.split(separator: "/").last.map(String.init))
            triage = try await app.get("\(Self.path)/beheer", cookies: regie).body.string
            #expect(try await app.postForm("\(Self.path)/beheer", [("a.\(aachen)", versions(triage)[aachen]!), ("do", "dispose"), ("kind", "incorporated"),
                                                                  ("note", "4.5 noemt nu de buren."), ("changes", "section:4.5")], cookies: regie).status == .ok)
            triage = try await app.get("\(Self.path)/beheer", cookies: regie).body.string
            let disposed = try await app.postForm("\(Self.path)/beheer", [
                ("a.\(province)", versions(triage)[province]!), ("a.\(mieke)", versions(triage)[mieke]!), ("do", "dispose"), ("owner", "team-groene-long"),
                ("kind", "incorporated"), ("note", "Een nieuwe actie voor wandelroutes."), ("changes", "actions:\(action)")], cookies: regie)
            #expect(disposed.status == .ok && disposed.body.string.contains("2 reacties bijgewerkt."))
            #expect(disposed.body.string.contains(#"<a href="/acties/\#(action)">Grensoverschrijdende wandelroutes</a>"#), "the change is a link to the new action")

            // The aanvoerder takes up the offers: the province's as capacity, Mieke's as a membership.
            let members = try await app.get("/structuur/teams/team-groene-long/leden", cookies: captain).body.string
            #expect(members.contains("Aanbiedingen uit de consultatie") && members.contains("Wandelroutes over de grens") && members.contains("De Groene Long als één landschap."))
            #expect(!members.contains("Noem de buurlanden"), "an answer without ‘ja’ is no offer")
            let offerVersions = Dictionary(members.matches(of: /aanbiedingen\/([0-9a-f-]+)"[^>]*>\s*<input[^>]*>\s*<input type="hidden" name="version" value="([0-9]+)"/)
                .map { (String($0.1), String($0.2)) }, uniquingKeysWith: { $1 })
            #expect(offerVersions.count == 2, "\(offerVersions)")
            let capacity = try await app.postForm("/structuur/teams/team-groene-long/aanbiedingen/\(province)", [
                ("version", offerVersions[province] ?? ""), ("do", "capacity"), ("year", "2021"), ("amount", "0,2 fte"), ("cell-2021", "0")], cookies: captain)
            #expect(capacity.status == .ok && capacity.body.string.contains("Het aanbod is afgehandeld."), "\(capacity.status)")
            #expect(capacity.body.string.contains("Vastgelegd als inzet (2021: 0,2 fte)"))
            #expect(try await app.postForm("/structuur/teams/team-groene-long/aanbiedingen/\(mieke)", [
                ("version", offerVersions[mieke] ?? ""), ("do", "capacity"), ("year", "2021"), ("amount", "0,1 fte")], cookies: captain).status == .unprocessableEntity,
                    "a member of the public is no party of the capacity table")
            let membership = try await app.postForm("/structuur/teams/team-groene-long/aanbiedingen/\(mieke)", [
                ("version", offerVersions[mieke] ?? ""), ("do", "membership"), ("role", "member"), ("from", "2026-12-01")], cookies: captain)
            #expect(membership.status == .ok && membership.body.string.contains("Opgenomen als lid van het team"))
            #expect(try await app.postForm("/structuur/teams/team-groene-long/aanbiedingen/\(mieke)", [
                ("version", offerVersions[mieke] ?? ""), ("do", "decline"), ("note", "Toch niet")], cookies: captain).status == .conflict, "decided once")
            #expect(try await app.get("/structuur/teams/team-groene-long").body.string.contains("Mieke Peeters"))
            let table = try await app.get("/middelen/inzet/2021.csv").body.string
            #expect(table.split(separator: "\r\n").contains { $0.hasPrefix("2021,commitment,team-groene-long,") && $0.contains(",provincie-limburg,Provincie,0.2 fte,0.2,") })

            // 2.0 adopted; 1.0 stays as it was.
            #expect(try await app.postForm("/plan/2.0/vaststellen", [("decidedOn", "2026-12-02"), ("decidedBy", "Bestuurlijk Kernoverleg")], cookies: regie).status == .ok)
            #expect(try await app.get("/plan").headers.first(name: .location) == "/plan/2.0")
            #expect(!(try await app.get("/plan/1.0").body.string.contains("onze buren in België")))
            let differences = try await app.get("/plan/2.0/verschillen").body.string
            #expect(differences.contains("Noem de buurlanden bij rekenschap.") && differences.contains("<ins>"))

            // What the respondents and everyone else read.
            let followed = try await app.get(aachenLink).body.string
            #expect(followed.contains("verwerkt in 2.0") && followed.contains(#"href="/plan/2.0/verschillen#4.5""#))
            let miekeFollow = try await app.get(citizenLink).body.string
            #expect(miekeFollow.contains("Team groene long: Opgenomen als lid van het team") && miekeFollow.contains(#"href="/acties/\#(action)""#))
            let note = try await app.get("\(Self.path)/reactienota")
            #expect(note.status == .ok)
            let html = note.body.string
            #expect(html.contains("Gepubliceerd: 3.") && html.contains("Mieke Peeters") && html.contains("Vastgelegd als inzet (2021: 0,2 fte)"))
            #expect(!html.contains("mieke@example.nl") && !html.contains(accounts[.partner]!.email))
            #expect(html.range(of: "4.5 ")!.lowerBound < html.range(of: "Actielijn Groene Long")!.lowerBound, "in the plan's order")
            let csv = try await app.get("\(Self.path)/reactienota.csv").body.string
            #expect(csv.split(separator: "\r\n").count == 4 && csv.contains("Grensoverschrijdende wandelroutes") && !csv.contains("@"))
            let json = try await app.get("/api/v1/consultations/consultatie-plan-1-0/answers")
            let data = try JSONSerialization.jsonObject(with: Data(json.body.string.utf8)) as? [String: Any]
            let items = try #require(data?["items"] as? [[String: Any]])
            #expect(items.count == 3 && !json.body.string.contains("@"))
            let byMieke = try #require(items.first { $0["id"] as? String == mieke })
            #expect(byMieke["respondent"] as? String == "Mieke Peeters" && (byMieke["offer"] as? [String: Any])?["kind"] as? String == "membership")
            let rounds = try await app.get("/api/v1/consultations").body.string
            #expect(rounds.contains(#""id":"consultatie-plan-1-0""#))
        }
    }
}
