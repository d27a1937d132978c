@testable import App
import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The reporting rounds' texts join the hostile-payload walk: a round's name and every text of a
/// line report (an action's account and next step, the line's account, what went well, what is
/// stuck, the escalation, a comment and the answer) hold the payload, and every reporting page,
/// the account page's to-do list and the iCalendar feed must have the element tree they have with
/// a harmless text of the same length. A script link as evidence is refused, never drawn.
@Suite(.serialized) struct ReportingHostileTests {
    static func render(_ text: String) async throws -> [String: String] {
        var bodies: [String: String] = [:]
        try await withStipAccounts { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let register = RegisterStore(database: db)
            let reporting = Reporting(store: ReportStore(beside: register), register: register, headline: nil)
            let regie = accounts[.steeringGroup]!, captain = accounts[.captain]!
            let round = try await reporting.open(name: "R " + text, periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2099-01-15", by: regie)
            let start = try await reporting.report(round: round, line: "groene-long")
            let input = LineReportInput(
                actions: start.actions.map { .init(action: $0.action, status: "running", signal: "risk", account: text, evidence: "https://example.org/x", nextStep: text) },
                summary: text, wentWell: text, stuck: text, escalation: text)
            let submitted = try await reporting.save(input, round: round.id, line: "groene-long", version: 0, submit: true, by: captain)
            let back = try await reporting.sendBack(round: round.id, line: "groene-long", version: submitted.version, comment: text, by: regie)
            _ = try await reporting.answer(round: round.id, line: "groene-long", version: back.version, text: text, by: regie)
            for (role, account) in [("regie", regie), ("aanvoerder", captain)] {
                let session = try await app.logIn(account.email).cookies
                for path in ["/voortgang", "/voortgang/\(round.id)", "/voortgang/\(round.id)/groene-long", "/account"] {
                    bodies["\(path)#\(role)"] = try await app.get(path, cookies: session).body.string
                        // The form tokens differ per session and page view.
                        .replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
                }
            }
            bodies["/voortgang.ics"] = try await app.get("/voortgang.ics").body.string
            // The body that adopted the report is typed too, and shows to everyone.
            _ = try await reporting.adopt(round: round.id, decidedOn: "2021-09-01", decidedBy: "BKO " + text, by: regie)
            for path in ["/verantwoording", "/verantwoording/\(round.id)"] { bodies[path] = try await app.get(path).body.string }
            bodies["api"] = try await app.get("/api/v1/reports/\(round.id)").body.string
        }
        return bodies
    }

    @Test(arguments: HostilePayloadTests.payloads.map(\.name).filter { $0 != "long" })
    func noReportTextChangesAReportingPage(payload name: String) async throws {
        let payload = try #require(HostilePayloadTests.payloads.first { $0.name == name }).text
        let hostile = try await Self.render(payload)
        let harmless = try await Self.render(HostilePayloadTests.harmless(payload))
        let pages = hostile.filter { !$0.key.hasSuffix(".ics") && $0.key != "api" }
        try HostilePayloadTests.expectSameShapes(pages, harmless.filter { !$0.key.hasSuffix(".ics") && $0.key != "api" })
        // In the API's JSON the texts come back as they were typed, the document still one object.
        let apiText = try #require(hostile["api"])
        let api = try #require(try JSONSerialization.jsonObject(with: Data(apiText.utf8)) as? [String: Any])
        #expect(api["decidedBy"] as? String == "BKO " + payload.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(((api["report"] as? [String: Any])?["escalations"] as? [[String: Any]])?.first?["ask"] as? String
                == payload.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(pages.values.filter { $0.contains(Escaped.html(String(payload.prefix(30)))) }.count >= 6, "the payload reached the pages")
        // In the calendar a payload's line breaks, commas and semicolons are escaped: it stays one property.
        let calendar = try #require(hostile["/voortgang.ics"])
        #expect(calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("SUMMARY:") }.count == 1)
        #expect(!calendar.contains("\n\n") && !calendar.contains("\r\nBEGIN:VEVENT\r\nBEGIN"))
    }

    @Test func aScriptLinkAsEvidenceIsRefusedByName() async throws {
        try await withStipAccounts { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let register = RegisterStore(database: db)
            let reporting = Reporting(store: ReportStore(beside: register), register: register, headline: nil)
            let round = try await reporting.open(name: "R", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2099-01-15", by: accounts[.steeringGroup]!)
            let start = try await reporting.report(round: round, line: "groene-long")
            let action = try #require(start.actions.first).action
            let session = try await app.logIn(accounts[.captain]!.email).cookies
            let page = try await app.postForm("/voortgang/\(round.id)/groene-long", [
                ("a.\(action).status", "running"), ("a.\(action).signal", "risk"), ("a.\(action).evidence", "javascript:alert(1)"), ("version", "0"), ("step", "submit"),
            ], cookies: session)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("is geen link"))
            #expect(!page.body.string.contains(#"href="javascript"#))
            #expect(try await ReportStore(beside: register).report(round: round.id, line: "groene-long") == nil, "nothing saved")
        }
    }
}

/// The evaluation's texts join the walk too: its name, five answers' comments (enough to be shown)
/// and a decision's reason hold the payload on the overview and the evaluation's page.
@Suite(.serialized) struct EvaluationHostileTests {
    static func render(_ text: String) async throws -> [String: String] {
        var bodies: [String: String] = [:]
        try await withStipAccounts { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let register = RegisterStore(database: db)
            let evaluating = Evaluating(store: EvaluationStore(beside: register), register: register)
            let regie = accounts[.steeringGroup]!
            let evaluation = try await evaluating.open(year: 2026, name: "E " + text, opensOn: "2026-01-01", closesOn: "2099-12-31", by: regie)
            for index in 0..<5 {
                let member = Account(id: "lid-\(index)", email: "lid\(index)@zl.nl", role: .captain, teams: ["team-groene-long"])
                try await evaluating.answer(EvaluationResponse(
                    evaluation: evaluation.id, unit: EvaluationUnit(.team, "team-groene-long"),
                    scores: Dictionary(uniqueKeysWithValues: EvaluationQuestion.allCases.map { ($0, 3) }), comment: "\(index) " + text), by: member)
            }
            _ = try await evaluating.decide(evaluation: evaluation.id, subject: .team("team-groene-long"), verdict: .steer, reason: text,
                                            decidedOn: "2026-12-01", by: regie)
            let session = try await app.logIn(regie.email).cookies
            for path in ["/evaluatie", "/evaluatie/\(evaluation.id)"] {
                bodies[path] = try await app.get(path, cookies: session).body.string
                    .replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #"value="20[0-9-]+""#, with: "", options: .regularExpression)
            }
        }
        return bodies
    }

    @Test(arguments: HostilePayloadTests.payloads.map(\.name).filter { $0 != "long" })
    func noEvaluationTextChangesItsPages(payload name: String) async throws {
        let payload = try #require(HostilePayloadTests.payloads.first { $0.name == name }).text
        let hostile = try await Self.render(payload)
        try HostilePayloadTests.expectSameShapes(hostile, try await Self.render(HostilePayloadTests.harmless(payload)))
        #expect(hostile.values.filter { $0.contains(Escaped.html(String(payload.prefix(30)))) }.count >= 1, "the payload reached the pages")
    }
}
