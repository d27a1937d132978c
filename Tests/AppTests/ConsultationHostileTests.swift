@testable import App
import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The consultation's typed fields join the hostile-payload walk: a round's title and invitation,
/// an answer's three texts, a partner's and a member of the public's name and organisation, and a
/// disposition's note and changes hold the payload, and the rounds list, the round page, the
/// triage page and the private link must have the element tree they have with a harmless text of
/// the same length.
@Suite(.serialized) struct ConsultationHostileTests {
    static func render(_ text: String) async throws -> [String: String] {
        var bodies: [String: String] = [:]
        try await withStipAccounts { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let register = RegisterStore(database: db)
            // The answers a second apart, so they come in the same order on every run.
            let clock = LoginThrottleTests.Clock()
            let consulting = Consulting(store: ConsultationStore(beside: register), register: register, document: { PlanDocumentRoutes.document($0) },
                                        now: clock.now)
            let regie = accounts[.steeringGroup]!
            let invited = Invitation(kinds: [.foreignGovernment], countries: [.de], everyone: true)
            let round = try await consulting.open(title: "R " + text, invitation: text, version: "1.0", opensOn: "2026-01-01", closesOn: "2099-12-31",
                                                  invited: invited, by: regie)
            let input = ConsultationAnswerInput(about: "4.5", enthusiastic: text, differently: text, participation: "yes", contributions: ["money"], how: text)
            clock.advance(1)
            let partner = try await consulting.answer(input, in: round.id, organisation: "stadt-aachen", followToken: "token-partner", by: accounts[.partner]!)
            clock.advance(1)
            let citizen = try await consulting.answerAsPublic(input, in: round.id, name: "N " + String(text.prefix(100)), organisation: String(text.prefix(100)), email: "n@example.nl",
                                                              namePublished: true, followToken: "token-citizen")
            _ = try await consulting.moderate([citizen.id: 1], in: round.id, publish: true, by: regie)
            // Changes must lead somewhere, so they hold no typed text; the note does.
            _ = try await consulting.dispose([partner.id: 1, citizen.id: 2], in: round.id, owner: "team-groene-long", kind: .notAdopted, note: text,
                                             changes: ["section:4.5"], by: regie)
            // The team declines the citizen's offer with a note that holds the payload.
            let offers = OfferDeciding(consultation: ConsultationStore(beside: register), register: register, money: PeopleAndMoneyStore(beside: register),
                                       document: { PlanDocumentRoutes.document($0) }, sources: try #require(PlanDocumentRoutes.sources))
            try await offers.decline(citizen.id, version: 3, team: "team-groene-long", note: text, by: regie)
            let session = try await app.logIn(regie.email).cookies
            bodies["/consultatie"] = try await app.get("/consultatie").body.string
            bodies["round"] = try await app.get("/consultatie/\(round.id)").body.string
            bodies["triage"] = try await app.get("/consultatie/\(round.id)/beheer", cookies: session).body.string
                .replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"a[.-][0-9a-f-]{36}"#, with: "a-id", options: .regularExpression)
            bodies["follow"] = try await app.get("/consultatie/volg/token-citizen").body.string
            bodies["reactienota"] = try await app.get("/consultatie/\(round.id)/reactienota").body.string
            bodies["reactienota.csv"] = try await app.get("/consultatie/\(round.id)/reactienota.csv").body.string
            bodies["answers.json"] = try await app.get("/api/v1/consultations/\(round.id)/answers").body.string
            // Both answers say ‘ja’ and are with the team: offers on its members page.
            bodies["offers"] = try await app.get("/structuur/teams/team-groene-long/leden", cookies: session).body.string
                .replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"aanbiedingen/[0-9a-f-]{36}"#, with: "aanbiedingen/id", options: .regularExpression)
        }
        return bodies
    }

    @Test(arguments: HostilePayloadTests.payloads.map(\.name).filter { $0 != "long" })
    func noAnswerTextChangesAConsultationPage(payload name: String) async throws {
        let payload = try #require(HostilePayloadTests.payloads.first { $0.name == name }).text
        var hostile = try await Self.render(payload)
        var harmless = try await Self.render(HostilePayloadTests.harmless(payload))
        let csv = hostile.removeValue(forKey: "reactienota.csv")
        HostilePayloadTests.expectNoFormula(try #require(csv), in: "reactienota.csv")
        harmless["reactienota.csv"] = nil
        // The open data is JSON that keeps the text as typed.
        let answers = hostile.removeValue(forKey: "answers.json")
        let json = try #require(answers)
        let items = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.contains { $0["how"] as? String == payload.trimmingCharacters(in: .whitespacesAndNewlines) })
        harmless["answers.json"] = nil
        try HostilePayloadTests.expectSameShapes(hostile, harmless)
        #expect(hostile.values.filter { $0.contains(Escaped.html(String(payload.trimmingCharacters(in: .whitespacesAndNewlines).prefix(20)))) }.count >= 3,
                "the payload reached the pages")
    }
}

