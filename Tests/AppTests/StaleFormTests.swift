@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// A form opened before the plan was loaded again (`stip seed --replace`, from another process)
/// or before its record was deleted and made again carries a version the record never has
/// again: saving it is refused with 409, the saved values beside the typed ones, nothing lost.
@Suite struct StaleFormTests {
    @Test func aFormFromBeforeAReloadIsRefusedWithTheSavedValuesBesideTheTyped() async throws {
        try await withStipAccounts { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let path = "/acties/groene-long-k01/bewerken"
            let opened = try #require(versionField(in: try await app.get(path, cookies: session).body.string))
            // As `stip seed --replace` does it: another store, as another process would hold.
            try await RegisterStore(database: db).load(SeedPlan.register, replacing: true)
            let refused = try await app.postForm(path, [("title", "Getypt voor het herladen"), ("status", "running"), ("period", ""), ("year", ""),
                                                        ("ownerTeam", ""), ("ownerOrganisation", ""), ("version", opened)], cookies: session)
            #expect(refused.status == .conflict)
            let page = refused.body.string
            #expect(page.contains("Getypt voor het herladen"))
            #expect(page.contains(Escaped.html(SeedPlan.register.action("groene-long-k01")!.title)))
            let offered = try #require(versionField(in: page).flatMap { Int($0) })
            #expect(offered > Int(opened)!, "the form offers the saved version to save again knowingly")
        }
    }

    @Test func aFormFromBeforeADeleteAndRecreateIsRefusedWithTheSavedValuesBesideTheTyped() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let fields = [("name", "Stichting Proef"), ("kind", "company"), ("country", "NL"), ("aliases", ""), ("mentions", "")]
            #expect(try await app.postForm("/organisaties/nieuw", fields, cookies: session).status == .seeOther)
            let path = "/organisaties/stichting-proef/bewerken"
            let opened = try #require(versionField(in: try await app.get(path, cookies: session).body.string))
            #expect(try await app.postForm("/organisaties/stichting-proef/verwijderen", [("version", opened)], cookies: session).status == .seeOther)
            #expect(try await app.postForm("/organisaties/nieuw", [("name", "Stichting Proef"), ("kind", "civilSociety"), ("country", "BE"),
                                                                  ("aliases", ""), ("mentions", "")], cookies: session).status == .seeOther)
            let refused = try await app.postForm(path, [("name", "Stichting Proef (oud formulier)"), ("kind", "company"), ("country", "NL"),
                                                        ("aliases", ""), ("mentions", ""), ("version", opened)], cookies: session)
            #expect(refused.status == .conflict)
            let page = refused.body.string
            #expect(page.contains("Stichting Proef (oud formulier)"))
            // The conflict table's row for the country: what the record made again holds, then what was typed.
            #expect(page.contains(#"<th scope="row">Land</th><td>België</td><td>Nederland</td>"#), "\(page)")
            #expect(try await app.get("/organisaties/stichting-proef").body.string.contains("Stichting Proef (oud formulier)") == false)
        }
    }
}
