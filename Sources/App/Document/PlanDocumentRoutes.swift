import Core
import Seeds
import Services
import Storage
import Vapor

/// `/plan/{version}`: the plan's text in a version, `/plan` the current one. Version 1.0 is the
/// text Stip ships (`Seeds/zuid-limburg-pva-1.0-document.txt`); later versions are drafted as
/// section edits (`PlanDrafting`) on `/plan/versies`, with their differences beside.
struct PlanDocumentRoutes: Sendable {
    let pages: RegisterRoutes
    let drafting: PlanDrafting
    let answers: ConsultationStore
    let l: Localizer

    /// Read and checked once; a broken file is the page's error, not the server's.
    static let first: Result<PlanDocument, PlanDocumentFileError> = Result { () throws(PlanDocumentFileError) in try SeedFile.planDocument() }

    /// Where the entries of the plan as shipped come from in its text: fixed once, so a later
    /// edit of an entry's title keeps its place (and typed text never moves a link).
    static let sources: DocumentSources? = {
        guard let document = try? first.get(), let shipped = try? SeedFile.plan() else { return nil }
        return DocumentSources(register: shipped, document: document)
    }()

    /// The shipped text when it is the version asked for (what a consultation round reads).
    static func document(_ version: String) -> PlanDocument? {
        guard let document = try? first.get(), document.version == version else { return nil }
        return document
    }

    func register(on routes: any RoutesBuilder) {
        routes.get(.currentPlanDocument) { request in
            request.redirect(to: SiteURL.planDocument(version: try await drafting.current()).path)
        }
        routes.get(.planVersions) { request in try await versions(request) }
        routes.post(.planVersions) { request in try await start(request) }
        routes.get(.planDocument(version: ":version")) { request in try await document(request) }
        routes.get(.planDifferences(version: ":version")) { request in try await differences(request) }
        routes.get(.planSectionEdit(version: ":version", section: ":section")) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await sectionEdit(request)
        }
        routes.post(.planSectionEdit(version: ":version", section: ":section")) { request in try await saveSection(request) }
        routes.post(.planAdopt(version: ":version")) { request in try await adopt(request) }
    }

    private func notFound(_ request: Request) -> AppError {
        AppError.notFound(kind: l(.document(.nav)).lowercased(), id: String((request.parameters.get("version") ?? "").prefix(20)))
    }

    private func document(_ request: Request) async throws -> Response {
        let id = request.parameters.get("version") ?? ""
        if let first = Self.document(id) {
            // While a round is open on it, each block links to the answer form: drawn each time,
            // since opening a round does not change the register the cache follows.
            if let round = try await answers.rounds().first(where: { $0.version == id && $0.isOpen(on: pages.today()) }) {
                let model = PlanDocumentPage.Model(document: first, register: try await pages.current(), sources: Self.sources ?? DocumentSources(sources: [:]),
                                                   openRound: round.id)
                return Response.publicPage(PlanDocumentPage.render(model, l))
            }
            return try await pages.respond(request, contentType: "text/html; charset=utf-8") { register in
                PlanDocumentPage.render(.init(document: first, register: register, sources: Self.sources ?? DocumentSources(sources: [:])), l)
            }
        }
        // A later version changes with its edits: drawn each time.
        guard let version = try await drafting.store.version(id), let document = try await drafting.document(id) else { throw notFound(request) }
        let register = try await pages.current()
        return Response.publicPage(PlanDocumentPage.render(.init(document: document, register: register, sources: Self.sources ?? DocumentSources(sources: [:]),
                                                                 version: version), l))
    }

    private func versions(_ request: Request, notice: String? = nil, problem: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = PlanVersionsPage.Model(csrf: request.csrfToken, first: (try? Self.first.get().version) ?? "1.0", versions: try await drafting.store.versions(),
                                           mayEdit: Permission.editRegister.isAllowed(for: request.account), notice: notice, problem: problem)
        return Response.personalPage(PlanVersionsPage.render(model, l), status: status)
    }

    private func start(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        do {
            let draft = try await drafting.start(FormBody(request)["version"] ?? "", by: request.account)
            return request.redirect(to: SiteURL.planDocument(version: draft.version).path, redirectType: .normal)
        } catch PlanDrafting.Refusal.versionMissing {
            return try await versions(request, problem: l(.document(.unknownVersion)), status: .unprocessableEntity)
        } catch let PlanVersionStore.Refusal.versionExists(version) {
            return try await versions(request, problem: l(.document(.versionExists(version))), status: .conflict)
        }
    }

    private func differences(_ request: Request) async throws -> Response {
        let id = request.parameters.get("version") ?? ""
        guard let version = try await drafting.store.version(id), let now = try await drafting.document(id),
              let base = try await drafting.document(version.base) else { throw notFound(request) }
        let edits = try await drafting.store.edits(of: id)
        let published = try await publishedAnswers()
        var asked: [String: [ConsultationAnswer]] = [:]
        for edit in edits where !edit.answers.isEmpty {
            asked[edit.section] = edit.answers.compactMap { published[$0] }
        }
        let model = PlanDifferencesPage.Model(version: version, differences: SectionDifference.between(base, now), answers: asked.filter { !$0.value.isEmpty })
        return Response.personalPage(PlanDifferencesPage.render(model, l))
    }

    /// Every published answer of every round, by id.
    private func publishedAnswers() async throws -> [String: ConsultationAnswer] {
        var found: [String: ConsultationAnswer] = [:]
        for round in try await answers.rounds() {
            for answer in try await answers.answers(in: round.id) where answer.moderation == .published { found[answer.id] = answer }
        }
        return found
    }

    private func editContext(_ request: Request) async throws -> (PlanVersion, PlanDocument, DocumentSection, SectionEdit?) {
        try request.require(.editRegister)
        let id = request.parameters.get("version") ?? "", sectionID = request.parameters.get("section") ?? ""
        guard let version = try await drafting.store.version(id), let document = try await drafting.document(id),
              let section = document.section(sectionID) else { throw notFound(request) }
        return (version, document, section, try await drafting.store.edits(of: id).first { $0.section == sectionID })
    }

    private func answerChoices() async throws -> [FormChoice] {
        try await publishedAnswers().values.sorted { $0.submittedAt < $1.submittedAt }.map { answer in
            let said = [answer.differently, answer.enthusiastic, answer.how].first { !$0.isEmpty } ?? ""
            return FormChoice(value: answer.id, label: "\(answer.about): \(answer.shownName ?? l(.consultation(.anInhabitant))) — \(said.prefix(120))")
        }
    }

    private func sectionEdit(_ request: Request) async throws -> Response {
        let (version, document, section, saved) = try await editContext(request)
        guard version.state == .draft else { return try await versions(request, problem: l(.document(.alreadyAdopted)), status: .conflict) }
        let fields = PlanSectionEditPage.fields(l, title: section.title, text: document.fileText(of: section), answers: try await answerChoices(),
                                                chosen: saved?.answers ?? [])
        let model = PlanSectionEditPage.Model(csrf: request.csrfToken, version: version.version, section: section, revision: saved?.revision ?? 0, fields: fields)
        return Response.personalPage(PlanSectionEditPage.render(model, l))
    }

    private func saveSection(_ request: Request) async throws -> Response {
        let (version, _, section, _) = try await editContext(request)
        let form = FormBody(request)
        let chosen = form.values["answers"] ?? []
        let typed = PlanSectionEditPage.fields(l, title: form["title"] ?? "", text: form["text"] ?? "", answers: try await answerChoices(), chosen: chosen)
        do {
            let edit = try await drafting.save(section: section.id, in: version.version, title: form["title"] ?? "", text: form["text"] ?? "", answers: chosen,
                                               from: form.version, by: request.account)
            let model = PlanSectionEditPage.Model(csrf: request.csrfToken, version: version.version, section: section, revision: edit.revision,
                                                  fields: typed, notice: l(.document(.saved)))
            return Response.personalPage(PlanSectionEditPage.render(model, l))
        } catch let PlanDrafting.Refusal.text(problem) {
            let model = PlanSectionEditPage.Model(csrf: request.csrfToken, version: version.version, section: section, revision: form.version, fields: typed,
                                                  problem: l(.document(.textProblem(line: problem.line, problem.problem))))
            return Response.personalPage(PlanSectionEditPage.render(model, l), status: .unprocessableEntity)
        } catch let PlanVersionStore.Refusal.stale(saved) {
            let fields = typed.map { field -> FormInput in
                var field = field
                if field.name == "text" { field.saved = saved?.text }
                return field
            }
            let model = PlanSectionEditPage.Model(csrf: request.csrfToken, version: version.version, section: section, revision: saved?.revision ?? 0,
                                                  fields: fields, problem: l(.document(.stale)))
            return Response.personalPage(PlanSectionEditPage.render(model, l), status: .conflict)
        } catch PlanVersionStore.Refusal.adopted {
            return try await versions(request, problem: l(.document(.alreadyAdopted)), status: .conflict)
        }
    }

    private func adopt(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        let form = FormBody(request)
        do {
            _ = try await drafting.adopt(request.parameters.get("version") ?? "", on: form["decidedOn"] ?? "", decidedBy: form["decidedBy"] ?? "", by: request.account)
            return try await versions(request, notice: l(.document(.adopted)))
        } catch is PlanDrafting.Refusal {
            return try await versions(request, problem: l(.reporting(.bodyMissing)), status: .unprocessableEntity)
        } catch PlanVersionStore.Refusal.adopted {
            return try await versions(request, problem: l(.document(.alreadyAdopted)), status: .conflict)
        } catch PlanVersionStore.Refusal.noSuchVersion {
            throw notFound(request)
        }
    }

    /// Where a record of the plan as shipped comes from in its text.
    static func source(of reference: EntityReference) -> PlanSourceLink? {
        guard let document = try? first.get(), let source = sources?[reference], let section = document.section(source.section) else { return nil }
        return PlanSourceLink(version: document.version, block: source.block, sectionTitle: section.numberedTitle)
    }
}
