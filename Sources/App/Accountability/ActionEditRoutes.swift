import Core
import Storage
import Vapor

/// Editing an action through the form and the API, with the role's permission, field
/// checks in Dutch, optimistic locking and the audit trail.
struct ActionEditRoutes: Sendable {
    let store: RegisterStore
    let pages: RegisterRoutes
    let l: Localizer

    func register(on routes: any RoutesBuilder) {
        routes.get("acties", ":id", "bewerken") { request in
            guard request.account != nil else { return request.loginRedirect() }
            let (action, register) = try await editable(request)
            return Response.personalPage(ActionEditPage.render(.init(csrf: request.csrfToken, action: action, form: ActionEdit(action), register: register), l))
        }
        routes.post("acties", ":id", "bewerken") { request in
            let (action, register) = try await editable(request)
            let (edit, yearText) = try formEdit(request, version: action.version)
            var problems = Dictionary(edit.problems(in: register).map { ($0.field, l(.problem($0))) }, uniquingKeysWith: { first, _ in first })
            if let yearText { problems["year"] = l(.yearNotANumber(yearText)) }
            guard problems.isEmpty else {
                let page = ActionEditPage.render(.init(csrf: request.csrfToken, action: action, form: edit, register: register,
                                                       yearText: yearText, problems: problems), l)
                return Response.personalPage(page, status: .unprocessableEntity)
            }
            do {
                _ = try await store.update(action: action.id, with: edit, by: request.account!)
                return request.redirect(to: SiteURL.action(action.id).path, redirectType: .normal)
            } catch RegisterStore.EditFailure.conflict(let current) {
                let page = ActionEditPage.render(.init(csrf: request.csrfToken, action: current, form: edit, register: register, saved: current), l)
                return Response.personalPage(page, status: .conflict)
            }
        }

        routes.grouped("api", "v1").put("actions", ":id") { request in
            let (action, register) = try await editable(request)
            let edit = try request.content.decode(ActionEdit.self)
            let problems = edit.problems(in: register)
            guard problems.isEmpty else {
                return try Response.json(APIProblems(error: .init(status: 422, reason: l(.fixFields)),
                                            problems: problems.map { .init(field: $0.field, message: l(.problem($0))) }), status: .unprocessableEntity)
            }
            do {
                let saved = try await store.update(action: action.id, with: edit, by: request.account!)
                return try Response.json(APIRepresentation(register: register).action(saved), status: .ok)
            } catch RegisterStore.EditFailure.conflict(let current) {
                // The record as stored now, so the client can merge and send again with its version.
                return try Response.json(APIRepresentation(register: register).action(current), status: .conflict)
            }
        }
    }

    /// The action of the path and the register, if this account may edit it: the regiegroep
    /// every action, an aanvoerder those of their own team.
    private func editable(_ request: Request) async throws -> (Action, Register) {
        let id = try RegisterRoutes.id(request)
        let register = try await pages.current()
        guard let action = register.action(id) else { throw AppError.notFound(kind: l(.action).lowercased(), id: id) }
        let team = register.team(of: action)?.id ?? ""
        try request.require(anyOf: [.editRegister, .editTeam(team)])
        return (action, register)
    }

    /// The edit as the form sent it; a year that is not a number comes back as typed.
    private func formEdit(_ request: Request, version: Int) throws -> (ActionEdit, String?) {
        struct Form: Content {
            var title: String?
            var status: String?
            var period: String?
            var year: String?
            var ownerTeam: String?
            var ownerOrganisation: String?
            var version: String?
        }
        let form = try request.content.decode(Form.self)
        let yearText = form.year?.trimmingCharacters(in: .whitespaces) ?? ""
        let year = Int(yearText)
        func optional(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        let edit = ActionEdit(
            title: form.title ?? "", status: form.status.flatMap(Action.Status.init(rawValue:)) ?? .planned,
            period: optional(form.period), year: year, ownerTeam: optional(form.ownerTeam),
            ownerOrganisation: optional(form.ownerOrganisation), version: form.version.flatMap { Int($0) } ?? version)
        return (edit, !yearText.isEmpty && year == nil ? yearText : nil)
    }
}

/// A refused API write with its problems per field.
struct APIProblems: Encodable {
    struct Detail: Encodable { var status: Int; var reason: String }
    struct Problem: Encodable { var field: String; var message: String }
    var error: Detail
    var problems: [Problem]
}
