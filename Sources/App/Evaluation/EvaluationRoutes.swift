import Core
import Foundation
import Services
import Storage
import Vapor

/// The yearly evaluation on the web; every write goes through `Evaluating`.
struct EvaluationRoutes: Sendable {
    let evaluating: Evaluating
    var store: EvaluationStore { evaluating.store }
    let pages: RegisterRoutes
    let l: Localizer

    func register(on app: Application) {
        app.get(.evaluation(.evaluations)) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await list(request)
        }
        app.post(.evaluation(.evaluations)) { request in try await open(request) }
        app.get(.evaluation(.evaluation(":id"))) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await page(request)
        }
        app.post(.evaluation(.answer(":id"))) { request in try await answer(request) }
        app.post(.evaluation(.decide(":id"))) { request in try await decide(request) }
    }

    private var year: Int { Int(pages.today().prefix(4)) ?? 2021 }

    private func list(_ request: Request, fields: [FormInput]? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        var results: [EvaluationResults] = []
        for evaluation in try await store.evaluations() {
            results.append(try await evaluating.results(evaluation.id, for: request.account))
        }
        let model = EvaluationsPage.Model(csrf: request.csrfToken, results: results, mayOpen: Permission.editRegister.isAllowed(for: request.account),
                                          fields: fields ?? EvaluationsPage.fields(l, year: year))
        return Response.personalPage(EvaluationsPage.render(model, l), status: status)
    }

    private func open(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        let fields = EvaluationsPage.fields(l, year: year)
        let values = FormBody(request).values(of: fields)
        do {
            let evaluation = try await evaluating.open(year: Int(values["year"] ?? "") ?? year, name: values["name"] ?? "",
                                                       opensOn: values["opensOn"] ?? "", closesOn: values["closesOn"] ?? "", by: request.account)
            return request.redirect(to: SiteURL.evaluation(.evaluation(evaluation.id)).path, redirectType: .normal)
        } catch let problem as EvaluationProblem {
            let field = if case .nameMissing = problem { "name" } else if case .periodReversed = problem { "closesOn" } else { "opensOn" }
            return try await list(request, fields: fields.map { $0.filled(values, problems: [field: l(.evaluation(.problem(problem)))]) },
                                  status: .unprocessableEntity)
        }
    }

    private func found(_ request: Request) async throws -> Evaluation {
        let id = request.parameters.get("id") ?? ""
        guard Slug.isValid(id), let evaluation = try await store.evaluation(id) else { throw AppError.notFound(kind: l(.evaluation(.title)).lowercased(), id: id) }
        return evaluation
    }

    private func page(_ request: Request, notice: String? = nil, problem: String? = nil, answerValues: [String: String]? = nil,
                      status: HTTPResponseStatus = .ok) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let evaluation = try await found(request)
        let register = try await pages.current()
        var names: [EvaluationUnit: String] = [:]
        for team in register.teams { names[EvaluationUnit(.team, team.id)] = team.name }
        for body in register.bodies { names[EvaluationUnit(.body, body.id)] = body.name }
        let units = try await evaluating.units(for: request.account)
        let answeredBefore = try await evaluating.hasAnswered(evaluation.id, by: request.account)
        let open = evaluation.isOpen(on: pages.today()) && !units.isEmpty && !answeredBefore
        let subjects: [(EvaluationDecision.Subject, String)] = register.teams.map { (.team($0.id), $0.name) } + register.bodies.map { (.body($0.id), $0.name) }
            + register.programmes.map { (.programme($0.id), $0.name) }
        let model = EvaluationPage.Model(
            csrf: request.csrfToken, results: try await evaluating.results(evaluation.id, for: request.account), names: names,
            answerFields: open ? EvaluationPage.answerFields(units, names: names, l).map { $0.filled(answerValues ?? [:]) } : nil, answeredBefore: answeredBefore,
            decisions: try await store.decisions(of: evaluation.id),
            decisionFields: Permission.editRegister.isAllowed(for: request.account) ? EvaluationPage.decisionFields(subjects, today: pages.today(), l) : nil,
            subjectNames: Dictionary(subjects.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }), notice: notice, problem: problem)
        return Response.personalPage(EvaluationPage.render(model, l), status: status)
    }

    private func answer(_ request: Request) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let evaluation = try await found(request)
        let form = FormBody(request)
        let unitParts = (form["unit"] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
        let unit = unitParts.count == 2 ? EvaluationUnit.Kind(rawValue: unitParts[0]).map { EvaluationUnit($0, unitParts[1]) } : nil
        var scores: [EvaluationQuestion: Int] = [:]
        for question in EvaluationQuestion.allCases { scores[question] = form[question.rawValue].flatMap { Int($0) } }
        do {
            guard let unit else { throw EvaluationProblem.notYourUnit }
            try await evaluating.answer(EvaluationResponse(evaluation: evaluation.id, unit: unit, scores: scores, comment: form["comment"] ?? ""),
                                        by: request.account)
            return try await page(request, notice: l(.evaluation(.answered)))
        } catch let problem as EvaluationProblem {
            let values = Dictionary(form.values.compactMap { key, value in value.last.map { (key, $0) } }, uniquingKeysWith: { first, _ in first })
            return try await page(request, problem: l(.evaluation(.problem(problem))), answerValues: values,
                                  status: problem == .alreadyAnswered || problem == .closed ? .conflict : .unprocessableEntity)
        }
    }

    private func decide(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        let evaluation = try await found(request)
        let form = FormBody(request)
        let parts = (form["subject"] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
        let subject: EvaluationDecision.Subject? = switch (parts.first, parts.count == 2 ? parts[1] : nil) {
        case let ("team", id?): .team(id)
        case let ("body", id?): .body(id)
        case let ("programme", id?): .programme(id)
        default: nil
        }
        do {
            guard let subject, let verdict = EvaluationDecision.Verdict(rawValue: form["verdict"] ?? "") else { throw EvaluationProblem.unknownUnit }
            let decision = try await evaluating.decide(evaluation: evaluation.id, subject: subject, verdict: verdict, reason: form["reason"] ?? "",
                                                       decidedOn: form["decidedOn"] ?? "", by: request.account)
            let ended = decision.endedMemberships.isEmpty ? "" : " " + l(.evaluation(.endedMemberships(decision.endedMemberships.count)))
            return try await page(request, notice: l(.evaluation(.decided)) + ended)
        } catch let problem as EvaluationProblem {
            return try await page(request, problem: l(.evaluation(.problem(problem))), status: .unprocessableEntity)
        }
    }
}
