import Core
import Services
import Storage
import Vapor

/// Changing who is in a team: an aanvoerder for their own team, the regiegroep for any.
struct MembershipRoutes: Sendable {
    let editing: RegisterEditing
    let pages: RegisterRoutes
    let l: Localizer

    func register(on routes: any RoutesBuilder) {
        routes.get(.teamMembers(":id")) { request in
            guard request.account != nil else { return request.loginRedirect() }
            let (team, register) = try await editable(request)
            let input = MembershipInput(role: .member, from: pages.today())
            return Response.personalPage(MembersEditPage.render(model(request, team, register, input), l))
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
                var page = model(request, team, register, input)
                page.problems = Dictionary(problems.map { ($0.field, l(.memberProblem($0))) }, uniquingKeysWith: { first, _ in first })
                return Response.personalPage(MembersEditPage.render(page, l), status: .unprocessableEntity)
            }
            return request.redirect(to: SiteURL.team(team.id).path, redirectType: .normal)
        }
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

    private func model(_ request: Request, _ team: TaskTeam, _ register: Register, _ input: MembershipInput) -> MembersEditPage.Model {
        let day = pages.today()
        let current = register.memberships(of: team, on: day).map { membership in
            TeamPage.Model.Row(membership: membership, person: register.person(membership.person), organisation: nil)
        }
        return MembersEditPage.Model(csrf: request.csrfToken, team: team, day: day, current: current,
                                     people: register.people, organisations: register.organisations, input: input)
    }
}
