import Core
import Plot

/// The register of *lopende programma's*, each with the lines that build on it.
enum ProgrammesPage {
    struct Model: Equatable {
        struct Row: Equatable {
            var programme: Programme
            var lines: [ActionLine]
        }

        var plan: PlanInfo
        var rows: [Row]

        init(_ register: Register) {
            plan = register.plan
            rows = register.programmes.map { Row(programme: $0, lines: register.actionLines(buildingOn: $0)) }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.programmes), section: .programmes, source: .init(model.plan)).render(
            .h1(.text(l(.programmes)), .span(.class("count"), .text(" (\(model.rows.count))"))),
            .newRecordLinks([.programmes], l),
            .p(.text(l(.programmesIntro))),
            .table(
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(l(.programme))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.buildsOnThisProgramme)))
                )),
                .tbody(.forEach(model.rows) { row in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .link(.programme(row.programme.id), row.programme.name)),
                        .td(.links(row.lines.map { (.actionLine($0.id), $0.title) }))
                    )
                })
            )
        )
    }
}

/// One running programme.
enum ProgrammePage {
    struct Model: Equatable {
        var footer = RecordFooter()
        struct Mention: Equatable {
            var line: ActionLine
            /// The words the line's *Voortbouwen op* uses for it.
            var text: String
        }

        var plan: PlanInfo
        var programme: Programme
        var mentions: [Mention]
        var organisations: [Organisation]
        var decisions: [EvaluationDecision] = []

        init(_ programme: Programme, in register: Register) {
            plan = register.plan
            self.programme = programme
            mentions = register.actionLines.flatMap { line in
                line.buildsOn.filter { $0.programme == programme.id }.map { Mention(line: line, text: $0.text) }
            }
            organisations = programme.organisations.compactMap { register.organisation($0) }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.programme.name, section: .programmes, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.programmes, l(.programmes))),
            .recordHeading(nil, model.programme.name, original: .unwrap(model.programme.description) { .p(.class("lead"), .text($0)) }, model.footer, l),
            .recordText(.unwrap(model.programme.description) { .p(.class("lead"), .text($0)) }, model.footer, l),
            .h2(.text(l(.buildsOnThisProgramme))),
            .ul(.forEach(model.mentions) { mention in
                .li(.link(.actionLine(mention.line.id), mention.line.title), .text(": “\(mention.text)”"))
            }),
            .if(!model.organisations.isEmpty, .group(
                .h2(.text(l(.organisations))),
                .ul(.forEach(model.organisations) { .li(.link(.organisation($0.id), $0.name)) })
            )),
            .evaluationDecisions(model.decisions, l),
            .recordFooter(model.footer, l)
        )
    }
}
