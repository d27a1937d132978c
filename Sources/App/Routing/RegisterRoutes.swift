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
    /// The targets' measurements, whose status the ambition pages show.
    let measurements: TargetMeasurementStore
    let revisions: DataRevisions
    /// The yearly evaluations' decisions, which the pages of teams, bodies and programmes show.
    let evaluations: EvaluationStore
    /// The records' titles and texts in other languages, shown on their pages in that language.
    let translations: TranslationStore
    /// Every page of a plan is some 3 MB together; room for that many times over.
    let rendered = RevisionCache<PageKey, PageRevision, ByteBuffer>(byteLimit: 32 << 20) { $0.readableBytes + 64 }

    /// What the register's pages are made from: the register, the targets' measurements (on
    /// the ambition pages), the evaluations' decisions (on the pages of teams, bodies and
    /// programmes) and the day (rule checks and target status hold on a day).
    struct PageRevision: Hashable, Sendable {
        var register: Int
        var targets: Int
        var evaluations: Int
        var translations: Int
        var day: String
    }

    init(store: RegisterStore, audit: AuditTrail, l: Localizer, today: @escaping @Sendable () -> String) {
        self.store = store
        self.audit = audit
        self.l = l
        self.today = today
        measurements = TargetMeasurementStore(beside: store)
        revisions = DataRevisions(beside: store)
        evaluations = EvaluationStore(beside: store)
        translations = TranslationStore(beside: store)
    }

    func register(on routes: any RoutesBuilder) {
        routes.get(.home) { try await page($0) { HomePage.render(.init($0), l) } }
        routes.get(.challenges) { try await page($0) { ChallengesPage.render(.init($0), l) } }
        routes.get(.challenge(":id")) { request in
            try await item(request, in: \.challenges, kind: .challenges) { ChallengePage.render(with(.init($0, in: $1), $2), l) }
        }
        routes.get(.ambition(":id")) { request in
            try await item(request, in: \.ambitions, kind: .ambitions) { ambition, register, footer in
                let targets = TargetLine.all(register, measurements: try await measurements.all(), today: today())
                return AmbitionPage.render(with(.init(ambition, in: register, targets: targets), footer), l)
            }
        }
        routes.get(.actionLines) { try await page($0) { ActionLinesPage.render(.init($0), l) } }
        routes.get(.actionLine(":id")) { request in
            try await item(request, in: \.actionLines, kind: .actionLines) { ActionLinePage.render(with(.init($0, in: $1), $2), l) }
        }
        routes.get(.actions) { try await page($0) { ActionsPage.render(.init($0), l) } }
        routes.get(.action(":id")) { request in
            try await item(request, in: \.actions, kind: .actions) { ActionPage.render(with(.init($0, in: $1), $2), l) }
        }
        routes.get(.programmes) { try await page($0) { ProgrammesPage.render(.init($0), l) } }
        routes.get(.programme(":id")) { request in
            try await item(request, in: \.programmes, kind: .programmes) { programme, register, footer in
                var model = ProgrammePage.Model(programme, in: register)
                model.decisions = try await evaluations.decisions(about: .programme(programme.id))
                return ProgrammePage.render(with(model, footer), l)
            }
        }
        routes.get(.organisations) { try await page($0) { OrganisationsPage.render(.init($0), l) } }
        routes.get(.organisation(":id")) { request in
            try await item(request, in: \.organisations, kind: .organisations) { OrganisationPage.render(with(.init($0, in: $1), $2), l) }
        }
        routes.get(.structure) { try await page($0) { StructurePage.render(.init($0, on: today()), l) } }
        routes.get(.structureSVG) { request in
            try await respond(request, contentType: "image/svg+xml; charset=utf-8") { StructurePage.Model($0, on: today()).chart(l).render() }
        }
        routes.get(.team(":id")) { request in
            try await item(request, in: \.teams, kind: .teams) { team, register, footer in
                var model = TeamPage.Model(team, in: register, on: today())
                model.decisions = try await evaluations.decisions(about: .team(team.id))
                return TeamPage.render(with(model, footer), l)
            }
        }
        routes.get(.body(":id")) { request in
            try await item(request, in: \.bodies, kind: .bodies) { body, register, footer in
                var model = BodyPage.Model(body, in: register, on: today())
                model.decisions = try await evaluations.decisions(about: .body(body.id))
                return BodyPage.render(with(model, footer), l)
            }
        }
        routes.get(.person(":id")) { request in
            try await item(request, in: \.people, kind: .people) { PersonPage.render(with(.init($0, in: $1), $2), l) }
        }
        routes.get(.coherence) { try await page($0) { CoherencePage.render(.init($0), l) } }
        routes.get(.timeline) { try await page($0) { TimelinePage.render(.init($0, l), l) } }
        routes.get(.timelineSVG) { request in
            try await respond(request, contentType: "image/svg+xml; charset=utf-8") { register in
                TimelinePage.Model(register, l).chart(l).render()
            }
        }
        routes.get(.stylesheet) { _ in
            Response(
                status: .ok, headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600"],
                body: .init(string: Stylesheet.css))
        }
    }

    func current() async throws -> Register {
        guard let register = try await store.current() else { throw AppError.noPlanLoaded }
        return register
    }

    /// Answers a GET from the current register, rendering it once per revision, path and language.
    func respond(
        _ request: Request, contentType: String, _ render: @escaping @Sendable (Register) async throws -> String
    ) async throws -> Response {
        guard let snapshot = try await store.snapshot() else { throw AppError.noPlanLoaded }
        let others = try await revisions.current([.targets, .evaluations, .translations])
        let revision = PageRevision(register: snapshot.revision, targets: others[.targets] ?? 0, evaluations: others[.evaluations] ?? 0,
                                    translations: others[.translations] ?? 0, day: today())
        let body = try await rendered.value(PageKey(path: request.url.path, language: l.language), revision: revision) {
            ByteBuffer(string: try await render(snapshot.register))
        }
        return Response(status: .ok, headers: ["Content-Type": contentType], body: .init(buffer: body))
    }

    private func page(_ request: Request, _ render: @escaping @Sendable (Register) async throws -> String) async throws -> Response {
        try await respond(request, contentType: "text/html; charset=utf-8", render)
    }

    private func item<Item: Identifiable>(
        _ request: Request, in collection: KeyPath<Register, [Item]>, kind: EntityKind,
        _ render: @escaping @Sendable (Item, Register, RecordFooter) async throws -> String
    ) async throws -> Response where Item.ID == String {
        let id = try Self.id(request)
        return try await respond(request, contentType: "text/html; charset=utf-8") { register in
            guard let item = register[keyPath: collection].first(where: { $0.id == id }) else {
                throw AppError.notFound(kind: l(.editing(.kind(kind))).lowercased(), id: id)
            }
            return try await render(item, register, try await footer(EntityReference(kind, id), in: register))
        }
    }

    /// The record's links, its parts and its history, with that of its parts. Edits raise the
    /// revision, so the history kept with a rendered page stays current.
    private func footer(_ reference: EntityReference, in register: Register) async throws -> RecordFooter {
        var footer = RecordFooter(reference: reference)
        footer.planSource = PlanDocumentRoutes.source(of: reference)
        footer.translatable = RecordTranslation.kinds.contains(reference.kind)
        if footer.translatable, l.language != .dutch {
            footer.translation = try await translations.translations(of: reference).first { $0.language == l.language.rawValue }
        }
        switch reference.kind {
        case .ambitions:
            footer.additions = [(.targets, .ambition)]
            footer.parts = (register.ambition(reference.id)?.targets ?? []).map { .init(reference: EntityReference(.targets, $0.id), title: $0.text) }
        case .teams:
            footer.additions = [(.memberships, .team), (.teams, .parent)]
            footer.parts = register.memberships.filter { $0.team == reference.id }.map { membership in
                let part = EntityReference(.memberships, membership.id)
                return .init(reference: part, title: register.title(of: part))
            }
        case .bodies:
            footer.additions = [(.memberships, .body)]
            footer.parts = register.memberships.filter { $0.body == reference.id }.map { membership in
                let part = EntityReference(.memberships, membership.id)
                return .init(reference: part, title: register.title(of: part))
            }
        case .challenges: footer.additions = [(.ambitions, .challenge)]
        case .actionLines: footer.additions = [(.actions, .line)]
        default: break
        }
        for record in [reference] + footer.parts.map(\.reference) {
            footer.history += try await audit.publicRecords(.init(entity: record.kind.rawValue, entityID: record.id))
        }
        footer.history.sort { $0.at > $1.at }
        return footer
    }

    /// The `:id` of a path, refused as a bad request when it cannot be an id at all.
    static func id(_ request: Request) throws -> String {
        let id = request.parameters.get("id") ?? ""
        guard Slug.isValid(id) else { throw AppError.malformedID(id) }
        return id
    }
}

/// A page's model with the record footer set.
private func with<Model>(_ model: Model, _ footer: RecordFooter) -> Model where Model: HasRecordFooter {
    var model = model
    model.footer = footer
    return model
}

protocol HasRecordFooter {
    var footer: RecordFooter { get set }
}

extension ChallengePage.Model: HasRecordFooter {}
extension AmbitionPage.Model: HasRecordFooter {}
extension ActionLinePage.Model: HasRecordFooter {}
extension ActionPage.Model: HasRecordFooter {}
extension ProgrammePage.Model: HasRecordFooter {}
extension OrganisationPage.Model: HasRecordFooter {}
extension TeamPage.Model: HasRecordFooter {}
extension BodyPage.Model: HasRecordFooter {}
extension PersonPage.Model: HasRecordFooter {}
