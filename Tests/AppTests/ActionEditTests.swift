@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// Editing an action: who may, what is checked, two people at once, and what the trail keeps.
@Suite struct ActionEditTests {
    /// The first short-term action of the Groene Long line: the Groene Long team's.
    let actionID = "groene-long-k01"

    func form(_ title: String, status: String = "running", year: String = "", version: Int) -> [(String, String)] {
        [("title", title), ("status", status), ("period", ""), ("year", year), ("ownerTeam", ""), ("ownerOrganisation", ""), ("version", "\(version)")]
    }

    @Test func anAanvoerderEditsTheirTeamsActionAndSeesItInItsHistory() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.captain]!.email).cookies
            #expect(try await app.get("/acties/\(actionID)/bewerken", cookies: session).status == .ok)
            let saved = try await app.postForm("/acties/\(actionID)/bewerken", form("Team Groene Long formeren", version: 1), cookies: session)
            #expect(saved.status == .seeOther)
            let page = try await app.get("/acties/\(actionID)").body.string
            #expect(page.contains("Team Groene Long formeren"))
            #expect(page.contains("lopend"))
            // By role (the account has no display name), never by e-mail on a public page.
            #expect(page.contains("<td>aanvoerder</td>") && !page.contains(accounts[.captain]!.email))
            #expect(page.contains("Status</strong>: “gepland” → “lopend”"))
        }
    }

    @Test func nobodyElseEditsAnotherTeamsAction() async throws {
        try await withStipAccounts { app, accounts in
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            // The captain leads the Groene Long team, not the Europese schakelregio team.
            #expect(try await app.get("/acties/europese-schakelregio-k01/bewerken", cookies: captain).status == .forbidden)
            let refused = try await app.postForm("/acties/europese-schakelregio-k01/bewerken", form("Anders", version: 1), cookies: captain)
            #expect(refused.status == .forbidden)
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            #expect(try await app.get("/acties/\(actionID)/bewerken", cookies: partner).status == .forbidden)
            #expect(try await app.get("/acties/\(actionID)/bewerken").status == .seeOther)
            #expect(try await app.get("/acties/\(actionID)").body.string.contains(SeedPlan.register.action(actionID)!.title))
        }
    }

    @Test func twoBrowsersEditingTheSameActionLoseNothing() async throws {
        try await withStipAccounts { app, accounts in
            let first = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let second = try await app.logIn(accounts[.administrator]!.email).cookies
            // Both open the form on version 1; the first saves.
            #expect(try await app.postForm("/acties/\(actionID)/bewerken", form("Titel van de regiegroep", version: 1), cookies: first).status == .seeOther)
            let conflict = try await app.postForm("/acties/\(actionID)/bewerken", form("Titel van de beheerder", status: "done", version: 1), cookies: second)
            #expect(conflict.status == .conflict)
            let page = conflict.body.string
            #expect(page.contains("Iemand anders was je voor"))
            #expect(page.contains("Titel van de regiegroep"))
            #expect(page.contains("Titel van de beheerder"))
            #expect(page.contains("name=\"version\" value=\"2\""))
            #expect(try await app.get("/acties/\(actionID)").body.string.contains("Titel van de regiegroep"))
            // Having seen both, the second saves theirs knowingly.
            #expect(try await app.postForm("/acties/\(actionID)/bewerken", form("Titel van de beheerder", version: 2), cookies: second).status == .seeOther)
        }
    }

    @Test func aFieldThatCannotBeSavedSaysWhyAndKeepsWhatWasTyped() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let response = try await app.postForm("/acties/\(actionID)/bewerken", form("  ", year: "twintig", version: 1), cookies: session)
            #expect(response.status == .unprocessableEntity)
            let page = response.body.string
            #expect(page.contains("Vul dit in."))
            #expect(page.contains("‘twintig’ is geen getal."))
            #expect(page.contains("value=\"twintig\""))
            #expect(try await app.get("/acties/\(actionID)").body.string.contains(SeedPlan.register.action(actionID)!.title))
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func theAPIRefusesAStaleVersionWithTheCurrentRecordAndKeepsTheTrail(database: ScratchDatabase) async throws {
        try await withStipAndStore(database) { app, _ in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let accounts = AccountStore(database: db)
            let steering = try await AccountCreation.create(email: "r@zl.nl", role: .steeringGroup, teams: [], password: testPassword, in: accounts, cost: 4)
            let partner = try await AccountCreation.create(email: "p@zl.nl", role: .partner, teams: [], password: testPassword, in: accounts, cost: 4)
            let token = "token-van-de-regiegroep", partnerToken = "token-van-de-partner"
            _ = try await accounts.createAPIToken(accountID: steering.id, name: "t", tokenHash: Secret.fingerprint(token))
            _ = try await accounts.createAPIToken(accountID: partner.id, name: "t", tokenHash: Secret.fingerprint(partnerToken))

            func put(_ fields: [String: Any], _ bearer: String) async throws -> TestingHTTPResponse {
                var headers = HTTPHeaders()
                headers.bearerAuthorization = .init(token: bearer)
                headers.contentType = .json
                return try await app.testing().sendRequest(.PUT, "/api/v1/actions/\(actionID)", headers: headers,
                                                           body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: fields)))
            }
            struct Record: Decodable { struct Values: Decodable { var status: String }; var version: Int; var values: Values }
            #expect(try await put(["status": "running", "version": 1], partnerToken).status == .forbidden)
            let saved = try await put(["status": "running", "version": 1], token)
            #expect(saved.status == .ok)
            #expect(try JSONDecoder().decode(Record.self, from: Data(buffer: saved.body)).version == 2)

            let stale = try await put(["status": "cancelled", "version": 1], token)
            #expect(stale.status == .conflict)
            let current = try JSONDecoder().decode(Record.self, from: Data(buffer: stale.body))
            #expect(current.version == 2 && current.values.status == "running")
            // What the client sends must be fields Stip knows; a typo is named, not ignored.
            let typo = try await put(["statsu": "done", "version": 2], token)
            #expect(typo.status == .badRequest)
            #expect(typo.body.string.contains("statsu"))

            let trail = try await app.get("/api/v1/audit?entity=actions&id=\(actionID)", bearer: token)
            #expect(trail.status == .ok)
            struct Records: Decodable { var count: Int; var items: [AuditRecord] }
            let records = try JSONDecoder().decode(Records.self, from: Data(buffer: trail.body))
            #expect(records.count == 1)
            #expect(records.items.first?.accountEmail == "r@zl.nl")
            #expect(records.items.first?.before?.contains("\"status\":\"planned\"") == true)
            #expect(records.items.first?.after?.contains("\"status\":\"running\"") == true)
            #expect(try await app.get("/api/v1/audit", bearer: partnerToken).status == .forbidden)
            let all = try await AuditTrail(database: db).records()
            #expect(Set(all.map(\.entity)) == ["actions", "accounts", "plans", "api-tokens"])
        }
    }

    @Test func theAuditPageFiltersAndExportsCSV() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            _ = try await app.postForm("/acties/\(actionID)/bewerken", form("Nieuwe titel, met komma", version: 1), cookies: session)
            let page = try await app.get("/rekenschap?entity=actions", cookies: session)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Nieuwe titel, met komma"))
            #expect(!page.body.string.contains("plans zuid-limburg-pva"))
            let csv = try await app.get("/rekenschap.csv?entity=actions", cookies: session).body.string
            #expect(csv.hasPrefix("at,account,entity,entity_id,operation,field,before,after\r\n"))
            #expect(csv.contains(",title,"))
            #expect(csv.contains("\"Nieuwe titel, met komma\""))
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            #expect(try await app.get("/rekenschap", cookies: captain).status == .forbidden)
        }
    }
}
