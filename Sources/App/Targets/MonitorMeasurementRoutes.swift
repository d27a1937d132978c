import Core
import Monitor
import Seeds
import Services
import Storage
import Vapor

/// `POST /doelen/<id>/metingen/uit-monitor`: a gap measurement computed from the monitor's
/// values, recorded as if typed in by the person who asked, so it lands in the audit trail
/// under their name.
struct MonitorMeasurementRoutes: Sendable {
    let targets: TargetsRoutes
    private var l: Localizer { targets.l }

    func register(on app: Application) {
        app.post(.targets(.monitorMeasurement(":id"))) { try await measure($0) }
    }

    private func measure(_ request: Request) async throws -> Response {
        let (register, line) = try await targets.line(request)
        try request.require(anyOf: targets.permissions(line, register))
        let monitor = MonitorStore(beside: targets.store)
        var model = try await MonitorMeasurementForm.Model.choices(monitor, l)
        model.values = FormBody(request).values(of: MonitorMeasurementForm.fields(model, l))
        let indicator = model.values["monitor-indicator"] ?? ""
        let year = Int(model.values["monitor-jaar"] ?? "")
        if indicator.isEmpty { model.problems["monitor-indicator"] = l(.editing(.problem(.required))) }
        if year == nil { model.problems["monitor-jaar"] = l(.editing(.problem(.required))) }
        if let year, model.problems.isEmpty {
            do {
                let (measurement, _) = try await MonitorGapMeasurement.make(
                    target: line.target, indicator: indicator, year: year, region: MonitorMeasurementForm.region,
                    catalogue: try SeedFile.indicatorCatalogue(), regions: try SeedFile.regionCatalogue(), from: monitor)
                try await targets.measuring.add(measurement, of: line.target, ambition: line.ambition, by: .person(request.account))
                return targets.dashboard(request, line.target.id)
            } catch let error as MonitorGapError {
                let (field, message) = MonitorMeasurementForm.problem(error, l)
                model.problems[field] = message
            } catch TargetMeasurementRefusal.idTaken {
                model.problems["monitor-jaar"] = l(.targetsModule(.monitorAlreadyTaken(year: year)))
            }
        }
        return try await targets.page(request, register, line, values: ["datum": targets.pages.today()], monitor: model, status: .unprocessableEntity)
    }
}
