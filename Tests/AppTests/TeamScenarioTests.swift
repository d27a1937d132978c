import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The walk-through: an aanvoerder joins their team, its checks change, they edit
/// one of its actions and find it in the history; an aanvoerder of another team cannot.
@Suite struct TeamScenarioTests {
    @Test func anAanvoerderJoinsTheGroeneLongTeamAndEditsItsAction() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.captain]!.email).cookies
            let before = try await app.get("/structuur/teams/team-groene-long").body.string
            #expect(before.contains("Open: het team heeft nog geen aanvoerder."))

            #expect(try await app.get("/structuur/teams/team-groene-long/leden", cookies: session).status == .ok)
            let joined = try await app.postForm("/structuur/teams/team-groene-long/leden", [
                ("person", ""), ("name", "Anna Ëlsen"), ("organisation", "provincie-limburg"), ("role", "captain"),
                ("from", "2021-01-04"), ("until", ""),
            ], cookies: session)
            #expect(joined.status == .seeOther)
            let after = try await app.get("/structuur/teams/team-groene-long").body.string
            #expect(after.contains("In orde: het team heeft een aanvoerder."))
            #expect(after.contains("Anna Ëlsen"))
            #expect(try await app.get("/structuur/mensen/anna-elsen").status == .ok)

            let edited = try await app.postForm("/acties/groene-long-k01/bewerken", [
                ("title", "Opgavegericht team Groene Long gevormd"), ("status", "done"), ("period", ""), ("year", ""),
                ("ownerTeam", "team-groene-long"), ("ownerOrganisation", ""), ("version", "1"),
            ], cookies: session)
            #expect(edited.status == .seeOther)
            let history = try await app.get("/acties/groene-long-k01").body.string
            #expect(history.contains("afgerond"))
            #expect(history.contains("<td>aanvoerder</td>") && !history.contains(accounts[.captain]!.email))

            // An aanvoerder of another team can neither join this team nor edit its action.
            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let other = try await AccountCreation.create(
                email: "steden@zuid-limburg.nl", role: .captain, teams: ["team-sterke-en-gezonde-steden"], password: testPassword, in: store, cost: 4)
            let otherSession = try await app.logIn(other.email).cookies
            #expect(try await app.get("/structuur/teams/team-groene-long/leden", cookies: otherSession).status == .forbidden)
            #expect(try await app.get("/acties/groene-long-k01/bewerken", cookies: otherSession).status == .forbidden)
        }
    }

    @Test func aMembershipThatEndsStaysAsHistory() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            _ = try await app.postForm("/structuur/teams/team-groene-long/leden", [
                ("name", "Bert Bos"), ("role", "member"), ("from", "2021-01-04"), ("until", "2021-06-30"),
            ], cookies: session)
            let page = try await app.get("/structuur/teams/team-groene-long").body.string
            #expect(page.contains("Eerdere leden"))
            #expect(page.contains("Bert Bos"))
            let refused = try await app.postForm("/structuur/teams/team-groene-long/leden", [
                ("name", ""), ("role", "member"), ("from", "4 januari"),
            ], cookies: session)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Kies een bestaande persoon of geef een naam."))
            #expect(refused.body.string.contains("‘4 januari’ is geen datum"))
        }
    }
}
