import Core
import Foundation
import Storage
import Vapor

/// The register's pages and API: every handler reads the current register and renders it.
struct RegisterRoutes: Sendable {
    let store: RegisterStore
    let audit: AuditTrail
    let l: Localizer
    /// The day rule checks are made on, as `yyyy-mm-dd`.
    let today: @Sendable () -> String
    let rendered = RenderedResponses()

    func register(on routes: any RoutesBuilder) {
        routes.get { try await page($0) { HomePage.render(.init($0), l) } }
        routes.get("opgaven") { try await page($0) { ChallengesPage.render(.init($0), l) } }
        routes.get("opgaven", ":id") { request in
            try await item(request, in: \.challenges, kind: l(.challenge)) { ChallengePage.render(.init($0, in: $1), l) }
        }
        routes.get("ambities", ":id") { request in
            try await item(request, in: \.ambitions, kind: l(.ambition)) { AmbitionPage.render(.init($0, in: $1), l) }
        }
        routes.get("actielijnen") { try await page($0) { ActionLinesPage.render(.init($0), l) } }
        routes.get("actielijnen", ":id") { request in
            try await item(request, in: \.actionLines, kind: l(.actionLine)) { ActionLinePage.render(.init($0, in: $1), l) }
        }
        routes.get("acties") { try await page($0) { ActionsPage.render(.init($0), l) } }
        routes.get("acties", ":id") { request in
            try await item(request, in: \.actions, kind: l(.action)) { action, register in
                // Edits bump the revision, so the history kept with a rendered page stays current.
                let history = try await audit.records(.init(entity: "actions", entityID: action.id))
                return ActionPage.render(.init(action, in: register, history: history), l)
            }
        }
        routes.get("programmas") { try await page($0) { ProgrammesPage.render(.init($0), l) } }
        routes.get("programmas", ":id") { request in
            try await item(request, in: \.programmes, kind: l(.programme)) { ProgrammePage.render(.init($0, in: $1), l) }
        }
        routes.get("organisaties") { try await page($0) { OrganisationsPage.render(.init($0), l) } }
        routes.get("organisaties", ":id") { request in
            try await item(request, in: \.organisations, kind: l(.organisation)) { OrganisationPage.render(.init($0, in: $1), l) }
        }
        routes.get("structuur") { try await page($0) { StructurePage.render(.init($0, on: today()), l) } }
        routes.get("structuur.svg") { request in
            try await respond(request, contentType: "image/svg+xml; charset=utf-8") { StructurePage.Model($0, on: today()).chart(l).render() }
        }
        routes.get("structuur", "teams", ":id") { request in
            try await item(request, in: \.teams, kind: l(.team)) { TeamPage.render(.init($0, in: $1, on: today()), l) }
        }
        routes.get("structuur", "gremia", ":id") { request in
            try await item(request, in: \.bodies, kind: l(.body)) { BodyPage.render(.init($0, in: $1, on: today()), l) }
        }
        routes.get("structuur", "mensen", ":id") { request in
            try await item(request, in: \.people, kind: l(.person)) { PersonPage.render(.init($0, in: $1), l) }
        }
        routes.get("samenhang") { try await page($0) { CoherencePage.render(.init($0), l) } }
        routes.get("tijdlijn") { try await page($0) { TimelinePage.render(.init($0, l), l) } }
        routes.get("tijdlijn.svg") { request in
            try await respond(request, contentType: "image/svg+xml; charset=utf-8") { register in
                TimelinePage.Model(register, l).chart(l).render()
            }
        }
        routes.get("static", "stip.css") { _ in
            Response(
                status: .ok, headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600"],
                body: .init(string: Stylesheet.css))
        }
    }

    func current() async throws -> Register {
        guard let register = try await store.current() else { throw AppError.noPlanLoaded }
        return register
    }

    /// Answers a GET from the current register, rendering it once per revision and path.
    func respond(
        _ request: Request, contentType: String, _ render: (Register) async throws -> String
    ) async throws -> Response {
        guard let snapshot = try await store.snapshot() else { throw AppError.noPlanLoaded }
        // Rule checks hold on a day, so a rendered answer is kept for one revision on one day.
        let body = try await rendered.body(for: request.url.path, revision: snapshot.revision, day: today()) {
            ByteBuffer(string: try await render(snapshot.register))
        }
        return Response(status: .ok, headers: ["Content-Type": contentType], body: .init(buffer: body))
    }

    private func page(_ request: Request, _ render: @escaping (Register) async throws -> String) async throws -> Response {
        try await respond(request, contentType: "text/html; charset=utf-8", render)
    }

    private func item<Item: Identifiable>(
        _ request: Request, in collection: KeyPath<Register, [Item]>, kind: String,
        _ render: (Item, Register) async throws -> String
    ) async throws -> Response where Item.ID == String {
        let id = try Self.id(request)
        return try await respond(request, contentType: "text/html; charset=utf-8") { register in
            guard let item = register[keyPath: collection].first(where: { $0.id == id }) else {
                throw AppError.notFound(kind: kind.lowercased(), id: id)
            }
            return try await render(item, register)
        }
    }

    /// The `:id` of a path, refused as a bad request when it cannot be an id at all.
    static func id(_ request: Request) throws -> String {
        let id = request.parameters.get("id") ?? ""
        guard Slug.isValid(id) else { throw AppError.malformedID(id) }
        return id
    }
}
