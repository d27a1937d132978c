import Foundation
import Vapor

/// What `/api/v1` answers to a method its path does not take: 405 with `Allow` listing the
/// methods it does take (RFC 9110), and a JSON 404 for a path that is not there at all.
///
/// Vapor routes by method first, so without this a PATCH on `/api/v1/actions` looks like an
/// unknown path. A catch-all per method under `/api/v1` sits below every real route and asks
/// the route table which methods the path has.
enum APIMethodFallback {
    /// The methods a client may try; HEAD is left to Vapor, which answers it from GET.
    static let methods: [HTTPMethod] = [.GET, .POST, .PUT, .DELETE, .PATCH, .OPTIONS, .TRACE, .RAW(value: "QUERY")]

    static func register(on routes: any RoutesBuilder) {
        // Below the API's prefix, not an address of its own: the catch-all `**`.
        let api = routes.grouped(APIPath.prefix.split(separator: "/").map { PathComponent(stringLiteral: String($0)) })
        for method in methods {
            api.on(method, "**", body: .collect(maxSize: "1mb")) { request in
                try answer(request, routes: request.application.routes.all)
            }
        }
    }

    static func answer(_ request: Request, routes: [Route]) throws -> Response {
        // `/api/v1/people/` is an item with an empty id, not the collection: there is none.
        if request.url.path.hasSuffix("/") || request.url.path.contains("//") { throw Abort(.notFound) }
        let path = request.url.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let allowed = allowedMethods(for: path, among: routes)
        guard !allowed.isEmpty else { throw Abort(.notFound) }
        let allow = allowed.map(\.rawValue).joined(separator: ", ")
        let reason = "\(request.method.rawValue) kan niet op \(request.url.path); wel: \(allow)."
        let body = APIErrorBody(status: 405, reason: reason)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .allow, value: allow)
        return Response(status: .methodNotAllowed, headers: headers, body: .init(data: try JSONEncoder().encode(body)))
    }

    /// The methods routed for this path, GET bringing HEAD with it, in a fixed order.
    static func allowedMethods(for path: [String], among routes: [Route]) -> [HTTPMethod] {
        var found = Set<String>()
        for route in routes where !isFallback(route) && matches(route.path, path) {
            found.insert(route.method.rawValue)
            if route.method == .GET { found.insert(HTTPMethod.HEAD.rawValue) }
        }
        let order: [HTTPMethod] = [.GET, .HEAD, .POST, .PUT, .PATCH, .DELETE, .OPTIONS]
        return order.filter { found.contains($0.rawValue) }
    }

    private static func isFallback(_ route: Route) -> Bool {
        if case .catchall = route.path.last { return true }
        return false
    }

    private static func matches(_ pattern: [PathComponent], _ path: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return path.count > index
            case let .constant(text): if index >= path.count || path[index] != text { return false }
            case .parameter, .anything: if index >= path.count { return false }
            }
        }
        return pattern.count == path.count
    }
}

/// Stip's JSON error body, `{"error": {"status", "reason"}}`, for answers made outside the
/// error middleware.
struct APIErrorBody: Encodable {
    struct Detail: Encodable { var status: Int; var reason: String }
    var error: Detail

    init(status: Int, reason: String) { error = Detail(status: status, reason: reason) }
}
