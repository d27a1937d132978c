@testable import App
import Core
import Foundation
import Storage
import Testing
import VaporTesting

/// E-mail addresses are personal data: after people with and without display names have
/// changed things, no page a visitor can open and no answer of the public API contains one.
/// They see the name, or the role; the e-mail is for the beheerder and the person themselves.
@Suite struct PrivateIdentityTests {
    static let emailPattern = #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#

    @Test func noAnonymousPageOrPublicAPIAnswerShowsAnEmailAddress() async throws {
        try await withStipAccounts { app, accounts in
            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let named = try await AccountCreation.create(
                email: "m.janssen@zuid-limburg.nl", role: .steeringGroup, teams: [], password: testPassword, name: "Marij Janssen", in: store, cost: 4)
            // Edits by a named account and by accounts known only by their role, through forms.
            for email in [named.email, accounts[.captain]!.email, accounts[.administrator]!.email] {
                let session = try await app.logIn(email).cookies
                let form = try await app.get("/acties/groene-long-k01/bewerken", cookies: session).body.string
                let version = try #require(form.range(of: #"name="version" value="[0-9]+""#, options: .regularExpression).map {
                    String(form[$0].split(separator: "\"")[3])
                })
                let saved = try await app.postForm("/acties/groene-long-k01/bewerken", [
                    ("version", version), ("title", "Team Groene Long vormen, door \(email.prefix(5))"), ("status", "running"),
                ], cookies: session)
                #expect([200, 303].contains(saved.status.code), "\(email): \(saved.status.code)")
            }
            let history = try await app.get("/acties/groene-long-k01").body.string
            #expect(history.contains("Marij Janssen") && history.contains("aanvoerder") && history.contains("beheerder"))

            var walked = 0
            for route in app.routes.all where route.method == .GET {
                let path = RouteWalkTests.path(of: route)
                let body = try await app.get(path).body.string
                if let found = body.range(of: Self.emailPattern, options: .regularExpression) {
                    Issue.record("\(path) shows \(body[found]) to a visitor")
                }
                walked += 1
            }
            #expect(walked >= 60)
            // The beheerder still sees who, by e-mail, in the audit trail.
            let administrator = try await app.logIn(accounts[.administrator]!.email).cookies
            #expect(try await app.get("/rekenschap", cookies: administrator).body.string.contains("m.janssen@zuid-limburg.nl"))
        }
    }

    @Test func aDisplayNameCannotCarryAnEmailAddress() async throws {
        #expect(throws: AccountInputError.self) { try AccountInput.displayName("mij via a@b.nl") }
        #expect(try AccountInput.displayName("  ") == nil)
        #expect(try AccountInput.displayName(" Marij Janssen ") == "Marij Janssen")
    }
}
