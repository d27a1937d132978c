import Core
import Foundation
import Storage
import Vapor

/// The targets of the ambitions: the dashboard, the form to enter a measurement (for the
/// regiegroep, the beheerder and the aanvoerder of a team on the ambition's action line), the
/// JSON API, and the targets' status on each ambition's page.
struct TargetsRoutes: Sendable {
    let store: TargetMeasurementStore
    let pages: RegisterRoutes
    let l: Localizer

    func register(on app: Application) {
        // The ambition pages are rendered once per register revision; the status, which moves
        // with every measurement, is put into them on the way out.
        app.middleware.use(AmbitionTargetsMiddleware(lines: { try await lines(today: pages.today()) }, l: l))
        app.get("doelen") { request in
            let register = try await pages.current()
            let model = TargetsPage.Model(plan: register.plan, lines: try await lines(register), saved: request.query[String.self, at: "opgeslagen"])
            return Response(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"],
                            body: .init(string: TargetsPage.render(model, l)))
        }
        app.get("doelen", ":id", "metingen", "nieuw") { try await form($0) }
        app.post("doelen", ":id", "metingen", "nieuw") { try await save($0) }
        TargetsAPI(lines: { try await lines(today: pages.today()) }, l: l).register(on: app.grouped("api", "v1"))
    }

    private func lines(_ register: Register) async throws -> [TargetLine] {
        TargetLine.all(register, measurements: try await store.all(), today: pages.today())
    }

    private func lines(today: String) async throws -> (Register, [TargetLine]) {
        let register = try await pages.current()
        return (register, TargetLine.all(register, measurements: try await store.all(), today: today))
    }

    /// The target of the path with its line, or a 404 in the person's words.
    private func line(_ request: Request) async throws -> (Register, TargetLine) {
        let id = try RegisterRoutes.id(request)
        let register = try await pages.current()
        guard register.ambitions.contains(where: { $0.targets.contains { $0.id == id } }) else {
            throw AppError.notFound(kind: l(.target).lowercased(), id: id)
        }
        let measurements = try await store.measurements(of: id)
        let line = TargetLine.all(register, measurements: measurements, today: pages.today()).first { $0.target.id == id }!
        return (register, line)
    }

    /// The regiegroep and the beheerder measure every target; an aanvoerder those of the ambition their team works on.
    private func permissions(_ line: TargetLine, _ register: Register) -> [Permission] {
        [.editRegister] + TargetLine.teams(of: line.ambition, in: register).map(Permission.editTeam)
    }

    private func form(_ request: Request) async throws -> Response {
        let (register, line) = try await line(request)
        guard request.account != nil else { return request.loginRedirect() }
        try request.require(anyOf: permissions(line, register))
        let model = MeasurementFormPage.Model(plan: register.plan, line: line, csrf: request.csrfToken,
                                              fields: MeasurementForm.fields(line.target, l), values: ["datum": pages.today()])
        return Response.personalPage(MeasurementFormPage.render(model, l))
    }

    private func save(_ request: Request) async throws -> Response {
        let (register, line) = try await line(request)
        try request.require(anyOf: permissions(line, register))
        let fields = MeasurementForm.fields(line.target, l)
        let body = FormBody(request.body.string ?? "")
        var values: [String: String] = [:]
        for field in fields { values[field.name] = body[field.name] ?? "" }
        switch MeasurementForm.read(values, target: line.target, id: UUID().uuidString.lowercased(), l) {
        case let .problems(problems):
            let model = MeasurementFormPage.Model(plan: register.plan, line: line, csrf: request.csrfToken, fields: fields, values: values, problems: problems)
            return Response.personalPage(MeasurementFormPage.render(model, l), status: .unprocessableEntity)
        case let .value(measurement):
            try await store.add(measurement, of: line.target, by: request.account!)
            return request.redirect(to: SiteURL.targets(.dashboard).path + "?opgeslagen=\(line.target.id)#doel-\(line.target.id)", redirectType: .normal)
        }
    }
}
