import Vapor

extension SiteURL {
    /// The route this address is served by: its path without query or fragment, split into
    /// components, where a `:name` in place of an id (`SiteURL.action(":id")`) is a parameter.
    /// Routes are registered from the same enum their links are built from, so a link cannot
    /// point where no route is.
    var pattern: [PathComponent] {
        let path = self.path.prefix { $0 != "?" && $0 != "#" }
        return path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }

    /// The pattern as text (`/acties/:id`), as the route walk's policy names routes.
    var patternText: String {
        "/" + pattern.map(\.description).joined(separator: "/")
    }
}

extension RoutesBuilder {
    @discardableResult
    func get<Answer: AsyncResponseEncodable>(_ url: SiteURL, use closure: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        on(.GET, url.pattern, use: closure)
    }

    @discardableResult
    func post<Answer: AsyncResponseEncodable>(_ url: SiteURL, use closure: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        on(.POST, url.pattern, use: closure)
    }

    @discardableResult
    func on<Answer: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: SiteURL, body: HTTPBodyStreamStrategy = .collect,
        use closure: @escaping @Sendable (Request) async throws -> Answer
    ) -> Route {
        on(method, url.pattern, body: body, use: closure)
    }
}
