import Foundation
import Storage
import Vapor

/// Wires Stip's web side onto an application: error pages, the register's pages, the API.
public func configure(_ app: Application, store: RegisterStore, today: @escaping @Sendable () -> String = Today.amsterdam) {
    let l = Localizer()
    // Our own error middleware replaces Vapor's, so every error becomes a page or JSON in our words.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware(l: l))
    let pages = RegisterRoutes(store: store, l: l, today: today)
    pages.register(on: app)
    APIRoutes(pages: pages).register(on: app)
}

/// Serves Stip until the process is told to stop.
public func serve(store: RegisterStore, hostname: String, port: Int) async throws {
    var environment = Environment(name: "production", arguments: ["stip"])
    try LoggingSystem.bootstrap(from: &environment)
    let app = try await Application.make(environment)
    app.http.server.configuration.hostname = hostname
    app.http.server.configuration.port = port
    configure(app, store: store)
    do {
        try await app.execute()
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Today's date where the programme runs, as `yyyy-mm-dd`.
public enum Today {
    @Sendable public static func amsterdam() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
