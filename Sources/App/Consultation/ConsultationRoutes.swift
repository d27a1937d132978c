import Core
import Foundation
import Services
import Storage
import Vapor

/// The consultation on the web; every write goes through `Consulting`.
struct ConsultationRoutes: Sendable {
    let consulting: Consulting
    let versions: PlanVersionStore
    let money: PeopleAndMoneyStore
    var store: ConsultationStore { consulting.store }
    let pages: RegisterRoutes
    let l: Localizer
    /// Public answers per address: five in ten minutes.
    let publicAnswers: RateWindow
    static let publicAnswersPerWindow = 5

    init(consulting: Consulting, versions: PlanVersionStore, money: PeopleAndMoneyStore, pages: RegisterRoutes, l: Localizer,
         now: @escaping @Sendable () -> Date = Date.init) {
        self.consulting = consulting
        self.versions = versions
        self.money = money
        self.pages = pages
        self.l = l
        publicAnswers = RateWindow(window: 600, now: now)
    }

    func register(on app: Application) {
        app.get(.consultation(.rounds)) { request in try await rounds(request) }
        app.post(.consultation(.rounds)) { request in try await open(request) }
        app.get(.consultation(.privacy)) { _ in Response.publicPage(ConsultationPrivacyPage.render(l)) }
        app.get(.consultation(.follow(":token"))) { request in try await follow(request) }
        app.get(.consultation(.round(":round"))) { request in try await round(request) }
        app.get(.consultation(.answer(":round"))) { request in try await answerForm(request) }
        app.post(.consultation(.answer(":round"))) { request in try await answer(request) }
        app.get(.consultation(.triage(":round"))) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await triage(request)
        }
        app.post(.consultation(.triage(":round"))) { request in try await triagePost(request) }
        app.get(.consultation(.responseNote(":round"))) { request in
            Response.publicPage(ResponseNotePage.render(try await responseNote(request), l))
        }
        app.get(.consultation(.responseNoteCSV(":round"))) { request in
            let model = try await responseNote(request)
            return Response(status: .ok, headers: [
                "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "no-store",
                "Content-Disposition": "attachment; filename=\"reactienota-\(model.round.id).csv\"",
            ], body: .init(string: ResponseNotePage.csv(model, l)))
        }
        app.get(.consultation(.apiRounds)) { _ in try Response.json(APIConsultationRounds(try await store.rounds())) }
        app.get(.consultation(.apiAnswers(":round"))) { request in
            let model = try await responseNote(request)
            let answers = model.bySection.flatMap(\.answers)
            return try Response.json(APIConsultationAnswers(round: model.round, answers: answers, context: model.context, regiegroep: l(.consultation(.regiegroep))))
        }
    }

    private func rounds(_ request: Request, fields: [FormInput]? = nil, problem: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let mayOpen = Permission.editRegister.isAllowed(for: request.account)
        let model = ConsultationRoundsPage.Model(csrf: request.csrfToken, rounds: try await store.rounds(),
                                                 fields: mayOpen ? (fields ?? ConsultationRoundsPage.fields(l)) : nil, problem: problem)
        return Response.personalPage(ConsultationRoundsPage.render(model, l), status: status)
    }

    private func open(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        let form = FormBody(request)
        let fields = ConsultationRoundsPage.fields(l)
        let values = form.values(of: fields)
        let invited = Invitation(kinds: (form.values["kinds"] ?? []).compactMap(Organisation.Kind.init),
                                 countries: (form.values["countries"] ?? []).compactMap(Organisation.Country.init),
                                 everyone: FormInput.isTicked(form["everyone"] ?? ""))
        do {
            let round = try await consulting.open(title: values["title"] ?? "", invitation: values["invitation"] ?? "", version: values["version"] ?? "",
                                                  opensOn: values["opensOn"] ?? "", closesOn: values["closesOn"] ?? "", invited: invited, by: request.account)
            return request.redirect(to: SiteURL.consultation(.round(round.id)).path, redirectType: .normal)
        } catch let refusal as Consulting.Refusal {
            return try await rounds(request, fields: fields.map { $0.filled(values) }, problem: l(.consultation(.refusal(refusal))), status: .unprocessableEntity)
        }
    }

    private func found(_ request: Request) async throws -> (ConsultationRound, PlanDocument) {
        let id = request.parameters.get("round") ?? ""
        guard Slug.isValid(id), let round = try await store.round(id), let document = PlanDocumentRoutes.document(round.version) else {
            throw AppError.notFound(kind: l(.consultation(.nav)).lowercased(), id: id)
        }
        return (round, document)
    }

    /// The reactienota's content: the round's published answers with what became of them.
    func responseNote(_ request: Request) async throws -> ResponseNotePage.Model {
        let (round, _) = try await found(request)
        return try await ResponseNotePage.Model.load(round, store: store, register: try await pages.current(), versions: versions, money: money, l: l)
    }

    private func round(_ request: Request) async throws -> Response {
        let (round, document) = try await found(request)
        let model = ConsultationRoundPage.Model(
            round: round, document: document, open: round.isOpen(on: pages.today()), answers: try await consulting.published(in: round.id),
            mayTriage: request.account.map { $0.role != .partner } ?? false)
        // The published answers change without the register: never cached on the way.
        return Response.personalPage(ConsultationRoundPage.render(model, l))
    }

    /// A signed-in person answers for an organisation; without an account only when the round invites everyone.
    private func organisations(for request: Request, round: ConsultationRound) async throws -> [Organisation]? {
        guard request.account != nil else { return nil }
        return round.invited.organisations(in: try await pages.current())
    }

    private func answerForm(_ request: Request) async throws -> Response {
        let (round, document) = try await found(request)
        guard request.account != nil || round.invited.everyone else { return request.loginRedirect() }
        let about = (try? request.query.get(String.self, at: "op")) ?? document.sections.first?.id ?? ""
        let fields = ConsultationAnswerPage.fields(l, about: about, document: document, organisations: try await organisations(for: request, round: round))
        return answerPage(request, round, document, fields: fields, problem: round.isOpen(on: pages.today()) ? nil : l(.consultation(.isClosed)))
    }

    private func answerPage(_ request: Request, _ round: ConsultationRound, _ document: PlanDocument, fields: [FormInput], problem: String? = nil,
                            followLink: String? = nil, status: HTTPResponseStatus = .ok) -> Response {
        let about = fields.first { $0.name == "about" }?.value ?? ""
        let title = document.section(about)?.numberedTitle ?? document.block(about).map { "\($0.section.numberedTitle), \(l(.document(.blockLabel($0.block.id))))" } ?? about
        let model = ConsultationAnswerPage.Model(csrf: request.csrfToken, round: round, aboutTitle: title, aboutText: document.block(about).map { String($0.block.text.prefix(600)) },
                                                 fields: fields, problem: problem, followLink: followLink)
        return Response.personalPage(ConsultationAnswerPage.render(model, l), status: status)
    }

    private func answer(_ request: Request) async throws -> Response {
        let (round, document) = try await found(request)
        guard request.account != nil || round.invited.everyone else { throw AccessRefusal.notLoggedIn }
        let form = FormBody(request)
        let about = form["about"] ?? ""
        let fields = ConsultationAnswerPage.fields(l, about: about, document: document, organisations: try await organisations(for: request, round: round))
        let values = form.values(of: fields)
        let filled = fields.map { $0.filled(values) }
        // A program fills the field people never see: nothing is kept.
        guard (form["website"] ?? "").isEmpty else { throw AppError.unprocessable(l(.consultation(.honeypot))) }
        if request.account == nil, let wait = publicAnswers.spend("address:\(request.clientAddress ?? "unknown")", limit: Self.publicAnswersPerWindow) {
            var response = answerPage(request, round, document, fields: filled, problem: l(.consultation(.tooMany)), status: .tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(wait))
            return response
        }
        let input = ConsultationAnswerInput(
            about: values["about"] ?? "", enthusiastic: values["enthusiastic"] ?? "", differently: values["differently"] ?? "",
            participation: values["participation"] ?? "", contributions: (values["contributions"] ?? "").split(separator: "\n").map(String.init),
            how: values["how"] ?? "")
        let token = Secret.token()
        do {
            if request.account != nil {
                _ = try await consulting.answer(input, in: round.id, organisation: values["organisation"] ?? "", followToken: token, by: request.account)
            } else {
                _ = try await consulting.answerAsPublic(input, in: round.id, name: values["name"] ?? "", organisation: values["organisationName"] ?? "",
                                                        email: values["email"] ?? "", namePublished: FormInput.isTicked(values["namePublished"] ?? ""),
                                                        followToken: token)
            }
            return answerPage(request, round, document, fields: filled, followLink: SiteURL.consultation(.follow(token)).path)
        } catch let refusal as Consulting.Refusal {
            var problems: [String: String] = [:]
            if case let .input(found) = refusal {
                for (field, problem) in found { problems[field == "organisation" ? "organisationName" : field] = l(.consultation(.problem(problem))) }
            }
            let status: HTTPResponseStatus = if case .closed = refusal { .conflict } else { .unprocessableEntity }
            return answerPage(request, round, document, fields: fields.map { $0.filled(values, problems: problems) },
                              problem: l(.consultation(.refusal(refusal))), status: status)
        }
    }

    private func context(_ answers: [ConsultationAnswer], of round: ConsultationRound) async throws -> DispositionContext {
        try await DispositionContext.load(answers, of: round, register: try await pages.current(), versions: versions, money: money, l: l)
    }

    private func teams() async throws -> [FormChoice] {
        try await pages.current().teams.filter { !$0.isSubTeam }.map { FormChoice(value: $0.id, label: $0.name) }
    }

    private func triage(_ request: Request, notice: String? = nil, problem: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (round, document) = try await found(request)
        let answers = try await consulting.all(in: round.id, for: request.account)
        var titles: [String: String] = [:]
        for answer in answers {
            titles[answer.about] = document.section(answer.about)?.numberedTitle
                ?? document.block(answer.about).map { "\($0.section.numberedTitle), \(l(.document(.blockLabel($0.block.id))))" } ?? answer.about
        }
        let context = try await context(answers, of: round)
        let model = ConsultationTriagePage.Model(
            csrf: request.csrfToken, round: round, answers: answers, sectionTitles: titles, context: context,
            fields: ConsultationTriagePage.fields(l, teams: context.teams), mayModerate: Permission.editRegister.isAllowed(for: request.account),
            notice: notice, problem: problem)
        return Response.personalPage(ConsultationTriagePage.render(model, l), status: status)
    }

    private func triagePost(_ request: Request) async throws -> Response {
        guard request.account != nil else { throw AccessRefusal.notLoggedIn }
        let (round, _) = try await found(request)
        let form = FormBody(request)
        var chosen: [String: Int] = [:]
        for (name, values) in form.values where name.hasPrefix("a.") {
            if let version = values.last.flatMap({ Int($0) }) { chosen[String(name.dropFirst(2))] = version }
        }
        do {
            let changed: [ConsultationAnswer]
            switch form["do"] {
            case "publish", "reject":
                changed = try await consulting.moderate(chosen, in: round.id, publish: form["do"] == "publish", by: request.account)
            case "dispose":
                let owner = (form["owner"] ?? "").isEmpty ? nil : form["owner"]
                let kind = Disposition.Kind(rawValue: form["kind"] ?? "")
                let changes = (form["changes"] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                changed = try await consulting.dispose(chosen, in: round.id, owner: owner, kind: kind, note: form["note"] ?? "",
                                                       changes: Array(changes.prefix(20)).map { String($0.prefix(200)) }, by: request.account)
            default:
                throw AppError.unprocessable(l(.consultation(.refusal(.nothingChosen))))
            }
            return try await triage(request, notice: l(.consultation(.chosen(changed.count))))
        } catch let Consulting.Refusal.input(problems) {
            let said = problems.sorted { $0.key < $1.key }.map { l(.consultation(.problem($0.value))) }.joined(separator: "; ")
            return try await triage(request, problem: said, status: .unprocessableEntity)
        } catch let refusal as Consulting.Refusal {
            return try await triage(request, problem: l(.consultation(.refusal(refusal))), status: .unprocessableEntity)
        } catch is ConsultationConflict {
            return try await triage(request, problem: l(.consultation(.conflict)), status: .conflict)
        }
    }

    private func follow(_ request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        guard token.count <= 100, let (answer, round) = try await consulting.follow(token), let document = PlanDocumentRoutes.document(round.version) else {
            throw AppError.notFound(kind: l(.consultation(.followTitle)).lowercased(), id: "")
        }
        let title = document.section(answer.about)?.numberedTitle ?? document.block(answer.about)?.section.numberedTitle ?? answer.about
        let model = ConsultationFollowPage.Model(answer: answer, round: round, sectionTitle: title, context: try await context([answer], of: round))
        var response = Response.personalPage(ConsultationFollowPage.render(model, l))
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        return response
    }
}
