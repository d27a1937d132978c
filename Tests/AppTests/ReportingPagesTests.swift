@testable import App
import Core
import Foundation
import StipTestSupport
import Testing
import VaporTesting

/// A reporting round through the web, as its people click it: the regiegroep opens it, the Groene
/// Long aanvoerder writes and submits, a stale form gets the saved report beside the typed one,
/// the regiegroep sends it back, the aanvoerder finds it on their account page and submits again,
/// and the regiegroep approves it. What a person typed comes back encoded.
@Suite struct ReportingPagesTests {
    /// A period the plan dates Groene Long's short-term actions in, due after today, so nothing is late.
    static let round = [("name", "Voortgang 1e helft 2021"), ("periodStart", "2021-01-01"), ("periodEnd", "2021-06-30"), ("dueOn", "2099-01-15")]
    static let path = "/voortgang/voortgang-1e-helft-2021"

    func fields(_ actions: [Action], account: String, escalation: String = "", step: String, version: Int) -> [(String, String)] {
        actions.flatMap { action -> [(String, String)] in
            [("a.\(action.id).status", "running"), ("a.\(action.id).signal", "attention"), ("a.\(action.id).account", account),
             ("a.\(action.id).evidence", "https://example.org/verslag"), ("a.\(action.id).nextStep", "Volgende stap")]
        } + [("summary", "Op koers"), ("wentWell", "Samenwerking"), ("stuck", ""), ("escalation", escalation), ("step", step), ("version", String(version))]
    }

    @Test func aRoundFromOpeningToApprovalThroughThePages() async throws {
        try await withStipAccounts { app, accounts in
            let regie = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            let partner = try await app.logIn(accounts[.partner]!.email).cookies

            let missing = try await app.postForm("/voortgang", [("name", ""), ("periodStart", "2021-01-01"), ("periodEnd", "2021-06-30"), ("dueOn", "2099-01-15")], cookies: regie)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains(#"id="round-name" aria-invalid="true""#))
            let opened = try await app.postForm("/voortgang", Self.round, cookies: regie)
            #expect(opened.status == .seeOther && opened.headers.first(name: .location) == Self.path)
            #expect(try await app.get("/voortgang", cookies: partner).status == .forbidden)
            #expect(try await app.get("/voortgang", cookies: nil).status == .seeOther)

            let register = SeedPlan.register
            let reportingRound = ReportingRound(id: "r", name: "", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2099-01-15", openedBy: "", openedAt: "")
            let actions = ReportingScope.actions(of: register.actionLine("groene-long")!, in: reportingRound, register: register)
            #expect(!actions.isEmpty)
            let reportPath = "\(Self.path)/groene-long"
            let blank = try await app.get(reportPath, cookies: captain)
            #expect(blank.status == .ok)
            #expect(blank.body.string.contains(#"name="a.\#(actions[0].id).status""#), "the aanvoerder gets the form, one fieldset per action")
            #expect(!(try await app.get("\(Self.path)/europese-schakelregio", cookies: captain)).body.string.contains("report-form"),
                    "another team's report is read only for this aanvoerder")

            let hostile = "<script>alert('x')</script> & \"citaat\""
            let submitted = try await app.postForm(reportPath, fields(actions, account: hostile, escalation: "Steun van het BKO nodig", step: "submit", version: 0), cookies: captain)
            #expect(submitted.status == .seeOther)
            let shown = try await app.get(reportPath, cookies: regie).body.string
            #expect(shown.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;citaat&quot;") || shown.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"citaat\""))
            #expect(!shown.contains("<script>alert"))
            #expect(shown.contains("ingediend") && shown.contains("vraagt rugdekking"))

            // The same form sent again from its first version: refused, with what is saved beside what was typed.
            let stale = try await app.postForm(reportPath, fields(actions, account: "Oud", step: "save", version: 0), cookies: captain)
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("er is niets overschreven"))

            #expect(try await app.postForm("\(reportPath)/goedkeuren", [("version", "1")], cookies: captain).status == .forbidden)
            let noComment = try await app.postForm("\(reportPath)/terugsturen", [("version", "1"), ("comment", "")], cookies: regie)
            #expect(noComment.status == .unprocessableEntity)
            let back = try await app.postForm("\(reportPath)/terugsturen", [("version", "1"), ("comment", "Graag de bossenstrategie erbij.")], cookies: regie)
            #expect(back.status == .ok && back.body.string.contains("terug met opmerkingen"))
            let answered = try await app.postForm("\(reportPath)/antwoord", [("version", "2"), ("answer", "Het BKO steunt.")], cookies: regie)
            #expect(answered.status == .ok && answered.body.string.contains("rugdekking beantwoord"))

            let todo = try await app.get("/account", cookies: captain).body.string
            #expect(todo.contains("Rapportage 6. Groene Long in ‘Voortgang 1e helft 2021’ schrijven"), "the returned report is on the aanvoerder's list")
            let again = try await app.postForm(reportPath, fields(actions, account: "Met de bossenstrategie", step: "submit", version: 3), cookies: captain)
            #expect(again.status == .seeOther)
            #expect(try await app.get("/account", cookies: regie).body.string.contains("Rapportage 6. Groene Long in ‘Voortgang 1e helft 2021’ beoordelen"))
            let approved = try await app.postForm("\(reportPath)/goedkeuren", [("version", "4")], cookies: regie)
            #expect(approved.status == .ok && approved.body.string.contains("De rapportage is goedgekeurd."))
            // The approved statuses flow into the register (the plan has these actions planned).
            #expect(approved.body.string.contains("acties is in het register bijgewerkt") || approved.body.string.contains("1 actie is in het register bijgewerkt"))
            #expect(try await app.get("/acties/\(actions[0].id)").body.string.contains("lopend"))
            #expect(!approved.body.string.contains("report-form"), "an approved report has no form any more")

            let round = try await app.get(Self.path, cookies: captain).body.string
            #expect(round.contains("goedgekeurd") && round.contains("voortgang = afgeronde acties ÷ (alle acties − vervallen acties)"))
            // The BKO adopts the report; then an action changes. The adopted report stays, the comparison shows the change.
            let document = "\(Self.path)/rapportage"
            let concept = try await app.get(document, cookies: captain).body.string
            #expect(concept.contains("Concept: samengesteld uit wat Stip nu weet") && concept.contains("Met de bossenstrategie") == false)
            #expect(concept.contains("Op koers") && concept.contains("Het BKO steunt."), "the team's words and the answer, composed, not retyped")
            #expect(try await app.postForm("\(document)/vaststellen", [("decidedOn", "2021-09-01"), ("decidedBy", "BKO")], cookies: captain).status == .forbidden)
            let adopted = try await app.postForm("\(document)/vaststellen", [("decidedOn", "2021-09-01"), ("decidedBy", "Bestuurlijk Kernoverleg")], cookies: regie)
            #expect(adopted.status == .ok && adopted.body.string.contains("Vastgesteld door Bestuurlijk Kernoverleg op 1 september 2021"))
            let fingerprint = try #require(adopted.body.string.range(of: #"SHA-256\): [0-9a-f]{64}"#, options: .regularExpression)).lowerBound
            let hash = String(adopted.body.string[fingerprint...].dropFirst(10).prefix(64))
            #expect(try await app.postForm("\(document)/vaststellen", [("decidedOn", "2021-09-02"), ("decidedBy", "BKO")], cookies: regie).status == .conflict)
            let publicList = try await app.get("/verantwoording").body.string
            #expect(publicList.contains("Voortgang 1e helft 2021") && publicList.contains("/verantwoording/voortgang-1e-helft-2021"))
            #expect(try await app.get("/verantwoording/voortgang-1e-helft-2021").body.string.contains(hash), "anyone can read it, with its fingerprint")
            let publicPage = try await app.get("/verantwoording/voortgang-1e-helft-2021").body.string
            // The API gives the same: the list, and the frozen report with its fingerprint, to anyone; the
            // team reports of the round only to those who read rounds.
            let listed = try JSONSerialization.jsonObject(with: Data(try await app.get("/api/v1/reports").body.string.utf8)) as? [String: Any]
            #expect((listed?["items"] as? [[String: Any]])?.first?["fingerprint"] as? String == hash)
            let frozen = try await app.get("/api/v1/reports/voortgang-1e-helft-2021")
            #expect(frozen.status == .ok && frozen.body.string.contains(hash) && !frozen.body.string.contains("@"), "no e-mail address in a public answer")
            #expect(try await app.get("/api/v1/rounds/voortgang-1e-helft-2021/line-reports").status == .unauthorized)
            let token = try await APIContractTests.token(app)
            let lineReports = try await app.get("/api/v1/rounds/voortgang-1e-helft-2021/line-reports", bearer: token)
            #expect(lineReports.status == .ok && lineReports.body.string.contains("Het BKO steunt.") && lineReports.headers.cacheControl?.noStore == true)
            #expect(!publicPage.contains("<form"), "no forms on the public page: \(publicPage.components(separatedBy: "<form").dropFirst().first?.prefix(200) ?? "")")
            let action = actions[0]
            let edit = try await app.get("/acties/\(action.id)/bewerken", cookies: regie).body.string
            let version = try #require(edit.range(of: #"name="version" value="[0-9]+""#, options: .regularExpression)).upperBound
            let number = String(edit[..<version].reversed().dropFirst().prefix { $0.isNumber }.reversed())
            let fieldsOfAction = [("version", number), ("line", action.line), ("position", String(action.position)), ("title", action.title),
                                  ("term", action.term.rawValue), ("section", action.section.rawValue), ("status", "done")]
                + (action.period.map { [("period", $0)] } ?? [])
            #expect(try await app.postForm("/acties/\(action.id)/bewerken", fieldsOfAction, cookies: regie).status == .seeOther)
            #expect(try await app.get(document, cookies: regie).body.string.contains(hash), "the adopted report did not follow the edit")
            let comparison = try await app.get("\(document)/vergelijking", cookies: regie).body.string
            #expect(comparison.contains(action.title) && comparison.contains("afgerond"), "the comparison lists the edit")
            let csv = try await app.get("\(document).csv", cookies: regie)
            #expect(csv.body.string.contains("action.\(action.id).status") && csv.body.string.contains("/acties/\(action.id)"))

            let calendar = try await app.get("/voortgang.ics")
            #expect(calendar.headers.contentType?.description.hasPrefix("text/calendar") == true)
            #expect(calendar.body.string.contains("DTSTART;VALUE=DATE:20990115\r\n"))
            #expect(calendar.body.string.contains("SUMMARY:Voortgangsrapportages ‘Voortgang 1e helft 2021’ in te dienen"))
        }
    }

    /// The spreadsheet way: the template downloaded, filled in and sent back as a file; a wrong
    /// file changes nothing and names its places.
    @Test func aFilledTemplateIsReadWholeOrNotAtAll() async throws {
        try await withStipAccounts { app, accounts in
            let regie = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            #expect(try await app.postForm("/voortgang", Self.round, cookies: regie).status == .seeOther)
            let reportPath = "\(Self.path)/groene-long"
            let template = try await app.get("\(reportPath)/sjabloon.csv", cookies: captain)
            #expect(template.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = template.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let first = try #require(lines.dropFirst().first?.split(separator: ",").first.map(String.init))
            func send(_ csv: String) async throws -> TestingHTTPResponse {
                let csrf = try await app.formToken(cookies: captain)
                let boundary = "stip-grens"
                let body = ["--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)",
                            "--\(boundary)\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0",
                            "--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groene-long.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)",
                            "--\(boundary)--\r\n"].joined(separator: "\r\n")
                return try await app.testing().sendRequest(.POST, "\(reportPath)/csv", headers: [
                    "Content-Type": "multipart/form-data; boundary=\(boundary)", "Cookie": captain], body: ByteBuffer(string: body))
            }
            let wrong = try await send(lines[0] + "\r\n" + "\(first),titel,klaar,risico,,,\r\n")
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("groene-long.csv, regel 2, kolom ‘stand’: ‘klaar’ is geen van afgerond, gepland, lopend, vervallen"))
            #expect(try await app.get(reportPath, cookies: captain).body.string.contains("nog niet begonnen"), "nothing was saved")
            let good = try await send(lines[0] + "\r\n" + "\(first),titel,afgerond,op koers,Klaar,https://example.org/a,\r\n")
            #expect(good.status == .seeOther)
            let page = try await app.get(reportPath, cookies: captain).body.string
            #expect(page.contains("concept") && page.contains("https://example.org/a") && page.contains("Het bestand is ingelezen") == false)
        }
    }
}
