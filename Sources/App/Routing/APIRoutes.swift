import Core
import Foundation
import Vapor

/// `/api/v1`: the register as JSON, described by the OpenAPI document; the writes are in
/// `RecordEditRoutes`.
struct APIRoutes: Sendable {
    let pages: RegisterRoutes

    func register(on routes: any RoutesBuilder) {
        routes.get(.api(.openAPI)) { request in
            Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(data: OpenAPIDocument.json[request.language] ?? Data()))
        }
        routes.get(.api(.plan)) { try await json($0) { $0.plan() } }
        collection(routes, .challenges, \.challenges) { $0.challenge($1) }
        collection(routes, .ambitions, \.ambitions) { $0.ambition($1) }
        collection(routes, .actionLines, \.actionLines) { $0.actionLine($1) }
        collection(routes, .actions, \.actions) { $0.action($1) }
        collection(routes, .programmes, \.programmes) { $0.programme($1) }
        collection(routes, .organisations, \.organisations) { $0.organisation($1) }
        collection(routes, .dependencies, \.dependencies) { $0.dependency($1) }
        collection(routes, .periods, \.periods) { $0.period($1) }
        collection(routes, .themes, \.themes) { $0.theme($1) }
        collection(routes, .bodies, \.bodies) { $0.body($1) }
        let today = pages.today
        collection(routes, .teams, \.teams) { $0.team($1, on: today()) }
        collection(routes, .people, \.people) { $0.person($1) }
        collection(routes, .memberships, \.memberships) { $0.membership($1) }
        APIMethodFallback.register(on: routes)
    }

    private func collection<Item: Identifiable, Output: Encodable & Sendable>(
        _ routes: any RoutesBuilder, _ collection: APICollection, _ items: KeyPath<Register, [Item]> & Sendable,
        _ represent: @escaping @Sendable (APIRepresentation, Item) -> Output
    ) where Item.ID == String {
        routes.get(.api(.list(collection))) { request in
            try await json(request) { representation in APIList(representation.register[keyPath: items].map { represent(representation, $0) }) }
        }
        routes.get(.api(.item(collection, ":id"))) { request in
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
