@testable import App
import Core
import Foundation
import StipTestSupport
import Testing
import VaporTesting

/// The consultation through its pages: the regiegroep opens a round; a partner answers with their
/// account, a member of the public without one (held for moderation, address never shown); the
/// honeypot and the per-address limit turn programs away; the regiegroep publishes and disposes;
/// the private link shows what became of the answer.
@Suite struct ConsultationPagesTests {
    static let round = [("title", "Consultatie plan 1.0"), ("invitation", "Wij zien het zo. Hoe ziet u het?"), ("version", "1.0"),
                        ("opensOn", "2026-01-01"), ("closesOn", "2099-12-31"), ("kinds", "foreignGovernment"), ("kinds", "crossBorderBody"),
                        ("countries", "DE"), ("countries", "BE"), ("everyone", "on")]
    static let path = "/consultatie/consultatie-plan-1-0"

    /// A visitor's post: the form's page gives the cookie and token a browser would send back.
    func postAsVisitor(_ app: Application, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        let form = try await app.get("\(Self.path)/reageren?op=8")
        let visitor = try #require(form.headers.setCookie?[visitorCookie]?.string)
        let token = try #require(csrfField(in: form.body.string))
        let body = (fields + [("_csrf", token)]).map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, "\(Self.path)/reageren", headers: [
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": "\(visitorCookie)=\(visitor)"], body: ByteBuffer(string: body))
    }

    func followLink(_ html: String) -> String? {
        html.range(of: #"/consultatie/volg/[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(html[$0]) }
    }

    @Test func aRoundThroughItsPages() async throws {
        try await withStipAccounts { app, accounts in
            let regie = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            #expect(try await app.postForm("/consultatie", Self.round, cookies: partner).status == .forbidden)
            let opened = try await app.postForm("/consultatie", Self.round, cookies: regie)
            #expect(opened.status == .seeOther && opened.headers.first(name: .location) == Self.path)
            let roundPage = try await app.get(Self.path).body.string
            #expect(roundPage.contains("Deze ronde is open voor reacties.") && roundPage.contains(#"href="\#(Self.path)/reageren?op=4.5""#))

            // A partner answers for an invited organisation; it shows at once with the organisation.
            let form = try await app.get("\(Self.path)/reageren?op=4.5", cookies: partner).body.string
            #expect(form.contains(#"<option value="stadt-aachen""#) && !form.contains(#"name="email""#), "a partner picks an organisation, no address asked")
            let answered = try await app.postForm("\(Self.path)/reageren", [
                ("about", "4.5"), ("enthusiastic", "Rekenschap <b>als</b> vierde R"), ("differently", ""), ("participation", "yes"),
                ("contributions", "people"), ("contributions", "knowledge"), ("how", "Twee mensen"), ("organisation", "stadt-aachen")], cookies: partner)
            #expect(answered.status == .ok && answered.body.string.contains("uw reactie is ontvangen"))
            let partnerLink = try #require(followLink(answered.body.string))
            let afterPartner = try await app.get(Self.path).body.string
            #expect(afterPartner.contains("Rekenschap &lt;b&gt;als&lt;/b&gt; vierde R") && afterPartner.contains("Stadt Aachen"))

            // A member of the public: held back, name not published, address never on a page.
            let citizen = try await postAsVisitor(app, [("about", "8"), ("enthusiastic", "Dat burgers meedoen"), ("participation", "maybe"),
                                                        ("contributions", "place"), ("how", "Ons buurthuis"), ("name", "Jan Janssen"),
                                                        ("organisationName", ""), ("email", "jan@example.nl"), ("website", "")])
            #expect(citizen.status == .ok)
            let citizenLink = try #require(followLink(citizen.body.string))
            #expect(!(try await app.get(Self.path).body.string.contains("Dat burgers meedoen")), "waiting for moderation")
            let wrong = try await postAsVisitor(app, [("about", "8"), ("enthusiastic", "x"), ("name", ""), ("email", "geen"), ("website", "")])
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("Dit is geen e-mailadres") && wrong.body.string.contains("Vul uw naam in"))
            let robot = try await postAsVisitor(app, [("about", "8"), ("enthusiastic", "Koop nu"), ("name", "Bot"), ("email", "bot@example.com"),
                                                      ("website", "https://spam.example")])
            #expect(robot.status == .unprocessableEntity)

            // Triage: publish the citizen's answer, then dispose of both at once.
            let triage = try await app.get("\(Self.path)/beheer", cookies: regie).body.string
            #expect(triage.contains("Jan Janssen") && triage.contains("wacht op beoordeling") && !triage.contains("jan@example.nl"))
            #expect(try await app.get("\(Self.path)/beheer", cookies: partner).status == .forbidden)
            let versions = triage.matches(of: /name="a\.([0-9a-f-]+)" value="([0-9]+)"/).map { (String($0.1), String($0.2)) }
            #expect(versions.count == 2)
            let citizenRow = try #require(triage.components(separatedBy: "<tr>").first { $0.contains("Jan Janssen") })
            let citizenID = try #require(versions.first { citizenRow.contains("a.\($0.0)") })
            let published = try await app.postForm("\(Self.path)/beheer", [("a.\(citizenID.0)", citizenID.1), ("do", "publish")], cookies: regie)
            #expect(published.status == .ok && published.body.string.contains("1 reactie bijgewerkt."))
            let publicPage = try await app.get(Self.path).body.string
            #expect(publicPage.contains("Dat burgers meedoen") && publicPage.contains("Een inwoner") && !publicPage.contains("Jan Janssen"), "\(publicPage.components(separatedBy: "<h2>Reacties</h2>").last?.prefix(1500) ?? "")")
            #expect(!publicPage.contains("jan@example.nl"))
            let fresh = try await app.get("\(Self.path)/beheer", cookies: regie).body.string
            let now = fresh.matches(of: /name="a\.([0-9a-f-]+)" value="([0-9]+)"/).map { ("a.\($0.1)", String($0.2)) }
            let disposed = try await app.postForm("\(Self.path)/beheer", now + [("do", "dispose"), ("owner", "team-groene-long"), ("kind", "alreadyCovered"),
                                                                               ("note", "Al voorzien in Green Destination"), ("changes", "")], cookies: regie)
            #expect(disposed.status == .ok && disposed.body.string.contains("2 reacties bijgewerkt."))
            let stale = try await app.postForm("\(Self.path)/beheer", now + [("do", "publish")], cookies: regie)
            #expect(stale.status == .conflict)

            // The private links.
            let followed = try await app.get(citizenLink)
            #expect(followed.status == .ok && followed.body.string.contains("al voorzien") && followed.body.string.contains("Al voorzien in Green Destination"))
            #expect(followed.headers.cacheControl?.noStore == true)
            #expect(try await app.get(partnerLink).body.string.contains("Team groene long"))
            #expect(try await app.get("/consultatie/volg/geraden").status == .notFound)
            #expect(try await app.get("/consultatie/privacy").body.string.contains("een jaar na het sluiten van de ronde gewist"))

            // Past the limit of public answers from one address: 429 with Retry-After, nothing kept.
            var last: TestingHTTPResponse?
            for index in 0..<5 {
                last = try await postAsVisitor(app, [("about", "8"), ("enthusiastic", "Reactie \(index)"), ("name", "Els"), ("email", "els@example.nl"), ("website", "")])
            }
            #expect(last?.status == .tooManyRequests && last?.headers.first(name: "Retry-After") != nil)
        }
    }
}
