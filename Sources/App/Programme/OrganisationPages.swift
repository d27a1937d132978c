import Core
import Plot

/// The organisations the plan names, by kind.
enum OrganisationsPage {
    struct Model: Equatable {
        struct Group: Equatable {
            var kind: Organisation.Kind
            var rows: [Row]
        }

        struct Row: Equatable {
            var organisation: Organisation
            var lineCount: Int
            var programmeCount: Int
        }

        var plan: PlanInfo
        var groups: [Group]
        var total: Int

        init(_ register: Register) {
            plan = register.plan
            total = register.organisations.count
            groups = Organisation.Kind.allCases.compactMap { kind in
                let rows = register.organisations.filter { $0.kind == kind }.map { organisation in
                    let appearances = register.appearances(of: organisation)
                    return Row(organisation: organisation, lineCount: appearances.stakeholderOf.count, programmeCount: appearances.programmes.count)
                }
                return rows.isEmpty ? nil : Group(kind: kind, rows: rows)
            }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.organisations), section: .organisations, source: .init(model.plan)).render(
            .h1(.text(l(.organisations)), .span(.class("count"), .text(" (\(model.total))"))),
            .newRecordLinks([.organisations], l),
            .p(.text(l(.organisationsIntro))),
            .forEach(model.groups) { group in
                .table(
                    .class("fixed"),
                    .caption(.text("\(l(.organisationKind(group.kind))) (\(group.rows.count))")),
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(l(.name))),
                        .th(.attribute(named: "scope", value: "col"), .text(l(.country))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.actionLines))),
                        .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.programmes)))
                    )),
                    .tbody(.forEach(group.rows) { row in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .link(.organisation(row.organisation.id), row.organisation.name)),
                            .td(.text(l(.countryName(row.organisation.country)))),
                            .td(.class("num"), .text("\(row.lineCount)")),
                            .td(.class("num"), .text("\(row.programmeCount)"))
                        )
                    })
                )
            }
        )
    }
}

/// One organisation and everywhere it appears in the plan.
enum OrganisationPage {
    struct Model: Equatable {
        var footer = RecordFooter()
        var plan: PlanInfo
        var organisation: Organisation
        var appearances: OrganisationAppearances

        init(_ organisation: Organisation, in register: Register) {
            plan = register.plan
            self.organisation = organisation
            appearances = register.appearances(of: organisation)
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let organisation = model.organisation
        return Layout(l: l, title: organisation.name, section: .organisations, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.organisations, l(.organisations))),
            .h1(.text(organisation.name)),
            .dl(.class("facts"),
                .dt(.text(l(.kind))), .dd(.text(l(.organisationKind(organisation.kind)))),
                .dt(.text(l(.country))), .dd(.text(l(.countryName(organisation.country)))),
                .if(!organisation.aliases.isEmpty, .group(.dt(.text(l(.aliases))), .dd(.text(organisation.aliases.joined(separator: "; ")))))
            ),
            .h2(.text(l(.stakeholderIn))),
            .if(model.appearances.stakeholderOf.isEmpty, .p(.class("muted"), .text(l(.notInAnyLine)))),
            .ul(.forEach(model.appearances.stakeholderOf) { .li(.link(.actionLine($0.id), $0.title)) }),
            .if(!model.appearances.programmes.isEmpty, .group(
                .h2(.text(l(.runsProgrammes))),
                .ul(.forEach(model.appearances.programmes) { .li(.link(.programme($0.id), $0.name)) })
            )),
            .if(!organisation.mentions.isEmpty, .group(
                .h2(.text(l(.mentionedIn))),
                .bulletList(organisation.mentions)
            )),
            .recordFooter(model.footer, l)
        )
    }
}
