import Testing
import VaporTesting

/// A bad address gets a page in Dutch with the right status, never a crash or a trace.
@Suite struct ErrorPageTests {
    @Test func anUnknownRecordIsA404PageThatSaysWhich() async throws {
        try await withStip { app in
            let response = try await app.get("/actielijnen/bestaat-niet")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType == .html)
            #expect(response.body.string.contains("Er is geen actielijn met id ‘bestaat-niet’."))
        }
    }

    @Test func aMalformedIDIsA400Page() async throws {
        try await withStip { app in
            let response = try await app.get("/acties/DROP%20TABLE")
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("geen geldig id"))
        }
    }

    @Test func anUnknownAddressIsA404Page() async throws {
        try await withStip { app in
            let response = try await app.get("/bestaat/niet/echt")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("Deze pagina bestaat niet."))
            #expect(response.body.string.contains("href=\"/\""))
        }
    }

    @Test func withoutAPlanThePagesSayHowToLoadOne() async throws {
        try await withStip(seeded: false) { app in
            let page = try await app.get("/")
            #expect(page.status == .serviceUnavailable)
            #expect(page.body.string.contains("stip seed"))
            #expect(try await app.get("/api/v1/actions").status == .serviceUnavailable)
        }
    }
}
