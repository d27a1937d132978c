@testable import App
import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// Version 2.0 of the plan through its pages: the regiegroep begins it, rewrites section 4.5 for
/// an answer of the consultation, sees the differences side by side and inline, and records its
/// adoption; `/plan` then goes to 2.0 and 1.0 stays as it was.
@Suite struct PlanVersionPagesTests {
    @Test func aDraftFromFirstEditToAdoption() async throws {
        try await withStipAccounts { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let register = RegisterStore(database: db)
            let regie = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let captain = try await app.logIn(accounts[.captain]!.email).cookies
            // An answer to link the edit to.
            let consulting = Consulting(store: ConsultationStore(beside: register), register: register, document: { PlanDocumentRoutes.document($0) })
            let round = try await consulting.open(title: "Consultatie", invitation: "Hoe ziet u het?", version: "1.0", opensOn: "2026-01-01", closesOn: "2099-12-31",
                                                  invited: Invitation(kinds: [.foreignGovernment], countries: [.de], everyone: false), by: accounts[.steeringGroup]!)
            let answer = try await consulting.answer(ConsultationAnswerInput(about: "4.5", enthusiastic: "", differently: "Noem de buurlanden bij rekenschap.",
                                                                             participation: "", contributions: [], how: ""),
                                                     in: round.id, organisation: "stadt-aachen", followToken: "t", by: accounts[.partner]!)

            #expect(try await app.postForm("/plan/versies", [("version", "2.0")], cookies: captain).status == .forbidden)
            let started = try await app.postForm("/plan/versies", [("version", "2.0")], cookies: regie)
            #expect(started.status == .seeOther && started.headers.first(name: .location) == "/plan/2.0")
            #expect(try await app.postForm("/plan/versies", [("version", "2.0")], cookies: regie).status == .conflict)
            let draft = try await app.get("/plan/2.0").body.string
            #expect(draft.contains("Concept van versie 2.0, op basis van 1.0") && draft.contains(#"href="/plan/2.0/onderdelen/4.5""#))

            let form = try await app.get("/plan/2.0/onderdelen/4.5", cookies: regie).body.string
            #expect(form.contains("### Richting, ruimte, rugdekking…en rekenschap?") && form.contains(#"value="\#(answer.id)""#))
            let original = try #require(SeedPlan.document.section("4.5"))
            let newText = SeedPlan.document.fileText(of: original).replacingOccurrences(
                of: "Hoe leggen we rekenschap af aan elkaar?", with: "Hoe leggen we rekenschap af aan elkaar, ook over de grens met België en Duitsland?")
            let broken = try await app.postForm("/plan/2.0/onderdelen/4.5", [("title", original.title), ("text", "Een alinea\nover twee regels"), ("version", "0")],
                                                cookies: regie)
            #expect(broken.status == .unprocessableEntity && broken.body.string.contains("Regel 2: een alinea staat op één regel"))
            let saved = try await app.postForm("/plan/2.0/onderdelen/4.5", [("title", original.title), ("text", newText), ("answers", answer.id), ("version", "0")],
                                               cookies: regie)
            #expect(saved.status == .ok && saved.body.string.contains("Het onderdeel is opgeslagen."))
            #expect(try await app.postForm("/plan/2.0/onderdelen/4.5", [("title", original.title), ("text", "Oud"), ("version", "0")], cookies: regie).status == .conflict)

            let differences = try await app.get("/plan/2.0/verschillen").body.string
            #expect(differences.contains("<ins>met België en Duitsland?</ins>") || differences.contains("België en Duitsland?</ins>"))
            #expect(differences.contains("<del>elkaar?</del>") && differences.contains("Noem de buurlanden bij rekenschap."))
            #expect(differences.components(separatedBy: #"<section class="difference""#).count == 2, "only 4.5 changed")

            #expect(try await app.postForm("/plan/2.0/vaststellen", [("decidedOn", "2021-06-01"), ("decidedBy", "BKO")], cookies: captain).status == .forbidden)
            let adopted = try await app.postForm("/plan/2.0/vaststellen", [("decidedOn", "2021-06-01"), ("decidedBy", "Bestuurlijk Kernoverleg")], cookies: regie)
            #expect(adopted.status == .ok && adopted.body.string.contains("De versie is vastgesteld"))
            #expect(try await app.get("/plan").headers.first(name: .location) == "/plan/2.0")
            #expect(try await app.get("/plan/2.0").body.string.contains("ook over de grens met België en Duitsland?"))
            let first = try await app.get("/plan/1.0").body.string
            #expect(first.contains("Hoe leggen we rekenschap af aan elkaar?") && !first.contains("ook over de grens met België"), "1.0 stays as it was")
            #expect(try await app.postForm("/plan/2.0/onderdelen/4.5", [("title", original.title), ("text", newText), ("version", "1")], cookies: regie).status == .conflict,
                    "an adopted version does not change")
        }
    }
}
