import Core
import Foundation
import Monitor
import Services
import Storage
import Vapor

/// The focus decision: the criteria page, saving a selection as a decision (regiegroep and
/// beheerder), the saved decisions, their comparison with the current data, and their JSON.
/// A selection is computed once per data revision and criteria: 1,000 draws over every
/// neighbourhood of the country take seconds, and a save must find what the person saw.
struct FocusRoutes: Sendable {
    let data: Result<MonitorData, MonitorSeedError>
    let decisions: FocusDecisionStore
    let today: @Sendable () -> String
    let l: Localizer
    let allowance: ComputeAllowance
    /// A selection of every neighbourhood in the country is some 3 MB rendered; a region's far less.
    private let selections = RevisionCache<FocusParameters, MonitorRevision, Selection>(byteLimit: 48 << 20) {
        $0.summary.utf8.count + $0.mapAndTable.utf8.count + $0.names.count * 64 + $0.study.areas.count * 320
    }

    /// A selection with what the page shows of it, drawn once: the same for everyone who asks.
    struct Selection: Sendable {
        var study: FocusStudy
        var files: [FocusDecision.DataFile]
        /// The listed areas' names and their municipalities', as the data names them now.
        var names: [String: String]
        var summary: String
        var mapAndTable: String
    }

    init(data: Result<MonitorData, MonitorSeedError>, decisions: FocusDecisionStore, today: @escaping @Sendable () -> String, l: Localizer,
         allowance: ComputeAllowance) {
        self.allowance = allowance
        self.data = data
        self.decisions = decisions
        self.today = today
        self.l = l
    }

    /// Who may save a selection as a decision.
    static let savePermission = FocusDeciding.permission

    func register(on routes: any RoutesBuilder) {
        routes.get(.monitor(.focus(nil))) { request in try await page(request) }
        routes.post(.monitor(.focusSave)) { request in try await save(request) }
        routes.get(.monitor(.focusDecisions)) { _ in
            let data = try self.data.get()
            return Response.publicPage(FocusDecisionPages.list(try await decisions.decisions(), regionNames: regionNames(data), l))
        }
        routes.get(.monitor(.focusDecision(":id"))) { request in
            let (data, decision) = try await decision(request)
            return Response.publicPage(FocusDecisionPages.decision(decision, result: try await resultModel(decision.study, names: decision.names, data: data), l))
        }
        routes.get(.monitor(.focusComparison(":id"))) { request in
            let (data, decision) = try await decision(request)
            let current = try await selection(decision.study.parameters, data: data)
            return Response.publicPage(FocusDecisionPages.comparison(
                decision, current: current.study, comparison: FocusComparison(saved: decision.study, current: current.study), names: current.names, l))
        }
        routes.get(.monitor(.apiFocus(FocusQuery()))) { request in
            try APIQueryParameter.check(request, FocusOpenAPI.criteriaParameters)
            let data = try self.data.get()
            let query: FocusQuery
            do { query = try FocusQuery(request, l) } catch let error as FocusQueryProblems {
                throw AppError.unprocessable(error.problems.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: " "))
            }
            if let problem = drawsProblem(query, request) { throw AppError.unprocessable("\(FocusQuery.Field.draws.rawValue): \(problem)") }
            guard let year = try await year(query, data) else { throw AppError.notFound(kind: "jaar", id: query.year.map(String.init) ?? "") }
            try await spend(query.parameters(year: year), request, data: data)
            let selection = try await selection(query.parameters(year: year), data: data)
            // Every neighbourhood's outcome is megabytes of JSON: encoded beside the pages, not in their way.
            return try await ComputeThreads.run { try Response.json(FocusAPI.Selection(study: selection.study, files: selection.files)) }
        }
        routes.get(.monitor(.apiFocusDecisions)) { _ in try Response.json(try await decisions.decisions().map(FocusAPI.DecisionSummary.init)) }
        routes.get(.monitor(.apiFocusDecision(":id"))) { request in try Response.json(try await decision(request).1) }
        routes.get(.monitor(.apiFocusComparison(":id"))) { request in
            let (data, decision) = try await decision(request)
            let current = try await selection(decision.study.parameters, data: data).study
            return try Response.json(FocusAPI.Comparison(decision: decision, current: current))
        }
    }

    // MARK: The criteria page

    private func page(_ request: Request) async throws -> Response {
        let data = try self.data.get()
        var model = try await emptyModel(request, data: data)
        do {
            model.query = try FocusQuery(request, l)
        } catch {
            model.query = error.query
            model.typed = error.values
            model.problems = error.problems
            return Response.personalPage(FocusPage.render(model, l), status: .unprocessableEntity)
        }
        if let problem = drawsProblem(model.query, request) {
            model.typed = Dictionary(model.query.fields, uniquingKeysWith: { $1 })
            model.problems = [FocusQuery.Field.draws.rawValue: problem]
            return Response.personalPage(FocusPage.render(model, l), status: .unprocessableEntity)
        }
        // A selection nobody asked for yet is counted against the asker's allowance, and then
        // drawn while the page's head is already on its way, so a reader who leaves cancels it.
        if model.query.compute, let year = try await year(model.query, data) {
            let parameters = model.query.parameters(year: year)
            if !selections.isKnownOrRunning(parameters, revision: try await data.revision()) {
                _ = try data.region(model.query.region, year: year)
                // A full queue is told before the head goes out, as a 503; should it fill up in
                // the moment after, the page says so where the selection would have been.
                try data.queue.checkRoom()
                try await spend(parameters, request, data: data)
                let filled = model
                return Response.computed(headers: Response.personalPageHeaders) { [self] in
                    var model = filled
                    do {
                        try await fill(&model, request: request, data: data)
                    } catch let error as AppError {
                        model.failure = error.reason(l)
                    }
                    return FocusPage.render(model, l)
                }
            }
        }
        try await fill(&model, request: request, data: data)
        return Response.personalPage(FocusPage.render(model, l))
    }

    /// Visitors draw at most their cap; the form says so at the field.
    private func drawsProblem(_ query: FocusQuery, _ request: Request) -> String? {
        let most = allowance.maximumDraws(for: request.account)
        return query.draws > most ? l(.focus(.visitorDraws(l.number(most)))) : nil
    }

    /// Counts a new selection against the asker's allowance (429 beyond it); one known or being drawn is free.
    private func spend(_ parameters: FocusParameters, _ request: Request, data: MonitorData) async throws {
        guard !selections.isKnownOrRunning(parameters, revision: try await data.revision()) else { return }
        try allowance.spend(account: request.account, address: request.clientAddress)
    }

    /// The page before anything is computed: the choices the form offers.
    private func emptyModel(_ request: Request, data: MonitorData) async throws -> FocusPage.Model {
        let revision = try await data.revision()
        let scored = Set(data.catalogue.indicators.filter { $0.definition != nil }.map(\.theme))
        let mayLogIn = request.account == nil
        return FocusPage.Model(
            query: FocusQuery(), years: try await data.dataYears(revision),
            regions: [.init(value: MonitorQuery.country, label: l(.monitor(.country)))] + data.regions.definitions.map { .init(value: $0.id, label: $0.nameNL) },
            themes: Theme.allCases.filter(scored.contains),
            save: Self.savePermission.isAllowed(for: request.account) ? FocusPage.SaveForm(csrf: request.csrfToken, date: today()) : nil,
            mayLogIn: mayLogIn, maximumDraws: allowance.maximumDraws(for: request.account), recent: try await decisions.headings(limit: 5))
    }

    /// Fills in the year and, when asked for, the selection.
    private func fill(_ model: inout FocusPage.Model, request: Request, data: MonitorData) async throws {
        guard let year = try await year(model.query, data) else {
            model.failure = l(.focus(.noDataYet))
            return
        }
        model.query.year = year
        // Only the themes with values at this level and year can be weighed.
        let themes = try await data.figures(year: year, level: model.query.level, try await data.revision()).themes
        if !themes.isEmpty { model.themes = themes }
        guard model.query.compute else { return }
        do {
            model.result = try await selection(model.query.parameters(year: year), data: data)
        } catch let AppError.unprocessable(reason) {
            model.failure = reason
        }
    }

    /// The year asked for, else the latest with values at the level.
    private func year(_ query: FocusQuery, _ data: MonitorData) async throws -> Int? {
        if let year = query.year { return year }
        let revision = try await data.revision()
        return try await data.latestYear(level: query.level, revision)
    }

    /// The selection the parameters give now; an unknown region is a 404, a refusal of the method a 422.
    func selection(_ parameters: FocusParameters, data: MonitorData) async throws -> Selection {
        _ = try data.region(parameters.region ?? MonitorQuery.country, year: parameters.year)
        do {
            return try await drawnSelection(parameters, data: data)
        } catch let error as MethodError {
            throw AppError.unprocessable(l(.focus(.failed(l(.focus(.methodProblem(error)))))))
        } catch FocusDecisionRefusal.noValues(let level, let year) {
            throw AppError.unprocessable(l(.monitor(.noValuesAt(levels: l(.monitor(.levels(level))), year: year))))
        }
    }

    private func drawnSelection(_ parameters: FocusParameters, data: MonitorData) async throws -> Selection {
        let revision = try await data.revision()
        return try await selections.value(parameters, revision: revision) { [decisions, l] in
            let observations = try await data.observations(years: parameters.years, level: parameters.level, revision)
            let (study, files) = try await data.queue.run {
                try await decisions.study(parameters, catalogue: data.catalogue, regions: data.regions, observations: observations)
            }
            return try await ComputeThreads.run {
                let view = try await resultModel(study, names: nil, data: data)
                return Selection(study: study, files: files, names: view.names, summary: FocusResultView.summary(view, l).render(),
                                 mapAndTable: FocusResultView.mapAndTable(view, l).render())
            }
        }
    }

    /// What the result view needs: names (the saved ones for a decision), the region's outlines now.
    func resultModel(_ study: FocusStudy, names saved: [String: String]?, data: MonitorData) async throws -> FocusResultView.Model {
        let revision = try await data.revision()
        let parameters = study.parameters
        var names = saved ?? [:]
        if saved == nil {
            let all = try await data.names(year: parameters.year, revision)
            for area in study.areas {
                guard let code = area.areaCode else { continue }
                names[area.code] = all[code]
                if let municipality = code.municipality { names[municipality.description] = all[municipality] }
            }
        }
        var shapes: MapShapes?
        if let drawn = data.boundaryYear(for: parameters.year, level: parameters.level, revision) {
            let region = try data.region(parameters.region ?? MonitorQuery.country, year: parameters.year)
            let found = try await data.shapes(year: drawn, level: parameters.level, region: region, revision)
            if !found.shapes.isEmpty { shapes = found }
        }
        return FocusResultView.Model(
            study: study, names: names, indicatorNames: Dictionary(uniqueKeysWithValues: data.catalogue.indicators.map { ($0.id, l.indicatorName($0)) }),
            regionName: regionName(parameters, data), shapes: shapes)
    }

    private func regionNames(_ data: MonitorData) -> [String: String] {
        Dictionary(uniqueKeysWithValues: data.regions.definitions.map { ($0.id, $0.nameNL) })
    }

    private func regionName(_ parameters: FocusParameters, _ data: MonitorData) -> String {
        FocusDecisionPages.regionName(parameters, regionNames(data), l)
    }

    // MARK: Saving

    private func save(_ request: Request) async throws -> Response {
        try request.require(Self.savePermission)
        let data = try self.data.get()
        let body = FormBody(request)
        var values: [String: String] = [:]
        for field in FocusQuery.Field.allCases { values[field.rawValue] = body[field.rawValue] }
        for theme in Theme.allCases { values[FocusQuery.weightField(theme.rawValue)] = body[FocusQuery.weightField(theme.rawValue)] }
        let query: FocusQuery
        do { query = try FocusQuery(values, l) } catch { throw AppError.unreadableBody(l(.focus(.criteriaChanged))) }
        guard let year = query.year else { throw AppError.unreadableBody(l(.focus(.criteriaChanged))) }
        var model = try await emptyModel(request, data: data)
        model.query = query
        let selection = try await selection(query.parameters(year: year), data: data)
        model.result = selection
        let name = body[FocusPage.nameField] ?? "", date = body[FocusPage.dateField] ?? "", note = body[FocusPage.noteField] ?? ""
        model.save?.name = name
        model.save?.date = date
        model.save?.note = note
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { model.save?.problems[FocusPage.nameField] = l(.focus(.nameMissing)) }
        if !ISODate.isValid(date) { model.save?.problems[FocusPage.dateField] = l(.focus(.dateInvalid)) }
        if !(model.save?.problems.isEmpty ?? true) { return Response.personalPage(FocusPage.render(model, l), status: .unprocessableEntity) }
        // The data changed between looking and saving: show the new selection, save nothing.
        if body[FocusPage.fingerprintField] != selection.study.dataFingerprint {
            model.notice = l(.focus(.dataChangedSinceShown))
            return Response.personalPage(FocusPage.render(model, l), status: .conflict)
        }
        // Name and date were checked above, as the store checks them.
        let decision = try await FocusDeciding(store: decisions).save(
            name: name, decidedOn: date, note: note, study: selection.study, files: selection.files, names: selection.names, by: request.account)
        return request.redirect(to: SiteURL.monitor(.focusDecision(decision.id)).path, redirectType: .normal)
    }

    private func decision(_ request: Request) async throws -> (MonitorData, FocusDecision) {
        let data = try self.data.get()
        let id = request.parameters.get("id") ?? ""
        guard id.count <= 120, let decision = try await decisions.decision(id) else {
            throw AppError.notFound(kind: l(.focus(.decisionKind)), id: String(id.prefix(120)))
        }
        return (data, decision)
    }
}
