import Core
import Plot

/// Who is in a team, for those who may change it: end a membership, add someone.
enum MembersEditPage {
    struct Model: Equatable {
        var csrf: String
        var team: TaskTeam
        var day: String
        var current: [TeamPage.Model.Row]
        var people: [Person]
        var organisations: [Organisation]
        var input: MembershipInput
        var problems: [String: String] = [:]
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: "\(l(.editMembers)): \(model.team.name)", section: .structure, source: nil).render(
            .p(.class("breadcrumb"), .link(.structure, l(.structure)), .text(" › "), .link(.team(model.team.id), model.team.name)),
            .h1(.text("\(l(.editMembers)): \(model.team.name)")),
            .if(model.current.isEmpty, .p(.class("muted"), .text(l(.noMembersYet)))),
            .ul(.forEach(model.current) { row in
                .li(
                    .text("\(row.person?.name ?? row.membership.person) — \(l(.membershipRole(row.membership.role))), \(l.date(row.membership.from)) "),
                    .form(.method(.post), .action(SiteURL.endMembership(team: model.team.id, membership: row.membership.id).path), .class("inline"),
                        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                        .button(.type(.submit), .text(l(.endMembership))))
                )
            }),
            .h2(.text(l(.addMember))),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(SiteURL.teamMembers(model.team.id).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .label(.for("person"), .text(l(.existingPerson))),
                .select(.attribute(named: "name", value: "person"), .attribute(named: "id", value: "person"),
                    .choice("", l(.none), selected: model.input.person == nil),
                    .forEach(model.people) { .choice($0.id, $0.name, selected: $0.id == model.input.person) }),
                .label(.for("name"), .text(l(.newPersonName))),
                .input(.type(.text), .name("name"), .id("name"), .value(model.input.name)),
                problem("name", model),
                .label(.for("organisation"), .text(l(.organisation))),
                .select(.attribute(named: "name", value: "organisation"), .attribute(named: "id", value: "organisation"),
                    .choice("", l(.none), selected: model.input.organisation == nil),
                    .forEach(model.organisations) { .choice($0.id, $0.name, selected: $0.id == model.input.organisation) }),
                problem("organisation", model),
                .label(.for("role"), .text(l(.role))),
                .select(.attribute(named: "name", value: "role"), .attribute(named: "id", value: "role"),
                    .forEach(Membership.Role.allCases) { .choice($0.rawValue, l(.membershipRole($0)), selected: $0 == model.input.role) }),
                .label(.for("from"), .text(l(.since))),
                .input(.type(.date), .name("from"), .id("from"), .value(model.input.from), .required(true)),
                problem("from", model),
                .label(.for("until"), .text(l(.until))),
                .input(.type(.date), .name("until"), .id("until"), .value(model.input.until ?? "")),
                problem("until", model),
                .button(.type(.submit), .text(l(.addMember)))
            )
        )
    }

    private static func problem(_ field: String, _ model: Model) -> Node<HTML.FormContext> {
        .unwrap(model.problems[field]) { .p(.class("field-error"), .text($0)) }
    }

}
