@testable import App
import Core
import StipTestSupport
import Testing
import VaporTesting

/// The plan's text in the browser: the document with its contents, each block an anchor with the
/// register entries that come from it, and every register page linking back to its block.
@Suite struct PlanDocumentPageTests {
    @Test func theDocumentAndTheRegisterPointAtEachOther() async throws {
        try await withStip { app in
            let current = try await app.get("/plan")
            #expect(current.status == .seeOther && current.headers.first(name: .location) == "/plan/1.0")
            let page = try await app.get("/plan/1.0")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<h2>Voorwoord</h2>") && html.contains("<h3>4.5 Aandachtspunten samenwerking</h3>"))
            #expect(html.contains(##"<a href="#4.5">4.5 Aandachtspunten samenwerking</a>"##), "the contents link to the sections")
            #expect(html.contains("Hoe leggen we rekenschap af aan elkaar?"))
            // The action's block links to the action, and the action's page back to the block.
            let action = try #require(SeedPlan.register.actions.first { $0.line == "groene-long" })
            let source = try #require(DocumentSources(register: SeedPlan.register, document: SeedPlan.document)[EntityReference(.actions, action.id)])
            #expect(html.contains(#"<div id="\#(source.block)" class="block">"#))
            #expect(html.contains(#"<a href="/acties/\#(action.id)">"#))
            let actionPage = try await app.get("/acties/\(action.id)").body.string
            #expect(actionPage.contains(##"Uit het plan: <a href="/plan/1.0#\##(source.block)">Actielijn Groene Long</a>"##))
            #expect(try await app.get("/plan/2.0").status == .notFound, "no version 2.0 yet")
        }
    }
}
