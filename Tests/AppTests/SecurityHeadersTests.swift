@testable import App
import Core
import Testing
import VaporTesting

/// Every answer Stip gives carries the same protective headers, says nothing about the server
/// it runs on, opens nothing to other origins, and is kept by no cache when it is personal.
@Suite struct SecurityHeadersTests {
    @Test func everyAnswerCarriesTheHeadersAndNoCacheKeepsWhatIsPersonal() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.administrator]!.email).cookies
            var walked = 0
            for route in app.routes.all where route.method == .GET {
                let path = RouteWalkTests.path(of: route)
                for cookies in [nil, session] {
                    let response = try await app.get(path, cookies: cookies)
                    let who = cookies == nil ? "anonymous" : "beheerder"
                    let policy = response.headers.first(name: "Content-Security-Policy") ?? ""
                    for directive in ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"] {
                        #expect(policy.contains(directive), "\(path) as \(who): CSP without \(directive)")
                    }
                    #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                    #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(path)")
                    #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "\(path)")
                    #expect(response.headers.first(name: "Server") == nil && response.headers.first(name: "X-Powered-By") == nil, "\(path)")
                    #expect(!response.headers.contains { $0.name.lowercased().hasPrefix("access-control-") }, "\(path) opens itself to other origins")
                    #expect(response.headers.first(name: "Strict-Transport-Security") == nil, "\(path): HSTS over plain HTTP")
                    // The API takes no cookies: with one it answers as to anybody.
                    let personal = cookies != nil && !path.hasPrefix(APIPath.prefix) || SecurityHeadersMiddleware.isPersonal(path: path)
                    if personal {
                        #expect(response.headers.first(name: .cacheControl) == "no-store", "\(path) as \(who) may be cached: \(response.status.code)")
                    }
                }
                walked += 1
            }
            #expect(walked >= 60)
        }
    }

    @Test func behindTLSBrowsersAreToldToUseNothingElse() async throws {
        try await withStipAndStore(behindTLS: true) { app, _ in
            let response = try await app.get("/")
            #expect(response.headers.first(name: "Strict-Transport-Security") == "max-age=31536000; includeSubDomains")
        }
    }

    @Test func anAPIAnswerToATokenIsNotCached() async throws {
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let page = try await app.postForm("/account/tokens", [("name", "cache")], cookies: session).body.string
            let token = try #require(page.range(of: "<code>").flatMap { start in
                page.range(of: "</code>", range: start.upperBound..<page.endIndex).map { String(page[start.upperBound..<$0.lowerBound]) }
            })
            #expect(try await app.get("/api/v1/audit", bearer: token).headers.first(name: .cacheControl) == "no-store")
            #expect(try await app.get("/api/v1/actions", bearer: token).headers.first(name: .cacheControl) == "no-store")
            #expect(try await app.get("/api/v1/actions").headers.first(name: .cacheControl) != "no-store")
        }
    }
}
