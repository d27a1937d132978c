import Core
import Plot

/// A team with the plan's rules checked on a day, and who adopts it.
struct CheckedTeam: Equatable {
    var team: TaskTeam
    var line: ActionLine?
    var checks: [TeamRuleCheck]
    var adopters: [Person]

    init(_ team: TaskTeam, in register: Register, on day: String) {
        self.team = team
        line = team.actionLine.flatMap { register.actionLine($0) }
        checks = register.checks(for: team, on: day)
        let adopting = register.memberships(of: team, on: day).filter { $0.role == .adoptingAdministrator || $0.role == .rijkDelegate }
        adopters = adopting.compactMap { register.person($0.person) }
    }

    var openCount: Int { checks.count { !$0.met } }
}

/// The collaboration structure: organogram, bodies, teams with their rule checks.
enum StructurePage {
    struct Model: Equatable {
        var plan: PlanInfo
        var day: String
        var bodies: [Body]
        var teams: [CheckedTeam]
        var subTeams: [String: [TaskTeam]]
        var steeringGroupOutsiders: [Person]

        init(_ register: Register, on day: String) {
            plan = register.plan
            self.day = day
            bodies = register.bodies
            teams = register.teams.map { CheckedTeam($0, in: register, on: day) }
            subTeams = Dictionary(grouping: register.teams.filter(\.isSubTeam), by: { $0.parent ?? "" })
            steeringGroupOutsiders = register.steeringGroupMembersOutsideTeams(on: day)
        }

        func chart(_ l: Localizer) -> OrganogramChart {
            func box(_ body: Body) -> OrganogramChart.Box {
                .init(title: body.name, note: nil, href: SiteURL.body(body.id).path)
            }
            func boxes(_ kinds: [Body.Kind]) -> [OrganogramChart.Box] {
                kinds.flatMap { kind in bodies.filter { $0.kind == kind } }.map(box)
            }
            // The plan's figure: the BKO on top with the Katalysatorteam beside it, the directors'
            // network beneath, then the regiegroep with the programme managers and the communication team.
            let spine: [(Body.Kind, left: [Body.Kind], right: [Body.Kind])] = [
                (.commissioningBoard, [], [.catalystTeam]),
                (.directorsNetwork, [], []),
                (.steeringGroup, [.programmeManagers], [.communicationTeam]),
            ]
            var levels: [OrganogramChart.Level] = spine.compactMap { kind, left, right in
                bodies.first { $0.kind == kind }.map { .init(spine: box($0), left: boxes(left), right: boxes(right)) }
            }
            let placed = Set(spine.flatMap { [$0.0] + $0.left + $0.right })
            // Bodies of a kind the figure has no place for hang on the spine's last level.
            if !levels.isEmpty { levels[levels.count - 1].right += bodies.filter { !placed.contains($0.kind) }.map(box) }
            let columns = teams.filter { !$0.team.isSubTeam }.map { checked in
                OrganogramChart.TeamColumn(
                    team: .init(title: checked.team.name, note: adoptionNote(checked, l), href: SiteURL.team(checked.team.id).path),
                    subTeams: (subTeams[checked.team.id] ?? []).map { .init(title: $0.name, note: nil, href: SiteURL.team($0.id).path) })
            }
            return OrganogramChart(
                title: l(.organogramTitle),
                description: l(.organogramDescription(bodies: bodies.count, teams: teams.count)),
                networkHeading: l(.networkOfTeams), levels: levels, teams: columns)
        }

        private func adoptionNote(_ team: CheckedTeam, _ l: Localizer) -> String {
            "\(l(.adoptedBy)): " + (team.adopters.isEmpty ? l(.notYetAdopted) : team.adopters.map(\.name).joined(separator: ", "))
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.structure), section: .structure, source: .init(model.plan)).render(
            .h1(.text(l(.structure))),
            .newRecordLinks([.teams, .bodies, .people], l),
            .p(.class("lead"), .text(l(.structureIntro))),
            .div(.class("figure"), .raw(model.chart(l).render())),

            .h2(.text(l(.teams))),
            .table(
                .caption(.text(l(.checksOn(l.date(model.day))))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.team))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.actionLine))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.governmentRoleLabel))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.status)))
                )),
                .tbody(.forEach(model.teams) { checked in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .link(.team(checked.team.id), checked.team.name)),
                        .td(.unwrap(checked.line) { .link(.actionLine($0.id), $0.title) }),
                        .td(.text(checked.team.governmentRole.map { l(.governmentRole($0)) } ?? l(.governmentRoleUndecided))),
                        .td(.class(checked.openCount == 0 ? "ok" : "open"),
                            .text(checked.openCount == 0 ? l(.rulesAllMet) : l(.rulesOpen(checked.openCount))))
                    )
                })
            ),
            .if(!model.steeringGroupOutsiders.isEmpty, .group(
                .h3(.text(l(.steeringGroupHintTitle))),
                .ul(.forEach(model.steeringGroupOutsiders) { .li(.text(l(.steeringGroupHint($0.name)))) })
            )),

            .h2(.text(l(.bodies))),
            .forEach(model.bodies) { body in
                .section(.class("card"),
                    .h3(.link(.body(body.id), body.name + (body.abbreviation.map { " (\($0))" } ?? ""))),
                    .unwrap(body.description) { .p(.text($0)) }
                )
            }
        )
    }
}

/// One task team or sub-team: its rules, its members now and before.
enum TeamPage {
    struct Model: Equatable {
        var footer = RecordFooter()
        struct Row: Equatable {
            var membership: Membership
            var person: Person?
            var organisation: Organisation?
        }

        var plan: PlanInfo
        var day: String
        var checked: CheckedTeam
        var parent: TaskTeam?
        var subTeams: [TaskTeam]
        var current: [Row]
        var past: [Row]
        var decisions: [EvaluationDecision] = []

        init(_ team: TaskTeam, in register: Register, on day: String) {
            plan = register.plan
            self.day = day
            checked = CheckedTeam(team, in: register, on: day)
            parent = team.parent.flatMap { register.team($0) }
            subTeams = register.subTeams(of: team)
            let rows = register.memberships.filter { $0.team == team.id }.map { membership in
                let person = register.person(membership.person)
                return Row(membership: membership, person: person, organisation: person?.organisation.flatMap { register.organisation($0) })
            }
            current = rows.filter { $0.membership.isActive(on: day) }
            past = rows.filter { !$0.membership.isActive(on: day) && $0.membership.from <= day }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let team = model.checked.team
        return Layout(l: l, title: team.name, section: .structure, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.structure, l(.structure))),
            .h1(.text(team.name)),
            .unwrap(team.description) { .p(.class("lead"), .text($0)) },
            .dl(.class("facts"),
                .unwrap(model.checked.line) { line in .group(.dt(.text(l(.actionLine))), .dd(.link(.actionLine(line.id), line.title))) },
                .unwrap(model.parent) { parent in .group(.dt(.text(l(.parentTeam))), .dd(.link(.team(parent.id), parent.name))) },
                .dt(.text(l(.governmentRoleLabel))),
                .dd(.text(team.governmentRole.map { l(.governmentRole($0)) } ?? l(.governmentRoleUndecided)))
            ),
            .h2(.text(l(.checksOn(l.date(model.day))))),
            .ul(.class("checks"), .forEach(model.checked.checks) { check in
                .li(.class(check.met ? "ok" : "open"),
                    .strong(.text(l(.rule(check.rule)))), .text(": "),
                    .text(check.met ? l(.ruleMet(check.rule, count: check.count)) : l(.ruleBroken(check.rule, count: check.count))))
            }),
            .h2(.text(l(.members))),
            .p(.a(.href(SiteURL.teamMembers(team.id).path), .text(l(.editMembers)))),
            .if(model.current.isEmpty, .p(.class("muted"), .text(l(.noMembersYet)))),
            .if(!model.current.isEmpty, members(model.current, l)),
            .if(!model.subTeams.isEmpty, .group(
                .h2(.text(l(.subTeams))),
                .ul(.forEach(model.subTeams) { .li(.link(.team($0.id), $0.name)) })
            )),
            .if(!model.past.isEmpty, .group(.h2(.text(l(.memberHistory))), members(model.past, l))),
            .evaluationDecisions(model.decisions, l),
            .recordFooter(model.footer, l)
        )
    }

    private static func members(_ rows: [Model.Row], _ l: Localizer) -> Node<HTML.BodyContext> {
        .table(
            .thead(.tr(
                .th(.attribute(named: "scope", value: "col"), .text(l(.person))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.organisation))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.role))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.since))),
                .th(.attribute(named: "scope", value: "col"), .text(l(.until)))
            )),
            .tbody(.forEach(rows) { row in
                .tr(
                    .td(.unwrap(row.person, { .link(.person($0.id), $0.name) }, else: .text(row.membership.person))),
                    .td(.unwrap(row.organisation) { .link(.organisation($0.id), $0.name) }),
                    .td(.text(l(.membershipRole(row.membership.role)))),
                    .td(.text(l.date(row.membership.from))),
                    .td(.text(row.membership.until.map(l.date) ?? ""))
                )
            })
        )
    }
}

/// One body of the supporting structure and its members.
enum BodyPage {
    struct Model: Equatable {
        var footer = RecordFooter()
        var plan: PlanInfo
        var body: Body
        var members: [(person: Person, role: Membership.Role)]
        var decisions: [EvaluationDecision] = []

        init(_ body: Body, in register: Register, on day: String) {
            plan = register.plan
            self.body = body
            members = register.memberships(of: body, on: day).compactMap { membership in
                register.person(membership.person).map { ($0, membership.role) }
            }
        }

        static func == (lhs: Model, rhs: Model) -> Bool {
            lhs.body == rhs.body && lhs.members.map(\.person) == rhs.members.map(\.person)
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.body.name, section: .structure, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.structure, l(.structure))),
            .h1(.text(model.body.name + (model.body.abbreviation.map { " (\($0))" } ?? ""))),
            .unwrap(model.body.description) { .p(.class("lead"), .text($0)) },
            .h2(.text(l(.members))),
            .if(model.members.isEmpty, .p(.class("muted"), .text(l(.noMembersYet)))),
            .ul(.forEach(model.members) { member in
                .li(.link(.person(member.person.id), member.person.name), .text(" — \(l(.membershipRole(member.role)))"))
            }),
            .evaluationDecisions(model.decisions, l),
            .recordFooter(model.footer, l)
        )
    }
}

/// One person and where they take part.
enum PersonPage {
    struct Model: Equatable {
        var footer = RecordFooter()
        var plan: PlanInfo
        var person: Person
        var organisation: Organisation?
        var places: [(membership: Membership, name: String, url: SiteURL)]

        init(_ person: Person, in register: Register) {
            plan = register.plan
            self.person = person
            organisation = person.organisation.flatMap { register.organisation($0) }
            places = register.memberships.filter { $0.person == person.id }.compactMap { membership in
                if let team = membership.team.flatMap({ register.team($0) }) { return (membership, team.name, .team(team.id)) }
                if let body = membership.body.flatMap({ register.body($0) }) { return (membership, body.name, .body(body.id)) }
                return nil
            }
        }

        static func == (lhs: Model, rhs: Model) -> Bool {
            lhs.person == rhs.person && lhs.places.map(\.membership) == rhs.places.map(\.membership)
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.person.name, section: .structure, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.structure, l(.structure))),
            .h1(.text(model.person.name)),
            .unwrap(model.organisation) { .p(.link(.organisation($0.id), $0.name)) },
            .ul(.forEach(model.places) { place in
                .li(.link(place.url, place.name),
                    .text(" — \(l(.membershipRole(place.membership.role))), \(l.date(place.membership.from))"
                        + (place.membership.until.map { " – \(l.date($0))" } ?? "")))
            }),
            .recordFooter(model.footer, l)
        )
    }
}
