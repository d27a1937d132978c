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
                FormFieldRenderer(l: l).nodes(fields(model, l)),
                .button(.type(.submit), .text(l(.addMember)))
            )
        )
    }

    /// The form to add someone, drawn by the form kit: an existing person or a new name.
    static func fields(_ model: Model, _ l: Localizer) -> [FormInput] {
        let fields: [FormInput] = [
            .init(name: "person", label: l(.existingPerson),
                  kind: .select(model.people.map { FormChoice(value: $0.id, label: $0.name) }, none: l(.none)), value: model.input.person ?? ""),
            .init(name: "name", label: l(.newPersonName), value: model.input.name),
            .init(name: "organisation", label: l(.organisation),
                  kind: .select(model.organisations.map { FormChoice(value: $0.id, label: $0.name) }, none: l(.none)),
                  value: model.input.organisation ?? ""),
            .init(name: "role", label: l(.role),
                  kind: .select(Membership.Role.allCases.map { FormChoice(value: $0.rawValue, label: l(.membershipRole($0))) }, none: nil),
                  value: model.input.role.rawValue),
            .init(name: "from", label: l(.since), kind: .date, required: true, value: model.input.from),
            .init(name: "until", label: l(.until), kind: .date, value: model.input.until ?? ""),
        ]
        return fields.map { field in
            var field = field
            field.error = model.problems[field.name]
            return field
        }
    }
}
