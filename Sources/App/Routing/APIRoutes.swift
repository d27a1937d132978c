import Core
import Foundation
import Vapor

/// `/api/v1`: the register as JSON, described by the OpenAPI document; the writes are in
/// `RecordEditRoutes`.
struct APIRoutes: Sendable {
    let pages: RegisterRoutes

    func register(on routes: any RoutesBuilder) {
        let api = routes.grouped("api", "v1")
        api.get("openapi.json") { _ in
            Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(data: OpenAPIDocument.json))
        }
        api.get("plan") { try await json($0) { $0.plan() } }
        collection(api, .challenges, \.challenges) { $0.challenge($1) }
        collection(api, .ambitions, \.ambitions) { $0.ambition($1) }
        collection(api, .actionLines, \.actionLines) { $0.actionLine($1) }
        collection(api, .actions, \.actions) { $0.action($1) }
        collection(api, .programmes, \.programmes) { $0.programme($1) }
        collection(api, .organisations, \.organisations) { $0.organisation($1) }
        collection(api, .dependencies, \.dependencies) { $0.dependency($1) }
        collection(api, .periods, \.periods) { $0.period($1) }
        collection(api, .themes, \.themes) { $0.theme($1) }
        collection(api, .bodies, \.bodies) { $0.body($1) }
        let today = pages.today
        collection(api, .teams, \.teams) { $0.team($1, on: today()) }
        collection(api, .people, \.people) { $0.person($1) }
        collection(api, .memberships, \.memberships) { $0.membership($1) }
        APIMethodFallback.register(on: routes)
    }

    private func collection<Item: Identifiable, Output: Encodable & Sendable>(
        _ api: any RoutesBuilder, _ collection: APICollection, _ items: KeyPath<Register, [Item]> & Sendable,
        _ represent: @escaping @Sendable (APIRepresentation, Item) -> Output
    ) where Item.ID == String {
        let name = PathComponent(stringLiteral: collection.rawValue)
        api.get(name) { request in
            try await json(request) { representation in APIList(representation.register[keyPath: items].map { represent(representation, $0) }) }
        }
        api.get(name, ":id") { request in
            let id = try RegisterRoutes.id(request)
            let response = try await json(request) { representation in
                guard let item = representation.register[keyPath: items].first(where: { $0.id == id }) else {
                    throw AppError.notFound(kind: pages.l(collection.itemPhrase).lowercased(), id: id)
                }
                return represent(representation, item)
            }
            return APIVersionTag.tagged(response)
        }
    }

    private func json<Output: Encodable>(_ request: Request, _ body: @escaping @Sendable (APIRepresentation) throws -> Output) async throws -> Response {
        try await pages.respond(request, contentType: "application/json; charset=utf-8") { register in
            String(decoding: try Response.jsonData(try body(APIRepresentation(register: register))), as: UTF8.self)
        }
    }
}
