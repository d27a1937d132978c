import Core
import Foundation
import Services
import Storage
import Vapor

/// *Mensen en middelen*: the tables as pages and CSV, the JSON API, and the forms to add a
/// commitment, a spending, a review or an investment, for those who may edit the register.
struct PeopleAndMoneyRoutes: Sendable {
    let editing: PeopleAndMoneyEditing
    var store: PeopleAndMoneyStore { editing.store }
    let pages: RegisterRoutes
    let l: Localizer

    func register(on routes: any RoutesBuilder) {
        routes.get(.money(.stylesheet)) { _ in
            Response(status: .ok, headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600"],
                     body: .init(string: MoneyStylesheet.css))
        }
        routes.get(.money(.overview)) { request in
            let (snapshot, register) = try await load()
            return page(PeopleAndMoneyPage.render(.init(snapshot?.data, register: register), l))
        }
        // ':year' also answers '2021.csv', the table as CSV.
        routes.get(.money(.capacityRoute)) { request in
            let (year, csv) = try Self.year(request, l)
            let (data, register) = try await loadData()
            let model = CapacityPage.Model(data, register: register, year: year, saved: request.query[String.self, at: "opgeslagen"])
            if csv { return Self.csv(PeopleAndMoneyCSV.capacity(model.table), name: "inzet-\(year).csv") }
            return Response.personalPage(CapacityPage.render(model, l))
        }
        routes.get(.money(.budgetRoute)) { request in
            let (year, csv) = try Self.year(request, l)
            let (data, register) = try await loadData()
            let model = BudgetPage.Model(data, register: register, year: year)
            if csv { return Self.csv(PeopleAndMoneyCSV.budget(model.budget, parties: model.parties), name: "begroting-\(year).csv") }
            return page(BudgetPage.render(model, l))
        }
        routes.get(.money(.reviews)) { _ in
            let (data, register) = try await loadData()
            return page(ReviewsPage.render(.init(data, register: register), l))
        }
        routes.get(.money(.reviewsCSV)) { _ in
            Self.csv(PeopleAndMoneyCSV.reviews(try await loadData().0), name: "besprekingen.csv")
        }
        routes.get(.money(.investments)) { _ in
            let (data, register) = try await loadData()
            return page(InvestmentAgendaPage.render(.init(data, register: register), l))
        }
        routes.get(.money(.investmentsCSV)) { _ in
            Self.csv(PeopleAndMoneyCSV.investments(try await loadData().0), name: "investeringsagenda.csv")
        }

        routes.get(.money(.commitmentForm(year: nil, activity: nil, party: nil))) { try await commitmentForm($0) }
        routes.post(.money(.commitmentForm(year: nil, activity: nil, party: nil))) { try await saveCommitment($0) }
        routes.get(.money(.capacityRateRoute)) { try await rateForm($0) }
        routes.post(.money(.capacityRateRoute)) { try await saveRate($0) }
        routes.get(.money(.spendingForm(line: nil))) { try await spendingForm($0) }
        routes.post(.money(.spendingForm(line: nil))) { try await saveSpending($0) }
        routes.get(.money(.newReview)) { try await reviewForm($0) }
        routes.post(.money(.newReview)) { try await saveReview($0) }
        routes.get(.money(.newInvestment)) { try await investmentForm($0, id: nil) }
        routes.post(.money(.newInvestment)) { try await saveInvestment($0, id: nil) }
        routes.get(.money(.editInvestmentRoute)) { try await investmentForm($0, id: try RegisterRoutes.id($0)) }
        routes.post(.money(.editInvestmentRoute)) { try await saveInvestment($0, id: try RegisterRoutes.id($0)) }

        PeopleAndMoneyAPI(load: { try await self.loadData() }).register(on: routes)
    }

    // MARK: Reading

    private func load() async throws -> (PeopleAndMoneySnapshot?, Register) {
        let register = try await pages.current()
        return (try await store.current(), register)
    }

    /// The data, or empty tables when nothing has been loaded yet.
    private func loadData() async throws -> (PeopleAndMoney, Register) {
        let (snapshot, register) = try await load()
        return (snapshot?.data ?? PeopleAndMoney(), register)
    }

    private func page(_ html: String) -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8"], body: .init(string: html))
    }

    static func csv(_ text: String, name: String) -> Response {
        Response(status: .ok, headers: [
            "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": Escaped.contentDisposition(filename: name),
        ], body: .init(string: text))
    }

    /// A year from the path ('2021' or '2021.csv'); anything else names no table.
    static func year(_ request: Request, _ l: Localizer) throws -> (Int, csv: Bool) {
        var text = request.parameters.get("year") ?? ""
        let csv = text.hasSuffix(".csv")
        if csv { text.removeLast(4) }
        guard text.count == 4, let year = Int(text), (1900...2200).contains(year) else {
            throw AppError.notFound(kind: l(.money(.year)).lowercased(), id: text)
        }
        return (year, csv)
    }

    /// A visitor is sent to log in; an account that may not edit the register is refused.
    private func mayEdit(_ request: Request) throws -> Response? {
        guard request.account != nil else { return request.loginRedirect() }
        try request.require(.editRegister)
        return nil
    }

    private func form(_ model: MoneyFormPage.Model, status: HTTPResponseStatus = .ok) -> Response {
        Response.personalPage(MoneyFormPage.render(model, l), status: status)
    }

    private func values(_ request: Request, _ groups: [MoneyFormPage.Group]) -> ([String: String], Int) {
        let body = FormBody(request)
        return (body.values(of: groups.flatMap(\.fields)), body.version)
    }

    // MARK: Commitments

    private func commitmentForm(_ request: Request) async throws -> Response {
        if let redirect = try mayEdit(request) { return redirect }
        let (snapshot, register) = try await load()
        let data = snapshot?.data ?? PeopleAndMoney()
        var values = ["jaar": request.query[String.self, at: "jaar"] ?? String(data.capacityYears.last?.year ?? 2021),
                      "activiteit": request.query[String.self, at: "activiteit"] ?? "", "partij": request.query[String.self, at: "partij"] ?? ""]
        var version = 0, preview: String?
        if let year = Int(values["jaar"] ?? ""),
           let existing = data.commitments.first(where: { $0.year == year && $0.activity == values["activiteit"] && $0.party == values["partij"] }) {
            values = CommitmentForm.values(existing, l)
            version = snapshot?.commitmentVersions[existing.id] ?? 0
            preview = l(.money(.nowStored)) + ": " + CommitmentForm.preview(existing.amount, rate: data.capacityTable(year: year)?.rate, l)
        }
        return form(commitmentModel(request, register, data, values: values, version: version, preview: preview))
    }

    private func commitmentModel(_ request: Request, _ register: Register, _ data: PeopleAndMoney, values: [String: String], version: Int,
                                 preview: String? = nil) -> MoneyFormPage.Model {
        let year = Int(values["jaar"] ?? "")
        return MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.fillInCommitment)), intro: l(.money(.commitmentIntro)), csrf: request.csrfToken,
            action: .money(.commitmentForm(year: nil, activity: nil, party: nil)),
            back: year.map { .money(.capacity($0)) } ?? .money(.overview),
            groups: CommitmentForm.groups(data, l), values: values, version: version, preview: preview)
    }

    private func saveCommitment(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        let (snapshot, register) = try await load()
        let data = snapshot?.data ?? PeopleAndMoney()
        let (values, version) = values(request, CommitmentForm.groups(data, l))
        var model = commitmentModel(request, register, data, values: values, version: version)
        switch CommitmentForm.read(values, data, l) {
        case let .problems(problems):
            model.problems = problems
            return form(model, status: .unprocessableEntity)
        case let .value(commitment):
            do {
                try await editing.saveCommitment(commitment, version: version, by: request.account)
                return request.redirect(to: SiteURL.money(.capacity(commitment.year)).path + "?opgeslagen=\(commitment.id)#inzet", redirectType: .normal)
            } catch let PeopleAndMoneyRefusal.conflict(current) {
                let stored = try await store.current()?.data.commitments.first { $0.id == commitment.id }
                model.saved = stored.map { CommitmentForm.values($0, l) }
                model.version = current
                return form(model, status: .conflict)
            }
        }
    }

    // MARK: The rate

    private func rateForm(_ request: Request) async throws -> Response {
        let (year, _) = try Self.year(request, l)
        if let redirect = try mayEdit(request) { return redirect }
        let (snapshot, register) = try await load()
        let rate = snapshot?.data.capacityYears.first { $0.year == year }?.rate
        return form(rateModel(request, register, year: year, values: ["tarief": rate.map { l.eurosTyped($0.perFTEPerYear) } ?? ""],
                              version: snapshot?.capacityYearVersions[year] ?? 0))
    }

    private func rateModel(_ request: Request, _ register: Register, year: Int, values: [String: String], version: Int) -> MoneyFormPage.Model {
        MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.rateTitle(year))), intro: l(.money(.rateIntro)), csrf: request.csrfToken,
            action: .money(.capacityRate(year)), back: .money(.capacity(year)),
            groups: [.init(legend: nil, fields: [.init(name: "tarief", label: l(.money(.ratePerFTE)), hint: l(.money(.moneyHint)))])],
            values: values, version: version)
    }

    private func saveRate(_ request: Request) async throws -> Response {
        let (year, _) = try Self.year(request, l)
        try request.require(.editRegister)
        let register = try await pages.current()
        var model = rateModel(request, register, year: year, values: [:], version: 0)
        (model.values, model.version) = values(request, model.groups)
        let (values, version) = (model.values, model.version)
        var problems = FormProblems()
        let rate = FieldReading.optional(values["tarief"]).flatMap { FieldReading.money($0, field: "tarief", into: &problems, l) }
        if !problems.isEmpty {
            model.problems = problems
            return form(model, status: .unprocessableEntity)
        }
        do {
            try await editing.setRate(year: year, rate: rate.map { CapacityRate(perFTEPerYear: $0) }, version: version, by: request.account)
            return request.redirect(to: SiteURL.money(.capacity(year)).path, redirectType: .normal)
        } catch let PeopleAndMoneyRefusal.conflict(current) {
            let stored = try await store.current()?.data.capacityYears.first { $0.year == year }?.rate
            model.saved = ["tarief": stored.map { l.eurosTyped($0.perFTEPerYear) } ?? ""]
            model.version = current
            return form(model, status: .conflict)
        }
    }

    // MARK: Spendings

    private func spendingModel(_ request: Request, _ register: Register, _ data: PeopleAndMoney, values: [String: String]) -> MoneyFormPage.Model {
        let year = data.budgetLines.first { $0.id == values["post"] }?.year
        return MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.recordSpending)), intro: l(.money(.spendingIntro)), csrf: request.csrfToken,
            action: .money(.spendingForm(line: nil)), back: year.map { .money(.budget($0)) } ?? .money(.overview),
            groups: SpendingForm.groups(data, l), values: values, version: 0)
    }

    private func spendingForm(_ request: Request) async throws -> Response {
        if let redirect = try mayEdit(request) { return redirect }
        let (data, register) = try await loadData()
        return form(spendingModel(request, register, data, values: ["post": request.query[String.self, at: "post"] ?? ""]))
    }

    private func saveSpending(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        let (data, register) = try await loadData()
        let (values, _) = values(request, SpendingForm.groups(data, l))
        var model = spendingModel(request, register, data, values: values)
        switch SpendingForm.read(values, data, l) {
        case let .problems(problems):
            model.problems = problems
            return form(model, status: .unprocessableEntity)
        case let .value(spending):
            try await editing.addSpending(spending, by: request.account)
            let year = data.budgetLines.first { $0.id == spending.line }?.year ?? spending.from.year
            return request.redirect(to: SiteURL.money(.budget(year)).path, redirectType: .normal)
        }
    }

    // MARK: Reviews

    private func reviewModel(_ request: Request, _ register: Register, _ data: PeopleAndMoney, values: [String: String]) -> MoneyFormPage.Model {
        MoneyFormPage.Model(
            plan: register.plan, title: l(.money(.addReview)), intro: l(.money(.reviewFormIntro)), csrf: request.csrfToken,
            action: .money(.newReview), back: .money(.reviews), groups: ReviewForm.groups(data, register, l), values: values, version: 0)
    }

    private func reviewForm(_ request: Request) async throws -> Response {
        if let redirect = try mayEdit(request) { return redirect }
        let (data, register) = try await loadData()
        let body = register.body(ReviewForm.defaultBody) != nil ? ReviewForm.defaultBody : ""
        return form(reviewModel(request, register, data, values: ["gremium": body]))
    }

    private func saveReview(_ request: Request) async throws -> Response {
        try request.require(.editRegister)
        let (data, register) = try await loadData()
        let (values, _) = values(request, ReviewForm.groups(data, register, l))
        var model = reviewModel(request, register, data, values: values)
        switch ReviewForm.read(values, data, register, l) {
        case let .problems(problems):
            model.problems = problems
            return form(model, status: .unprocessableEntity)
        case let .value(review):
            try await editing.addReview(review, by: request.account)
            return request.redirect(to: SiteURL.money(.reviews).path, redirectType: .normal)
        }
    }

    // MARK: Investments

    private func investmentModel(_ request: Request, _ register: Register, id: String?, values: [String: String], version: Int) -> MoneyFormPage.Model {
        MoneyFormPage.Model(
            plan: register.plan, title: l(.money(id == nil ? .addInvestment : .editInvestment)), intro: nil, csrf: request.csrfToken,
            action: id.map { .money(.editInvestment($0)) } ?? .money(.newInvestment), back: .money(.investments),
            groups: InvestmentForm.groups(register, l), values: values, version: version)
    }

    private func investmentForm(_ request: Request, id: String?) async throws -> Response {
        if let redirect = try mayEdit(request) { return redirect }
        let (snapshot, register) = try await load()
        guard let id else { return form(investmentModel(request, register, id: nil, values: [:], version: 0)) }
        guard let investment = snapshot?.data.investments.first(where: { $0.id == id }) else {
            throw AppError.notFound(kind: l(.money(.investment)).lowercased(), id: id)
        }
        return form(investmentModel(request, register, id: id, values: InvestmentForm.values(investment, l),
                                    version: snapshot?.investmentVersions[id] ?? 0))
    }

    private func saveInvestment(_ request: Request, id: String?) async throws -> Response {
        try request.require(.editRegister)
        let (snapshot, register) = try await load()
        let data = snapshot?.data ?? PeopleAndMoney()
        if let id, !data.investments.contains(where: { $0.id == id }) {
            throw AppError.notFound(kind: l(.money(.investment)).lowercased(), id: id)
        }
        let (values, version) = values(request, InvestmentForm.groups(register, l))
        var model = investmentModel(request, register, id: id, values: values, version: id == nil ? 0 : version)
        switch InvestmentForm.read(values, id: id, data, register, l) {
        case let .problems(problems):
            model.problems = problems
            return form(model, status: .unprocessableEntity)
        case let .value(investment):
            do {
                try await editing.saveInvestment(investment, version: model.version, by: request.account)
                return request.redirect(to: SiteURL.money(.investments).path, redirectType: .normal)
            } catch let PeopleAndMoneyRefusal.conflict(current) {
                let stored = try await store.current()?.data.investments.first { $0.id == investment.id }
                model.saved = stored.map { InvestmentForm.values($0, l) }
                model.version = current
                return form(model, status: .conflict)
            }
        }
    }
}
