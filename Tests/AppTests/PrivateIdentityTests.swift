@testable import App
import Core
import Foundation
import StipTestSupport
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
            // Edits by a named account and by accounts known only by their role, through forms.
            for (email, _, saved) in try await Self.editAsNamedAndUnnamed(app, accounts, store: store, title: { "Team Groene Long vormen, door \($0.prefix(5))" }).answers {
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

    /// Logged in, a person sees their own address (on /account and /api/v1/me) and nobody else's,
    /// after others have left traces everywhere they can: edits, a member, a measurement, an
    /// investment, a failed login, tokens. The regiegroep and the beheerder see others' addresses
    /// only where changes and accounts are accounted for: the audit trail and /beheer.
    @Test func noRoleSeesAnotherPersonsEmailOutsideTheAuditTrailAndAccounts() async throws {
        try await withStipMoney { app, accounts in
            let database = try #require(app.storage[TestDatabaseKey.self])
            let store = AccountStore(database: database)
            let (named, answers) = try await Self.editAsNamedAndUnnamed(app, accounts, store: store, title: { _ in "Team Groene Long vormen" })
            for (email, session, saved) in answers {
                #expect(saved.status == .seeOther, "\(email): \(saved.status.code)")
                #expect(try await app.postForm("/account/tokens", [("name", "van \(email.prefix(5))")], cookies: session).status == .ok)
            }
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            #expect(try await app.postForm("/structuur/teams/team-groene-long/leden", [
                ("name", "Lid van Groene Long"), ("role", "member"), ("from", "2021-01-01")], cookies: captain).status == .seeOther)
            let target = try #require(SeedPlan.register.ambitions.flatMap(\.targets).first { $0.id == "brp-5-procent" })
            try await TargetMeasurementStore(database: database).add(
                TargetMeasurement(id: "meting-janssen", target: target.id, date: "2021-01-01", reading: .indexedGrowth(region: 101, benchmark: 100), source: "CBS"),
                of: target, by: named)
            try await PeopleAndMoneyStore(database: database).saveInvestment(
                Investment(id: "investering-janssen", actionLine: "groene-long", source: .region, status: .expected, amount: Money(euros: 1_000), description: "Paden"),
                version: 0, by: named)
            #expect(try await app.logIn("iemand.anders@zuid-limburg.nl").status == .unauthorized)

            let everyone = Set(accounts.values.map(\.email) + [named.email, "iemand.anders@zuid-limburg.nl"])
            for role in [AccountRole.partner, .captain, .steeringGroup, .administrator] {
                let own = accounts[role]!.email
                let session = try await app.logIn(own).cookies
                let page = try await app.postForm("/account/tokens", [("name", "walk")], cookies: session).body.string
                let token = try #require(page.range(of: #"<code>[^<]+</code>"#, options: .regularExpression).map { String(page[$0].dropFirst(6).dropLast(7)) })
                var seen: Set<String> = []
                for route in app.routes.all where route.method == .GET {
                    let pattern = RouteWalkTests.pattern(route), path = RouteWalkTests.path(of: route)
                    let body = path.hasPrefix("/api/") ? try await app.get(path, bearer: token).body.string : try await app.get(path, cookies: session).body.string
                    for address in Self.addresses(in: body) {
                        seen.insert(address)
                        if address == own ? Self.ownAddressShown(pattern, role) : Self.othersAddressesShown(pattern, role) { continue }
                        Issue.record("\(path) shows \(address) to the \(role.rawValue)")
                    }
                }
                // The walk met the others' addresses where they belong: it is not passing for want of any.
                if Permission.readAudit.isAllowed(for: accounts[role]) { #expect(seen.isSuperset(of: everyone), "\(role): \(everyone.subtracting(seen))") }
                else { #expect(seen == [own]) }
            }
        }
    }

    /// Where a logged-in person sees their own address: their account page and its API twin.
    static func ownAddressShown(_ pattern: String, _ role: AccountRole) -> Bool {
        ["/account", "/api/v1/me"].contains(pattern) || othersAddressesShown(pattern, role)
    }

    /// Where the regiegroep and the beheerder see who did what by address: the audit trail and the
    /// accounts (which the GET policy opens to the beheerder alone).
    static func othersAddressesShown(_ pattern: String, _ role: AccountRole) -> Bool {
        guard Permission.readAudit.isAllowed(for: Account(id: "", email: "", role: role)) else { return false }
        return ["/rekenschap", "/rekenschap.csv", "/api/v1/audit"].contains(pattern) || pattern.hasPrefix("/beheer/")
    }

    static func addresses(in text: String) -> [String] {
        var found: [String] = [], rest = text.startIndex..<text.endIndex
        while let match = text.range(of: emailPattern, options: .regularExpression, range: rest) {
            found.append(String(text[match]))
            rest = match.upperBound..<text.endIndex
        }
        return found
    }

    @Test func aDisplayNameCannotCarryAnEmailAddress() async throws {
        #expect(throws: AccountInputError.self) { try AccountInput.displayName("mij via a@b.nl") }
        #expect(try AccountInput.displayName("  ") == nil)
        #expect(try AccountInput.displayName(" Marij Janssen ") == "Marij Janssen")
    }

    /// Makes an account with a display name (Marij Janssen, regiegroep), then edits the Groene
    /// Long action through its form as her, the aanvoerder and the beheerder: her account, and each one's session and save.
    static func editAsNamedAndUnnamed(
        _ app: Application, _ accounts: [AccountRole: Account], store: AccountStore, title: (String) -> String
    ) async throws -> (named: Account, answers: [(email: String, session: String, saved: TestingHTTPResponse)]) {
        let named = try await AccountCreation.create(
            email: "m.janssen@zuid-limburg.nl", role: .steeringGroup, teams: [], password: testPassword, name: "Marij Janssen", in: store, cost: 4)
        var answers: [(email: String, session: String, saved: TestingHTTPResponse)] = []
        for email in [named.email, accounts[.captain]!.email, accounts[.administrator]!.email] {
            let session = try await app.logIn(email).cookies
            let version = try #require(versionField(in: try await app.get("/acties/groene-long-k01/bewerken", cookies: session).body.string))
            answers.append((email, session, try await app.postForm("/acties/groene-long-k01/bewerken", [
                ("version", version), ("title", title(email)), ("status", "running"),
            ], cookies: session)))
        }
        return (named, answers)
    }
}
