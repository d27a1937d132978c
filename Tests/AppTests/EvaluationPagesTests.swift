@testable import App
import Core
import Foundation
import StipTestSupport
import Testing
import VaporTesting

/// The yearly evaluation through its pages: the regiegroep opens it, the Groene Long aanvoerder
/// answers once for their team, the page shows the total and no result of the team's own (one
/// answer), and a decision is recorded. What is typed comes back encoded.
@Suite struct EvaluationPagesTests {
    @Test func openAnswerAndDecide() async throws {
        try await withStipAccounts { app, accounts in
            let regie = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            let opened = try await app.postForm("/evaluatie", [("name", "Evaluatie samenwerking 2026"), ("year", "2026"),
                                                               ("opensOn", "2026-01-01"), ("closesOn", "2099-12-31")], cookies: regie)
            #expect(opened.status == .seeOther)
            let path = try #require(opened.headers.first(name: .location))
            let form = try await app.get(path, cookies: captain).body.string
            #expect(form.contains(#"<option value="team:team-groene-long">"#) && !form.contains("team:team-europese-schakelregio"),
                    "an aanvoerder answers for their own team")
            let answer: [(String, String)] = [("unit", "team:team-groene-long"), ("direction", "4"), ("room", "3"), ("backing", "2"),
                                              ("accountability", "4"), ("ownUnit", "5"), ("comment", "<b>Meer</b> rugdekking")]
            let answered = try await app.postForm("\(path)/antwoord", answer, cookies: captain)
            #expect(answered.status == .ok && answered.body.string.contains("je antwoord is bewaard, zonder je naam"))
            let again = try await app.get(path, cookies: captain).body.string
            #expect(again.contains("Je hebt deze evaluatie al beantwoord") && !again.contains("/antwoord\""), "no form for a second answer")
            #expect(try await app.postForm("\(path)/antwoord", answer, cookies: captain).status == .conflict, "one answer each")
            let results = try await app.get(path, cookies: regie).body.string
            #expect(results.contains("1 antwoord(en): te weinig voor eigen resultaten"))
            #expect(!results.contains("<b>Meer</b>") && !results.contains("&lt;b&gt;Meer"), "a comment shows only with five answers or more")
            let decided = try await app.postForm("\(path)/besluiten", [("subject", "team:team-groene-long"), ("verdict", "steer"),
                                                                        ("reason", "Meer rugdekking <script>"), ("decidedOn", "2026-12-01")], cookies: regie)
            #expect(decided.status == .ok && decided.body.string.contains("Team groene long: bijsturen"))
            #expect(decided.body.string.contains("Meer rugdekking &lt;script&gt;"))
            #expect(try await app.postForm("\(path)/besluiten", [("subject", "team:team-groene-long"), ("verdict", "steer"), ("reason", "x"),
                                                                  ("decidedOn", "2026-12-01")], cookies: captain).status == .forbidden)
            // The decision shows on the team's public page, without its reason; and on a programme's.
            let team = try await app.get("/structuur/teams/team-groene-long").body.string
            #expect(team.contains("Besluit: bijsturen, op 1 december 2026") && !team.contains("Meer rugdekking"))
            let programme = "voorstel-novi-gebied-zuid-limburg"
            let scaledDown = try await app.postForm("\(path)/besluiten", [("subject", "programme:\(programme)"), ("verdict", "scaleDown"),
                                                                         ("reason", "Opgegaan in de actielijn"), ("decidedOn", "2026-12-02")], cookies: regie)
            #expect(scaledDown.status == .ok)
            #expect(try await app.get("/programmas/\(programme)").body.string.contains("Besluit: afschakelen, op 2 december 2026"))
            let overview = try await app.get("/evaluatie", cookies: captain).body.string
            #expect(overview.contains("<th scope=\"col\">2026</th>"), "the years side by side")
        }
    }
}
