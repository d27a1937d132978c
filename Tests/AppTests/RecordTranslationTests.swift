@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// A record's title and text in another language: entered by the regiegroep in a form, shown on
/// the record's page in that language with the original one click away, marked by language,
/// said to be a machine's when it is, refused when stale, audited, and removable.
@Suite struct RecordTranslationTests {
    static let action = "/acties/groene-long-k01"

    @Test func aGermanTranslationShowsOnTheGermanPageWithTheOriginalOneClickAway() async throws {
        try await withStipAndStore(languages: ScreenLanguage.allCases) { app, register in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let accounts = AccountStore(database: db)
            for (role, email) in [(AccountRole.steeringGroup, "regie@zuid-limburg.nl"), (.captain, "aanvoerder@zuid-limburg.nl")] {
                _ = try await AccountCreation.create(email: email, role: role, teams: role == .captain ? ["team-groene-long"] : [], password: testPassword,
                                                     in: accounts, cost: 4)
            }
            let regie = try await app.logIn("regie@zuid-limburg.nl").cookies
            let captain = try await app.logIn("aanvoerder@zuid-limburg.nl").cookies
            let original = try #require(try await register.current()?.action("groene-long-k01"))
            let german = ["Cookie": "\(LanguageMiddleware.cookie)=de"]

            // Before: the German page shows the Dutch title, marked as Dutch, and offers to translate.
            let before = try await app.testing().sendRequest(.GET, Self.action, headers: .init(german.map { ($0.key, $0.value) })).body.string
            #expect(before.contains(#"<h1><span lang="nl">\#(original.title)</span></h1>"#))
            #expect(before.contains(#"href="/acties/groene-long-k01/vertalen">Übersetzen</a>"#))

            #expect(try await app.get("\(Self.action)/vertalen").headers.first(name: .location)?.hasPrefix("/inloggen") == true)
            #expect(try await app.get("\(Self.action)/vertalen", cookies: captain).status == .forbidden)
            let form = try await app.get("\(Self.action)/vertalen", cookies: regie)
            #expect(form.status == .ok && form.body.string.contains(#"<div class="original" lang="nl"><p><strong>\#(original.title)</strong></p>"#))
            #expect(form.body.string.contains(#"id="de-title""#) && form.body.string.contains("Nog geen vertaling."))

            let fields = [("taal", "de"), ("title", "Aufgabenorientiertes Team Grüne Lunge bilden"),
                          ("text", "Das Team verbindet die laufenden Programme.\nEs prüft, was noch fehlt."), ("machine", "true"), ("version", "0")]
            #expect(try await app.postForm("\(Self.action)/vertalen", fields, cookies: captain).status == .forbidden)
            let saved = try await app.postForm("\(Self.action)/vertalen", fields, cookies: regie)
            #expect(saved.status == .ok && saved.body.string.contains("De vertaling is opgeslagen."))
            #expect(saved.body.string.contains("Machinevertaling, ingevoerd door"))
            // A second save from the same form is stale: nothing is overwritten, both texts are shown.
            let stale = try await app.postForm("\(Self.action)/vertalen", [("taal", "de"), ("title", "Team Grüne Lunge"), ("text", ""), ("version", "0")], cookies: regie)
            #expect(stale.status == .conflict && stale.body.string.contains("Aufgabenorientiertes Team Grüne Lunge bilden") && stale.body.string.contains("Team Grüne Lunge"))
            let empty = try await app.postForm("\(Self.action)/vertalen", [("taal", "de"), ("title", ""), ("text", "Nur Text"), ("version", "1")], cookies: regie)
            #expect(empty.status == .unprocessableEntity)
            #expect(try await app.postForm("\(Self.action)/vertalen", [("taal", "es"), ("title", "x"), ("version", "0")], cookies: regie).status == .badRequest)
            #expect(try await app.get("/acties/bestaat-niet/vertalen", cookies: regie).status == .notFound)

            let page = try await app.testing().sendRequest(.GET, Self.action, headers: .init(german.map { ($0.key, $0.value) })).body.string
            #expect(page.contains(#"<h1><span lang="de">Aufgabenorientiertes Team Grüne Lunge bilden</span></h1>"#))
            #expect(page.contains("Maschinelle Übersetzung, eingegeben von"), "a machine's translation says so")
            #expect(page.contains(#"<div class="lead" lang="de"><p>Das Team verbindet die laufenden Programme.</p><p>Es prüft, was noch fehlt.</p></div>"#))
            #expect(page.contains(#"<details class="original"><summary>Original (Niederländisch)</summary><div lang="nl"><p><strong>\#(original.title)</strong></p>"#))
            // Dutch and English readers still read the original.
            #expect(try await app.get(Self.action).body.string.contains("<h1>\(original.title)</h1>"))
            let english = try await app.testing().sendRequest(.GET, Self.action, headers: ["Cookie": "\(LanguageMiddleware.cookie)=en"]).body.string
            #expect(english.contains(#"<h1><span lang="nl">\#(original.title)</span></h1>"#) && !english.contains("Grüne Lunge"))

            // Every save is in the audit trail; emptying title and text removes the translation.
            let trail = try await AuditTrail(database: db).records(.init(entity: TranslationStore.entity, entityID: "actions/groene-long-k01/de"))
            #expect(trail.map(\.operation) == [.create])
            let removed = try await app.postForm("\(Self.action)/vertalen", [("taal", "de"), ("title", ""), ("text", ""), ("version", "1")], cookies: regie)
            #expect(removed.status == .ok && removed.body.string.contains("De vertaling is verwijderd."))
            #expect(try await AuditTrail(database: db).records(.init(entity: TranslationStore.entity, entityID: "actions/groene-long-k01/de")).count == 2)
            let after = try await app.testing().sendRequest(.GET, Self.action, headers: .init(german.map { ($0.key, $0.value) })).body.string
            #expect(after.contains(#"<h1><span lang="nl">\#(original.title)</span></h1>"#), "the kept page followed the removal")
        }
    }
}
