import Core
import Seeds
import Vapor

/// `/plan/{version}`: the plan's text; `/plan` sends to the current version. Version 1.0 is the
/// text Stip ships (`Seeds/zuid-limburg-pva-1.0-document.txt`).
struct PlanDocumentRoutes: Sendable {
    let pages: RegisterRoutes
    let l: Localizer

    /// Read and checked once; a broken file is the page's error, not the server's.
    static let current: Result<PlanDocument, PlanDocumentFileError> = Result { () throws(PlanDocumentFileError) in try SeedFile.planDocument() }

    /// Where the entries of the plan as shipped come from in its text: fixed once, so a later
    /// edit of an entry's title keeps its place (and typed text never moves a link).
    static let sources: DocumentSources? = {
        guard let document = try? current.get(), let shipped = try? SeedFile.plan() else { return nil }
        return DocumentSources(register: shipped, document: document)
    }()

    /// The text of a version, nil for a version there is none of (yet).
    static func document(_ version: String) -> PlanDocument? {
        guard let document = try? current.get(), document.version == version else { return nil }
        return document
    }

    func register(on routes: any RoutesBuilder) {
        routes.get(.currentPlanDocument) { request in
            request.redirect(to: SiteURL.planDocument(version: try Self.current.get().version).path)
        }
        routes.get(.planDocument(version: ":version")) { request in
            let document = try Self.current.get()
            guard request.parameters.get("version") == document.version else {
                throw AppError.notFound(kind: l(.document(.nav)).lowercased(), id: request.parameters.get("version") ?? "")
            }
            return try await pages.respond(request, contentType: "text/html; charset=utf-8") { register in
                PlanDocumentPage.render(.init(document: document, register: register, sources: Self.sources ?? DocumentSources(sources: [:])), l)
            }
        }
    }

    /// Where a record of the plan as shipped comes from in its text.
    static func source(of reference: EntityReference) -> PlanSourceLink? {
        guard let document = try? current.get(), let source = sources?[reference], let section = document.section(source.section) else { return nil }
        return PlanSourceLink(version: document.version, block: source.block, sectionTitle: section.numberedTitle)
    }
}
