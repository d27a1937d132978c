import Core
import Plot

/// The three *opgaven*, each with its focus, its ambitions and their targets.
enum ChallengesPage {
    struct Model: Equatable {
        var plan: PlanInfo
        var challenges: [ChallengePage.Model]

        init(_ register: Register) {
            plan = register.plan
            challenges = register.challenges.map { ChallengePage.Model($0, in: register) }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: l(.challengesAndAmbitions), section: .challenges, source: .init(model.plan)).render(
            .h1(.text(l(.challengesAndAmbitions))),
            .newRecordLinks([.challenges, .ambitions], l),
            .forEach(model.challenges) { challenge in
                .section(
                    .h2(.a(.href(SiteURL.challenge(challenge.challenge.id).path),
                           .text("\(challenge.challenge.number). \(challenge.challenge.title)"))),
                    .forEach(challenge.ambitions) { item in
                        .group(
                            .h3(.a(.href(SiteURL.ambition(item.ambition.id).path), .text("\(l(.ambition)): \(item.ambition.title)"))),
                            .p(.text(item.ambition.text)),
                            .targets(item.ambition.targets, l),
                            .p(.class("muted"), .text(l(.actionLines) + ": "),
                               .links(item.lines.map { (.actionLine($0.id), $0.title) }))
                        )
                    }
                )
            }
        )
    }
}

/// One *opgave*.
enum ChallengePage {
    struct Model: Equatable {
        var footer = RecordFooter()
        struct AmbitionWithLines: Equatable {
            var ambition: Ambition
            var lines: [ActionLine]
        }

        var plan: PlanInfo
        var challenge: Challenge
        var themes: [Theme]
        var ambitions: [AmbitionWithLines]

        init(_ challenge: Challenge, in register: Register) {
            plan = register.plan
            self.challenge = challenge
            themes = challenge.themes.compactMap { register.theme($0) }
            ambitions = register.ambitions(of: challenge).map { .init(ambition: $0, lines: register.actionLines(for: $0)) }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.challenge.title, section: .challenges, source: .init(model.plan)).render(
            .p(.class("breadcrumb"), .link(.challenges, l(.challenges))),
            .recordHeading("\(l(.challenge)) \(model.challenge.number):", model.challenge.title, original: .paragraphs(model.challenge.focus), model.footer, l),
            .if(!model.themes.isEmpty, .ul(.class("values"), .forEach(model.themes) { .li(.text("\(l(.theme)): \($0.name)")) })),
            .recordText(.paragraphs(model.challenge.focus), model.footer, l),
            .h2(.text(l(.ambitions))),
            .forEach(model.ambitions) { item in
                .section(
                    .h3(.a(.href(SiteURL.ambition(item.ambition.id).path), .text(item.ambition.title))),
                    .p(.text(item.ambition.text)),
                    .targets(item.ambition.targets, l),
                    .p(.class("muted"), .text(l(.actionLines) + ": "),
                       .links(item.lines.map { (.actionLine($0.id), $0.title) }))
                )
            },
            .if(!model.challenge.addedValue.isEmpty, .group(
                .h2(.text(l(.addedValue))),
                .bulletList(model.challenge.addedValue)
            )),
            .recordFooter(model.footer, l)
        )
    }
}

/// One *ambitie* with its measurable targets and the lines that work on it.
enum AmbitionPage {
    struct Model: Equatable {
        var footer = RecordFooter()
        var plan: PlanInfo
        var ambition: Ambition
        var challenge: Challenge?
        var lines: [ActionLine]
        /// The status of the ambition's targets, as measured today.
        var targetLines: [TargetLine]

        init(_ ambition: Ambition, in register: Register, targets: [TargetLine] = []) {
            plan = register.plan
            self.ambition = ambition
            challenge = ambition.challenge.flatMap { register.challenge($0) }
            lines = register.actionLines(for: ambition)
            targetLines = targets.filter { $0.ambition.id == ambition.id }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.ambition.title, section: .challenges, source: .init(model.plan)).render(
            .p(.class("breadcrumb"),
               .link(.challenges, l(.challenges)),
               .unwrap(model.challenge) { challenge in
                   .group(.text(" › "), .link(.challenge(challenge.id), "\(challenge.number). \(challenge.title)"))
               }),
            .recordHeading("\(l(.ambition)):", model.ambition.title, original: .p(.class("lead"), .text(model.ambition.text)), model.footer, l),
            .recordText(.p(.class("lead"), .text(model.ambition.text)), model.footer, l),
            .unwrap(model.ambition.note) { .p(.class("note"), .text("\(l(.notePrefix)): \($0)")) },
            .h2(.text(l(.targets))),
            .targets(model.ambition.targets, l),
            .targetStates(model.targetLines, l),
            .h2(.text(l(.actionLines))),
            .ul(.forEach(model.lines) { .li(.a(.href(SiteURL.actionLine($0.id).path), .text("\($0.number). \($0.title)"))) }),
            .recordFooter(model.footer, l)
        )
    }
}
