import Core
import Foundation
import Monitor
import Services
import Storage
import Vapor

/// The targets of the ambitions: the dashboard, the forms to enter, change and remove a
/// measurement or take one from the monitor (for the regiegroep, the beheerder and the
/// aanvoerder of a team on the ambition's action line), the JSON API, and the targets' status
/// on each ambition's page.
struct TargetsRoutes: Sendable {
    let measuring: TargetMeasuring
    var store: TargetMeasurementStore { measuring.store }
    let pages: RegisterRoutes
    let l: Localizer

    func register(on app: Application) {
        app.get(.targets(.dashboard)) { request in
            let register = try await pages.current()
            let lines = try await lines(register)
            let editable = Set(lines.filter { mayMeasure($0, register, request.account) }.map(\.target.id))
            let model = TargetsPage.Model(plan: register.plan, lines: lines, saved: request.query[String.self, at: "opgeslagen"],
                                          deleted: request.query[String.self, at: "verwijderd"], editable: editable)
            // Personal once it carries the links to change measurements.
            return Response(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": editable.isEmpty ? "no-cache" : "no-store"],
                            body: .init(string: TargetsPage.render(model, l)))
        }
        app.get(.targets(.newMeasurement(":id"))) { try await form($0) }
        app.post(.targets(.newMeasurement(":id"))) { try await save($0) }
        MeasurementEditRoutes(targets: self).register(on: app)
        MonitorMeasurementRoutes(targets: self).register(on: app)
        TargetsAPI(lines: { try await lines(today: pages.today()) }, l: l).register(on: app)
    }

    private func lines(_ register: Register) async throws -> [TargetLine] {
        TargetLine.all(register, measurements: try await store.all(), today: pages.today())
    }

    private func lines(today: String) async throws -> (Register, [TargetLine]) {
        let register = try await pages.current()
        return (register, TargetLine.all(register, measurements: try await store.all(), today: today))
    }

    /// The target of the path with its line, or a 404 in the person's words.
    func line(_ request: Request) async throws -> (Register, TargetLine) {
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
    func permissions(_ line: TargetLine, _ register: Register) -> [Permission] {
        TargetRights.permissions(line.ambition, in: register)
    }

    func mayMeasure(_ line: TargetLine, _ register: Register, _ account: Account?) -> Bool {
        TargetRights.mayMeasure(line.ambition, in: register, by: account)
    }

    /// Back to the target's row on the dashboard, saying what happened.
    func dashboard(_ request: Request, _ target: String, _ what: String = "opgeslagen") -> Response {
        request.redirect(to: SiteURL.targets(.dashboard).path + "?\(what)=\(target)#doel-\(target)", redirectType: .normal)
    }

    private func form(_ request: Request) async throws -> Response {
        let (register, line) = try await line(request)
        guard request.account != nil else { return request.loginRedirect() }
        try request.require(anyOf: permissions(line, register))
        return try await page(request, register, line, values: ["datum": pages.today()])
    }

    /// The form page; `monitor` is what the monitor form was sent with, or nil for its defaults.
    func page(_ request: Request, _ register: Register, _ line: TargetLine, values: [String: String], problems: [String: String] = [:],
              monitor: MonitorMeasurementForm.Model? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        var monitor = monitor
        if monitor == nil, line.target.kind == .gapClosure {
            monitor = try await MonitorMeasurementForm.Model.choices(MonitorStore(beside: store), l)
        }
        let model = MeasurementFormPage.Model(plan: register.plan, line: line, csrf: request.csrfToken, fields: MeasurementForm.fields(line.target, l),
                                              values: values, problems: problems, monitor: monitor)
        return Response.personalPage(MeasurementFormPage.render(model, l), status: status)
    }

    private func save(_ request: Request) async throws -> Response {
        let (register, line) = try await line(request)
        try request.require(anyOf: permissions(line, register))
        let fields = MeasurementForm.fields(line.target, l)
        let values = FormBody(request).values(of: fields)
        switch MeasurementForm.read(values, target: line.target, id: UUID().uuidString.lowercased(), l) {
        case let .problems(problems):
            return try await page(request, register, line, values: values, problems: problems, status: .unprocessableEntity)
        case let .value(measurement):
            try await measuring.add(measurement, of: line.target, ambition: line.ambition, by: .person(request.account))
            return dashboard(request, line.target.id)
        }
    }
}
