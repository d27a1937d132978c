import Core
import Foundation
import Services
import Storage
import Vapor

/// Changing and removing a measurement through forms, for whoever may measure the target: from
/// the version the form was opened with, so a change made meanwhile is shown rather than
/// overwritten. The store writes each change to the audit trail.
struct MeasurementEditRoutes: Sendable {
    let targets: TargetsRoutes
    private var store: TargetMeasurementStore { targets.store }
    private var l: Localizer { targets.l }

    func register(on app: Application) {
        app.get(.targets(.editMeasurement(":id", ":meting"))) { try await editForm($0) }
        app.post(.targets(.editMeasurement(":id", ":meting"))) { try await update($0) }
        app.get(.targets(.deleteMeasurement(":id", ":meting"))) { try await deleteForm($0) }
        app.post(.targets(.deleteMeasurement(":id", ":meting"))) { try await delete($0) }
    }

    /// The target and the measurement of the path, once the person may measure the target: who
    /// may not learns nothing about the measurement, not even whether it exists.
    private func measurement(_ request: Request) async throws -> (TargetLine, StoredMeasurement) {
        let (register, line) = try await targets.line(request)
        try request.require(anyOf: targets.permissions(line, register))
        let id = request.parameters.get("meting") ?? ""
        guard Slug.isValid(id) || UUID(uuidString: id) != nil else { throw AppError.malformedID(id) }
        guard let stored = line.measurements.first(where: { $0.measurement.id == id }) else {
            throw AppError.notFound(kind: l(.targetsModule(.measurementKind)), id: id)
        }
        return (line, stored)
    }

    private func editForm(_ request: Request) async throws -> Response {
        guard request.account != nil else { _ = try await targets.line(request); return request.loginRedirect() }
        let (line, stored) = try await measurement(request)
        return page(.init(line: line, measurement: stored.measurement.id, csrf: request.csrfToken, fields: MeasurementForm.fields(line.target, l),
                          values: MeasurementForm.values(of: stored.measurement, l), version: stored.version))
    }

    private func update(_ request: Request) async throws -> Response {
        let (line, stored) = try await measurement(request)
        let fields = MeasurementForm.fields(line.target, l)
        let body = FormBody(request)
        let values = body.values(of: fields), version = body.version
        var model = MeasurementEditPage.Model(line: line, measurement: stored.measurement.id, csrf: request.csrfToken, fields: fields,
                                              values: values, version: version)
        switch MeasurementForm.read(values, target: line.target, id: stored.measurement.id, l) {
        case let .problems(problems):
            model.problems = problems
            return page(model, status: .unprocessableEntity)
        case let .value(measurement):
            do {
                try await targets.measuring.edit(measurement, of: line.target, ambition: line.ambition, version: version, by: request.account)
                return targets.dashboard(request, line.target.id)
            } catch TargetMeasurementRefusal.conflict {
                // The measurement as saved now, beside what this person typed, and its version to save over it knowingly.
                guard let current = try await store.measurement(stored.measurement.id) else { throw gone(stored) }
                model.saved = MeasurementForm.values(of: current.measurement, l)
                model.version = current.version
                return page(model, status: .conflict)
            } catch TargetMeasurementRefusal.notFound {
                throw gone(stored)
            }
        }
    }

    private func deleteForm(_ request: Request) async throws -> Response {
        guard request.account != nil else { _ = try await targets.line(request); return request.loginRedirect() }
        let (line, stored) = try await measurement(request)
        return Response.personalPage(MeasurementDeletePage.render(.init(line: line, stored: stored, csrf: request.csrfToken), l))
    }

    private func delete(_ request: Request) async throws -> Response {
        let (line, stored) = try await measurement(request)
        let version = FormBody(request).version
        do {
            try await targets.measuring.delete(stored.measurement.id, of: line.ambition, version: version, by: request.account)
            return targets.dashboard(request, line.target.id, "verwijderd")
        } catch TargetMeasurementRefusal.conflict {
            // Ask again with the measurement as it is now.
            guard let current = try await store.measurement(stored.measurement.id) else { throw gone(stored) }
            let model = MeasurementDeletePage.Model(line: line, stored: current, csrf: request.csrfToken, changedMeanwhile: true)
            return Response.personalPage(MeasurementDeletePage.render(model, l), status: .conflict)
        } catch TargetMeasurementRefusal.notFound {
            throw gone(stored)
        }
    }

    private func page(_ model: MeasurementEditPage.Model, status: HTTPResponseStatus = .ok) -> Response {
        Response.personalPage(MeasurementEditPage.render(model, l), status: status)
    }

    private func gone(_ stored: StoredMeasurement) -> AppError {
        .notFound(kind: l(.targetsModule(.measurementKind)), id: stored.measurement.id)
    }
}
