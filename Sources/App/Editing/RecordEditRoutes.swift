import Core
import Foundation
import Services
import Storage
import Vapor

/// Creating, editing and deleting every kind of record, through forms and the JSON API, with
/// the role's permission, field checks in Dutch, optimistic locking and the audit trail.
struct RecordEditRoutes: Sendable {
    let editing: RegisterEditing
    let pages: RegisterRoutes
    let l: Localizer

    func register(on routes: any RoutesBuilder) {
        for kind in EntityKind.allCases {
            routes.get(.newRecord(kind)) { try await newForm(kind, $0) }
            routes.post(.newRecord(kind)) { try await create(kind, $0) }
            routes.get(.editRecord(kind, ":id")) { try await editForm(kind, $0) }
            routes.post(.editRecord(kind, ":id")) { try await update(kind, $0) }
            routes.get(.deleteRecord(kind, ":id")) { try await deleteForm(kind, $0) }
            routes.post(.deleteRecord(kind, ":id")) { try await delete(kind, $0) }

            // Room for every field at its longest (`FieldLength`), in UTF-8.
            let body = HTTPBodyStreamStrategy.collect(maxSize: APIRecordShape.maximumBodySize)
            routes.on(.POST, .api(.records(kind)), body: body) { try await apiCreate(kind, $0) }
            routes.on(.PUT, .api(.record(kind, ":id")), body: body) { try await apiUpdate(kind, $0) }
            routes.on(.DELETE, .api(.record(kind, ":id"))) { try await apiDelete(kind, $0) }
        }
    }

    // MARK: Forms

    private func newForm(_ kind: EntityKind, _ request: Request) async throws -> Response {
        guard request.account != nil else { return request.loginRedirect() }
        let register = try await pages.current()
        try RegisterEditRights.requireStart(kind, by: request.account)
        // A link may name the record a new one belongs to: ?ambition=groene-long, ?team=team-groene-long.
        var values = FieldValues()
        for field in kind.editor.fields(in: register) {
            if let preset = request.query[String.self, at: field.name.rawValue] { values[field.name] = preset }
        }
        return form(.init(csrf: request.csrfToken, kind: kind, id: nil, fields: kind.editor.fields(in: register),
                          values: values, version: 0, back: SiteURL.list(of: kind)))
    }

    private func editForm(_ kind: EntityKind, _ request: Request) async throws -> Response {
        guard request.account != nil else { return request.loginRedirect() }
        let (id, register) = try await record(kind, request)
        try RegisterEditRights.requireEdit(kind, id: id, in: register, by: request.account)
        return form(.init(csrf: request.csrfToken, kind: kind, id: id, fields: kind.editor.fields(in: register),
                          values: kind.editor.values(of: id, in: register) ?? [:], version: register.version(of: EntityReference(kind, id)),
                          back: SiteURL.page(of: kind.editor.owner(of: id, in: register))))
    }

    private func deleteForm(_ kind: EntityKind, _ request: Request) async throws -> Response {
        guard request.account != nil else { return request.loginRedirect() }
        let (id, register) = try await record(kind, request)
        try RegisterEditRights.requireEdit(kind, id: id, in: register, by: request.account)
        return Response.personalPage(RecordDeletePage.render(deletion(kind, id, register, request), l))
    }

    private func create(_ kind: EntityKind, _ request: Request) async throws -> Response {
        let register = try await pages.current()
        try RegisterEditRights.requireStart(kind, by: request.account)
        let fields = kind.editor.fields(in: register)
        let values = FormBody(request).fieldValues(for: fields)
        let model = RecordFormPage.Model(csrf: request.csrfToken, kind: kind, id: nil, fields: fields, values: values, version: 0,
                                         back: SiteURL.list(of: kind))
        return try await save(RegisterChange(kind, .create(values)), request, model)
    }

    private func update(_ kind: EntityKind, _ request: Request) async throws -> Response {
        let (id, register) = try await record(kind, request)
        // Whether this person may edit the record at all, before anything is checked or told about it.
        try RegisterEditRights.requireEdit(kind, id: id, in: register, by: request.account)
        let fields = kind.editor.fields(in: register)
        let body = FormBody(request)
        var values = body.fieldValues(for: fields.filter { !$0.onCreateOnly })
        values[.id] = id
        let version = body.version
        let model = RecordFormPage.Model(csrf: request.csrfToken, kind: kind, id: id, fields: fields, values: values, version: version,
                                         back: SiteURL.page(of: kind.editor.owner(of: id, in: register)))
        return try await save(RegisterChange(kind, .update(id: id, values: values, version: version)), request, model)
    }

    private func delete(_ kind: EntityKind, _ request: Request) async throws -> Response {
        let (id, register) = try await record(kind, request)
        let version = FormBody(request).version
        let owner = kind.editor.owner(of: id, in: register)
        do {
            try RegisterEditRights.requireEdit(kind, id: id, in: register, by: request.account)
            _ = try await editing.apply(RegisterChange(kind, .delete(id: id, version: version)), by: request.account)
            let back = owner.kind == kind ? SiteURL.list(of: kind) : SiteURL.page(of: owner)
            return request.redirect(to: back.path, redirectType: .normal)
        } catch ChangeRefusal.referenced, ChangeRefusal.conflict {
            // Show the question again with what refers to it now, or the newer version to confirm.
            let current = try await pages.current()
            return Response.personalPage(RecordDeletePage.render(deletion(kind, id, current, request), l), status: .conflict)
        } catch ChangeRefusal.notFound {
            throw AppError.notFound(kind: l(.editing(.kind(kind))).lowercased(), id: id)
        }
    }

    /// Saves a change from a form: back to the record's page, or the form again with what went wrong.
    private func save(_ change: RegisterChange, _ request: Request, _ model: RecordFormPage.Model) async throws -> Response {
        var model = model
        do {
            let applied = try await editing.apply(change, by: request.account)
            let page = SiteURL.page(of: change.kind.editor.owner(of: applied.reference.id, in: applied.register))
            return request.redirect(to: page.path, redirectType: .normal)
        } catch let ChangeRefusal.invalid(problems) {
            model.problems = problems
            return form(model, status: .unprocessableEntity)
        } catch let ChangeRefusal.conflict(current, version) {
            model.saved = current
            model.version = version
            return form(model, status: .conflict)
        } catch ChangeRefusal.notFound {
            throw AppError.notFound(kind: l(.editing(.kind(change.kind))).lowercased(), id: model.id ?? "")
        }
    }

    private func form(_ model: RecordFormPage.Model, status: HTTPResponseStatus = .ok) -> Response {
        Response.personalPage(RecordFormPage.render(model, l), status: status)
    }

    private func deletion(_ kind: EntityKind, _ id: String, _ register: Register, _ request: Request) -> RecordDeletePage.Model {
        let reference = EntityReference(kind, id)
        return RecordDeletePage.Model(
            csrf: request.csrfToken, kind: kind, id: id, title: register.title(of: reference), version: register.version(of: reference),
            referrers: kind.editor.references(to: id, in: register).map { ($0, register.title(of: $0)) },
            back: SiteURL.page(of: kind.editor.owner(of: id, in: register)))
    }

    // MARK: API

    private func apiCreate(_ kind: EntityKind, _ request: Request) async throws -> Response {
        try RegisterEditRights.requireStart(kind, by: request.account)
        let (values, _) = try Self.jsonValues(request, kind: kind, current: nil)
        return try await apiSave(RegisterChange(kind, .create(values)), request, created: true)
    }

    private func apiUpdate(_ kind: EntityKind, _ request: Request) async throws -> Response {
        // Who asks comes first: a visitor learns nothing about records or fields.
        guard request.account != nil else { throw AppError.unauthorized }
        let (id, register) = try await record(kind, request)
        try RegisterEditRights.requireEdit(kind, id: id, in: register, by: request.account)
        let current = try APIRepresentation(register: register).record(kind, id, on: pages.today())
        let (values, version) = try Self.jsonValues(request, kind: kind, current: current ?? [:])
        guard let version else { throw AppError.unreadableBody(APIRecordShape.Refusal.missingVersion.detail) }
        return try await apiSave(RegisterChange(kind, .update(id: id, values: values, version: version)), request, created: false)
    }

    private func apiDelete(_ kind: EntityKind, _ request: Request) async throws -> Response {
        guard request.account != nil else { throw AppError.unauthorized }
        let (id, register) = try await record(kind, request)
        try RegisterEditRights.requireEdit(kind, id: id, in: register, by: request.account)
        guard let version = request.query[Int.self, at: "version"], APIRecordShape.versions.contains(version) else {
            throw AppError.unreadableBody("de parameter ‘version’ ontbreekt of is geen geheel getal (?version=N, de versie van het record)")
        }
        do {
            _ = try await editing.apply(RegisterChange(kind, .delete(id: id, version: version)), by: request.account)
            return Response(status: .noContent)
        } catch let ChangeRefusal.conflict(current, version) {
            return try Response.json(APIRecord(kind: kind, id: id, version: version, values: current), status: .conflict)
        } catch let ChangeRefusal.referenced(referrers) {
            return try Response.json(APIReferenced(
                error: .init(status: 409, reason: l(.editing(.deleteRefused))),
                referencedBy: referrers.map { APIPath.record($0.kind, $0.id).path }),
                status: .conflict)
        }
    }

    private func apiSave(_ change: RegisterChange, _ request: Request, created: Bool) async throws -> Response {
        do {
            let applied = try await editing.apply(change, by: request.account)
            return try Response.json(APIRecord(kind: change.kind, id: applied.reference.id, version: applied.version, values: applied.after ?? [:]),
                                     status: created ? .created : .ok)
        } catch let ChangeRefusal.invalid(problems) {
            return try Response.json(APIProblems(
                error: .init(status: 422, reason: "\(l(.fixFields)) (\(problems.keys.sorted().map { "‘\(APIRecordShape.key(of: $0, kind: change.kind))’" }.joined(separator: ", ")))"),
                problems: problems.sorted { $0.key < $1.key }.map {
                    .init(field: APIRecordShape.key(of: $0.key, kind: change.kind), message: l(.editing(.problem($0.value))))
                }),
                status: .unprocessableEntity)
        } catch let ChangeRefusal.conflict(current, version) {
            // The record as stored now, so the client can merge and send again with its version.
            guard case let .update(id, _, _) = change.operation else { throw ChangeRefusal.notFound }
            return try Response.json(APIRecord(kind: change.kind, id: id, version: version, values: current), status: .conflict)
        } catch ChangeRefusal.notFound {
            throw AppError.notFound(kind: l(.editing(.kind(change.kind))).lowercased(), id: "")
        }
    }

    /// A JSON object's fields as a form's text, and its `version`; every refusal names its field.
    static func jsonValues(_ request: Request, kind: EntityKind, current: [String: APIValue]?) throws -> (FieldValues, Int?) {
        do {
            return try APIRecordShape.values(from: request.body.data.map { Data(buffer: $0) }, kind: kind, current: current)
        } catch {
            throw AppError.unreadableBody(error.detail)
        }
    }

    // MARK: Who may

    private func record(_ kind: EntityKind, _ request: Request) async throws -> (String, Register) {
        let id = try Self.id(request)
        let register = try await pages.current()
        guard kind.editor.values(of: id, in: register) != nil else {
            throw AppError.notFound(kind: l(.editing(.kind(kind))).lowercased(), id: id)
        }
        return (id, register)
    }

    /// Ids of memberships are generated UUIDs, which are no slugs but are just as safe in a path.
    private static func id(_ request: Request) throws -> String {
        let id = request.parameters.get("id") ?? ""
        guard Slug.isValid(id) || UUID(uuidString: id) != nil else { throw AppError.malformedID(id) }
        return id
    }
}

/// A record as a write returns it: its fields as a GET reads them (what can be sent back with a
/// PUT) and its version.
struct APIRecord: Encodable {
    var kind: EntityKind
    var id: String
    var version: Int
    var values: FieldValues

    private enum Key: String, CodingKey { case kind, id, version, values }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(id, forKey: .id)
        try container.encode(version, forKey: .version)
        try container.encode(APIRecordShape.json(values, kind: kind), forKey: .values)
    }
}

/// A refused delete, with what still refers to the record.
struct APIReferenced: Encodable {
    var error: APIProblems.Detail
    var referencedBy: [String]
}

/// A refused API write with its problems per field.
struct APIProblems: Encodable {
    struct Detail: Encodable { var status: Int; var reason: String }
    struct Problem: Encodable { var field: String; var message: String }
    var error: Detail
    var problems: [Problem]
}
