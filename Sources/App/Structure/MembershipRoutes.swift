import Core
import Services
import Storage
import Vapor

/// Changing who is in a team: an aanvoerder for their own team, the regiegroep for any.
struct MembershipRoutes: Sendable {
    let editing: RegisterEditing
    let offers: OfferDeciding
    let pages: RegisterRoutes
    let l: Localizer

    func register(on routes: any RoutesBuilder) {
        routes.get(.teamMembers(":id")) { request in
            guard request.account != nil else { return request.loginRedirect() }
            let (team, register) = try await editable(request)
            let input = MembershipInput(role: .member, from: pages.today())
            return Response.personalPage(MembersEditPage.render(try await model(request, team, register, input), l))
        }
        routes.post(.teamMembers(":id")) { request in
            let (team, register) = try await editable(request)
            let form = FormBody(request)
            func optional(_ name: String) -> String? { form[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
            let input = MembershipInput(
                person: optional("person"), name: form["name"] ?? "", organisation: optional("organisation"),
                role: form["role"].flatMap(Membership.Role.init(rawValue:)) ?? .member, from: form["from"] ?? "", until: optional("until"))
            do {
                _ = try await editing.addMembership(to: team.id, input, by: request.account)
            } catch let MembershipRefusal.invalid(problems) {
                var page = try await model(request, team, register, input)
                page.problems = Dictionary(problems.map { ($0.field, l(.memberProblem($0))) }, uniquingKeysWith: { first, _ in first })
                return Response.personalPage(MembersEditPage.render(page, l), status: .unprocessableEntity)
            }
            return request.redirect(to: SiteURL.team(team.id).path, redirectType: .normal)
        }
        routes.post(.teamOffer(team: ":id", answer: ":answer")) { request in try await decideOffer(request) }
        routes.post(.endMembership(team: ":id", membership: ":membership")) { request in
            let (team, register) = try await editable(request)
            let id = request.parameters.get("membership") ?? ""
            guard register.memberships.contains(where: { $0.id == id && $0.team == team.id }) else {
                throw AppError.notFound(kind: l(.members).lowercased(), id: id)
            }
            try await editing.endMembership(id, of: team.id, on: pages.today(), by: request.account)
            return request.redirect(to: SiteURL.teamMembers(team.id).path, redirectType: .normal)
        }
    }

    private func editable(_ request: Request) async throws -> (TaskTeam, Register) {
        let id = try RegisterRoutes.id(request)
        let register = try await pages.current()
        guard let team = register.team(id) else { throw AppError.notFound(kind: l(.team).lowercased(), id: id) }
        try RegisterEditRights.requireMembers(of: team, by: request.account)
        return (team, register)
    }

    private func model(_ request: Request, _ team: TaskTeam, _ register: Register, _ input: MembershipInput,
                       typed: (answer: String, fields: [String: String])? = nil) async throws -> MembersEditPage.Model {
        let day = pages.today()
        let current = register.memberships(of: team, on: day).map { membership in
            TeamPage.Model.Row(membership: membership, person: register.person(membership.person), organisation: nil)
        }
        var model = MembersEditPage.Model(csrf: request.csrfToken, team: team, day: day, current: current,
                                          people: register.people, organisations: register.organisations, input: input)
        model.offers = try await offerRows(team, register, account: request.account, typed: typed)
        return model
    }

    /// The offers to the team as the page shows them: what became of each, or what it could become.
    private func offerRows(_ team: TaskTeam, _ register: Register, account: Account?, typed: (answer: String, fields: [String: String])?) async throws -> [MembersEditPage.Offer] {
        let money = try await offers.money.current()
        let activity = try await offers.capacityActivity(of: team.id)
        let answers = try await offers.offers(to: team.id, by: account)
        let context = DispositionContext(teams: [], capacity: DispositionContext.capacity(of: answers, in: money?.data, l))
        return answers.map { answer in
            let party: String? = if case let .partner(_, _, name) = answer.respondent { register.organisations.first { $0.name == name }?.id } else { nil }
            var cells: [MembersEditPage.CapacityCell]?
            if let money, let activity, let party, money.data.parties.contains(where: { $0.id == party }) {
                cells = money.data.capacityYears.map(\.year).sorted().map { year in
                    let id = CapacityCommitment(year: year, activity: activity.id, party: party, amount: .init(quantity: nil)).id
                    let found = money.data.commitments.first { $0.id == id }
                    return MembersEditPage.CapacityCell(year: year, amount: found.map { l.capacity($0.amount) }, version: found == nil ? 0 : money.commitmentVersions[id] ?? 1)
                }
            }
            let outcome = answer.offer.map { context.outcome(of: $0, l) }
            // Rounds are held on the text Stip ships (`PlanDocumentRoutes.document`), so its sections name the answers'.
            let section = (try? PlanDocumentRoutes.first.get())?.section(answer.section)?.numberedTitle ?? answer.about
            return MembersEditPage.Offer(answer: answer, sectionTitle: section, capacity: cells, outcome: outcome,
                                         typed: typed?.answer == answer.id ? typed!.fields : [:])
        }
    }

    /// Takes up an offer as a membership or capacity, or declines it; the page comes back with what happened.
    private func decideOffer(_ request: Request) async throws -> Response {
        let (team, register) = try await editable(request)
        let form = FormBody(request)
        let answer = request.parameters.get("answer") ?? ""
        var typed: [String: String] = [:]
        for name in ["role", "from", "year", "amount", "note"] { if let value = form[name], !value.isEmpty { typed[name] = value } }
        do {
            switch form["do"] {
            case "membership":
                _ = try await offers.takeUpAsMembership(answer, version: form.version, team: team.id,
                                                        role: form["role"].flatMap(Membership.Role.init(rawValue:)) ?? .member, from: form["from"] ?? "",
                                                        by: request.account)
            case "capacity":
                let year = Int(form["year"] ?? "") ?? 0
                let amount: CapacityAmount
                do { amount = try CapacityAmount(parsing: l.language.dutchNotation(form["amount"] ?? "")) } catch {
                    typed["amountError"] = l(.consultation(.amountProblem))
                    return try await offerPage(request, team, register, typed: (answer, typed), problem: l(.consultation(.amountProblem)))
                }
                _ = try await offers.takeUpAsCapacity(answer, version: form.version, team: team.id, year: year, amount: amount,
                                                      commitmentVersion: Int(form["cell-\(year)"] ?? "") ?? 0, by: request.account)
            default:
                try await offers.decline(answer, version: form.version, team: team.id, note: form["note"] ?? "", by: request.account)
            }
        } catch OfferDeciding.Refusal.notAnOfferToTheTeam {
            throw AppError.notFound(kind: l(.consultation(.offersTitle)).lowercased(), id: String(answer.prefix(40)))
        } catch let refusal as OfferDeciding.Refusal {
            let status: HTTPResponseStatus = refusal == .alreadyDecided ? .conflict : .unprocessableEntity
            var problem = l(.consultation(.offerRefusal(refusal)))
            if case let .membership(problems) = refusal { problem += " " + problems.map { l(.memberProblem($0)) }.joined(separator: " ") }
            return try await offerPage(request, team, register, typed: (answer, typed), problem: problem, status: status)
        } catch is ConsultationConflict {
            return try await offerPage(request, team, register, typed: (answer, typed), problem: l(.consultation(.conflict)), status: .conflict)
        } catch let refusal as PeopleAndMoneyRefusal {
            if case .conflict = refusal {
                return try await offerPage(request, team, register, typed: (answer, typed), problem: l(.consultation(.conflict)), status: .conflict)
            }
            throw refusal
        }
        return try await offerPage(request, team, register, notice: l(.consultation(.offerDecided)))
    }

    private func offerPage(_ request: Request, _ team: TaskTeam, _ register: Register, typed: (answer: String, fields: [String: String])? = nil,
                           notice: String? = nil, problem: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        // After a membership the register has a new member to show.
        let register = try await pages.current()
        var page = try await model(request, team, register, MembershipInput(role: .member, from: pages.today()), typed: typed)
        page.offerNotice = notice
        page.offerProblem = problem
        return Response.personalPage(MembersEditPage.render(page, l), status: status)
    }
}
