import Core
import Services
import Storage
import Vapor

/// `/KIND/ID/vertalen`: who may edit the register enters a record's title and text in English,
/// German or French, one form per language; each save is audited, and a save from an older
/// revision of that translation is refused with the saved text beside the typed one (409).
struct TranslationRoutes: Sendable {
    let translating: Translating
    let l: Localizer

    /// The languages a record is translated into, in the order the page shows them.
    static let languages = RecordTranslation.languages.compactMap(ScreenLanguage.init(rawValue:))

    func register(on routes: any RoutesBuilder) {
        for kind in RecordTranslation.kinds {
            routes.get(.translateRecord(kind, ":id")) { request in
                guard request.account != nil else { return request.loginRedirect() }
                let (reference, register) = try await original(kind, request)
                return Response.personalPage(TranslationPage.render(try await model(reference, register, request), l))
            }
            routes.post(.translateRecord(kind, ":id")) { try await save(kind, $0) }
        }
    }

    private func original(_ kind: EntityKind, _ request: Request) async throws -> (EntityReference, Register) {
        try Permission.require(anyOf: Translating.permission, for: request.account)
        let reference = EntityReference(kind, try RegisterRoutes.id(request))
        guard let register = try await translating.original(reference) else {
            throw AppError.notFound(kind: l(.editing(.kind(kind))).lowercased(), id: reference.id)
        }
        return (reference, register)
    }

    private func model(_ reference: EntityReference, _ register: Register, _ request: Request,
                       replacing entry: TranslationPage.Model.Language? = nil) async throws -> TranslationPage.Model {
        let kept = try await translating.store.translations(of: reference)
        return TranslationPage.Model(
            csrf: request.csrfToken, record: reference, title: register.title(of: reference), text: register.translatableText(of: reference),
            languages: Self.languages.map { language in
                if let entry, entry.language == language { return entry }
                return TranslationPage.language(language, kept: kept.first { $0.language == language.rawValue }, l)
            })
    }

    private func save(_ kind: EntityKind, _ request: Request) async throws -> Response {
        let (reference, register) = try await original(kind, request)
        let form = FormBody(request)
        guard let language = ScreenLanguage(rawValue: form["taal"] ?? ""), Self.languages.contains(language) else {
            throw Abort(.badRequest, reason: "taal: \(String((form["taal"] ?? "").prefix(20)))")
        }
        let typed = ["title": form["title"] ?? "", "text": form["text"] ?? "", "machine": form["machine"] == "true" ? "true" : ""]
        let fields = TranslationPage.fields(l, title: "", text: "", machine: false)
        var entry = TranslationPage.Model.Language(language: language, revision: form.version, kept: nil, fields: fields.map { $0.filled(typed) })
        var status = HTTPResponseStatus.ok
        do {
            let kept = try await translating.save(reference, language: language.rawValue, title: typed["title"]!, text: typed["text"]!,
                                                  machine: typed["machine"] == "true", from: form.version, by: request.account)
            entry = TranslationPage.language(language, kept: kept, l)
            entry.notice = l(.translation(kept == nil ? .removed : .saved))
        } catch let Translating.Refusal.invalid(problems) {
            let named = Dictionary(uniqueKeysWithValues: problems.map { ($0.key.rawValue, l(.editing(.problem($0.value)))) })
            entry.fields = fields.map { $0.filled(typed, problems: named) }
            status = .unprocessableEntity
        } catch let TranslationStore.Refusal.stale(saved) {
            let kept = ["title": saved?.title ?? "", "text": saved?.text ?? "", "machine": saved?.machine == true ? "true" : ""]
            entry.fields = fields.map { $0.filled(typed, saved: kept) }
            entry.kept = saved
            entry.revision = saved?.revision ?? 0
            entry.problem = l(.translation(.stale))
            status = .conflict
        }
        return Response.personalPage(TranslationPage.render(try await model(reference, register, request, replacing: entry), l), status: status)
    }
}
