@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The forms and API writes every kind of record has: create, edit, delete, what is refused
/// and why, and who may.
@Suite struct RecordEditTests {
    @Test func theRegiegroepAddsAnOrganisationAndSeesItWithItsHistory() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            #expect(try await app.get("/organisaties/nieuw", cookies: session).status == .ok)
            let saved = try await app.postForm("/organisaties/nieuw", [
                ("name", "Stichting Heuvellandschap"), ("kind", "civilSociety"), ("country", "NL"), ("aliases", "Heuvellandschap\nSH"),
            ], cookies: session)
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/organisaties/stichting-heuvellandschap")
            let page = try await app.get("/organisaties/stichting-heuvellandschap").body.string
            #expect(page.contains("Stichting Heuvellandschap"))
            #expect(page.contains("aangemaakt"))
            #expect(page.contains("<td>regiegroep</td>") && !page.contains(accounts[.steeringGroup]!.email))
            #expect(page.contains("Ook genoemd als</strong>: “” → “Heuvellandschap; SH”"))
        }
    }

    @Test func aRefusedFormSaysWhyPerFieldAndKeepsWhatWasTyped() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.administrator]!.email).cookies
            let refused = try await app.postForm("/opgaven/nieuw", [("number", "2"), ("title", "Gezond ouder worden"), ("id", "Fout Id")], cookies: session)
            #expect(refused.status == .unprocessableEntity)
            let page = refused.body.string
            #expect(page.contains("Nummer 2 is al in gebruik."))
            #expect(page.contains("‘Fout Id’ kan geen id zijn"))
            #expect(page.contains("value=\"Gezond ouder worden\""))
            #expect(page.contains("aria-invalid=\"true\""))
            #expect(try await app.get("/opgaven").body.string.contains("Gezond ouder worden") == false)
        }
    }

    @Test func somethingOthersReferToIsNotDeletedButExplained() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let question = try await app.get("/actielijnen/groene-long/verwijderen", cookies: session).body.string
            #expect(question.contains("Dit kan niet worden verwijderd"))
            #expect(question.contains("/acties/groene-long-k01"))
            let refused = try await app.postForm("/actielijnen/groene-long/verwijderen", [("version", "1")], cookies: session)
            #expect(refused.status == .conflict)
            #expect(try await app.get("/actielijnen/groene-long").status == .ok)

            // A record nobody refers to goes, and stays in the audit trail.
            _ = try await app.postForm("/programmas/nieuw", [("name", "Proefprogramma")], cookies: session)
            let form = try await app.get("/programmas/proefprogramma/verwijderen", cookies: session).body.string
            let version = try #require(versionField(in: form))
            let deleted = try await app.postForm("/programmas/proefprogramma/verwijderen", [("version", version)], cookies: session)
            #expect(deleted.status == .seeOther)
            #expect(try await app.get("/programmas/proefprogramma").status == .notFound)
            let trail = try await app.get("/rekenschap?entity=programmes", cookies: session).body.string
            #expect(trail.contains("verwijderd") && trail.contains("aangemaakt"))
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func theAPICreatesEditsAndDeletesWithVersions(database: ScratchDatabase) async throws {
        try await withStipAndStore(database) { app, _ in
            let token = try await Self.token(app, role: .steeringGroup)
            let created = try await Self.send(app, .POST, "/api/v1/people", ["name": "Bo Smeets", "organisation": "gemeente-heerlen"], token)
            #expect(created.status == .created)
            let record = try JSONDecoder().decode(Record.self, from: Data(buffer: created.body))
            #expect(record.id == "bo-smeets" && record.values["organisation"] == "gemeente-heerlen")
            #expect(try await app.get("/api/v1/people/bo-smeets").status == .ok)

            let edited = try await Self.send(app, .PUT, "/api/v1/people/bo-smeets", ["name": "Bo Smeets-Coenen", "version": record.version], token)
            #expect(edited.status == .ok)
            let saved = try JSONDecoder().decode(Record.self, from: Data(buffer: edited.body)).version
            #expect(saved > record.version, "a save gives a higher version")
            let invalid = try await Self.send(app, .PUT, "/api/v1/people/bo-smeets", ["organisation": "bestaat-niet", "version": saved], token)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.body.string.contains("\"field\":\"organisation\""))

            #expect(try await Self.send(app, .DELETE, "/api/v1/people/bo-smeets?version=\(record.version)", nil, token).status == .conflict)
            #expect(try await Self.send(app, .DELETE, "/api/v1/people/bo-smeets?version=\(saved)", nil, token).status == .noContent)
            #expect(try await app.get("/api/v1/people/bo-smeets").status == .notFound)
        }
    }

    @Test func anAanvoerderAddsMembersToTheirOwnTeamOnly() async throws {
        try await withStipAndStore { app, _ in
            let captain = try await Self.token(app, role: .captain)
            let steering = try await Self.token(app, role: .steeringGroup)
            #expect(try await Self.send(app, .POST, "/api/v1/people", ["name": "Cas"], captain).status == .forbidden)
            #expect(try await Self.send(app, .POST, "/api/v1/people", ["name": "Cas"], steering).status == .created)
            let own = ["person": "cas", "team": "team-groene-long", "role": "member", "from": "2021-01-04"]
            #expect(try await Self.send(app, .POST, "/api/v1/memberships", own, captain).status == .created)
            var other = own
            other["team"] = "team-europese-schakelregio"
            #expect(try await Self.send(app, .POST, "/api/v1/memberships", other, captain).status == .forbidden)
            #expect(try await Self.send(app, .POST, "/api/v1/organisations", ["name": "X", "kind": "company", "country": "NL"], captain).status == .forbidden)
        }
    }

    struct Record: Decodable { var id: String; var version: Int; var values: [String: String] }

    /// A bearer token for a new account of the role (an aanvoerder leads the Groene Long team).
    static func token(_ app: Application, role: AccountRole) async throws -> String {
        let accounts = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
        let account = try await AccountCreation.create(
            email: "\(role.rawValue)-api@zl.nl", role: role, teams: role == .captain ? ["team-groene-long"] : [],
            password: testPassword, in: accounts, cost: 4)
        let token = "token-\(role.rawValue)"
        _ = try await accounts.createAPIToken(accountID: account.id, name: "test", tokenHash: Secret.fingerprint(token))
        return token
    }

    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ body: [String: Any]?, _ token: String) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        headers.contentType = .json
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        return try await app.testing().sendRequest(method, path, headers: headers, body: ByteBuffer(data: data))
    }
}
