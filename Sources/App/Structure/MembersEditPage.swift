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
        var offers: [Offer] = []
        var offerNotice: String?
        var offerProblem: String?
    }

    /// A *doe ik mee: ja* to this team, open or decided.
    struct Offer: Equatable {
        var answer: ConsultationAnswer
        var sectionTitle: String
        /// The years of the capacity table, with what the respondent's organisation has in each
        /// (amount and version); nil when the offer cannot become capacity.
        var capacity: [CapacityCell]?
        /// What became of it, in words; nil while open.
        var outcome: String?
        /// Fields as typed after a refusal (role, from, year, amount, note).
        var typed: [String: String] = [:]
    }

    struct CapacityCell: Equatable {
        var year: Int
        var amount: String?
        var version: Int
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
            offers(model, l),
            .h2(.text(l(.addMember))),
            .if(!model.problems.isEmpty, .p(.class("error"), .attribute(named: "role", value: "alert"), .text(l(.fixFields)))),
            .form(.method(.post), .action(SiteURL.teamMembers(model.team.id).path), .class("stacked"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                FormFieldRenderer(l: l).nodes(fields(model, l)),
                .button(.type(.submit), .text(l(.addMember)))
            )
        )
    }

    /// The consultation's offers to the team: each open one with its three ways out, each decided one with what it became.
    static func offers(_ model: Model, _ l: Localizer) -> Node<HTML.BodyContext> {
        guard !model.offers.isEmpty || model.offerNotice != nil else { return .empty }
        return .section(.class("offers"), .attribute(named: "aria-labelledby", value: "offers"),
            .h2(.id("offers"), .text(l(.consultation(.offersTitle)))),
            .p(.text(l(.consultation(.offersIntro)))),
            .unwrap(model.offerNotice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(model.offerProblem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .forEach(Array(model.offers.enumerated())) { index, offer in
                .article(.class("offer"),
                    .p(.text(l(.consultation(.about)) + ": " + offer.sectionTitle)),
                    ConsultationNodes.answer(offer.answer, l, showsPrivateName: true),
                    .unwrap(offer.outcome, { .p(.strong(.text($0))) }, else: decision(model, offer, index, l)))
            })
    }

    private static func decision(_ model: Model, _ offer: Offer, _ index: Int, _ l: Localizer) -> Node<HTML.BodyContext> {
        let typed = { (name: String, fallback: String) in offer.typed[name] ?? fallback }
        let member: [FormInput] = [
            .init(name: "role", label: l(.role),
                  kind: .select(Membership.Role.allCases.map { FormChoice(value: $0.rawValue, label: l(.membershipRole($0))) }, none: nil),
                  value: typed("role", Membership.Role.member.rawValue)),
            .init(name: "from", label: l(.since), kind: .date, value: typed("from", model.day)),
        ]
        let capacity: [FormInput] = offer.capacity.map { cells in
            [.init(name: "year", label: l(.consultation(.capacityYear)), kind: .select(cells.map { FormChoice(value: String($0.year), label: String($0.year)) }, none: nil),
                   value: typed("year", String(cells.first { $0.year >= Int(model.day.prefix(4)) ?? 0 }?.year ?? cells.last?.year ?? 0))),
             .init(name: "amount", label: l(.consultation(.capacityAmount)),
                   hint: ([l(.consultation(.capacityAmountHint))] + cells.compactMap { cell in cell.amount.map { l(.consultation(.currentCapacity("\(cell.year): \($0)"))) } })
                       .joined(separator: " "),
                   value: typed("amount", ""), error: offer.typed["amountError"])]
        } ?? []
        let note = FormInput(name: "note", label: l(.consultation(.declineNote)), kind: .textarea(rows: 2), value: typed("note", ""))
        // Three forms, so Enter in a field submits the choice that field belongs to.
        func form(_ choice: String, _ legend: String, _ fields: [FormInput], hidden: [(String, String)] = []) -> Node<HTML.BodyContext> {
            .form(.method(.post), .action(SiteURL.teamOffer(team: model.team.id, answer: offer.answer.id).path), .class("stacked offer-choice"),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(model.csrf)),
                .input(.type(.hidden), .name("version"), .value(String(offer.answer.version))),
                .input(.type(.hidden), .name("do"), .value(choice)),
                .forEach(hidden) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
                .fieldset(.legend(legend), FormFieldRenderer(l: l, idPrefix: "offer-\(index)-").nodes(fields), .button(.type(.submit), .text(legend))))
        }
        return .group(
            form("membership", l(.consultation(.takeUpAsMember)), member),
            .unwrap(offer.capacity, { cells in
                form("capacity", l(.consultation(.takeUpAsCapacity)), capacity, hidden: cells.map { ("cell-\($0.year)", String($0.version)) })
            }, else: .p(.class("muted"), .text(l(.consultation(.noCapacityOffer))))),
            form("decline", l(.consultation(.declineOffer)), [note]))
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
