import Core
import Monitor
import Plot

/// The register's front page: vision, core values, challenges with their ambitions and
/// targets, the action lines and what the NOVI status adds.
enum HomePage {
    struct Model: Equatable {
        struct ChallengeSummary: Equatable {
            var challenge: Challenge
            var ambitions: [Ambition]
        }

        struct LineSummary: Equatable {
            var line: ActionLine
            var shortTermCount: Int
            var outlookCount: Int
            var programmeCount: Int
        }

        var plan: PlanInfo
        var vision: Vision
        var coreValues: [String]
        var addedValue: AddedValue
        var challenges: [ChallengeSummary]
        /// Ambitions that span all challenges (the plan's Samenwerking).
        var overarching: [Ambition]
        var lines: [LineSummary]
        var programmeCount: Int
        var organisationCount: Int
        var dependencyCount: Int

        init(_ register: Register) {
            plan = register.plan
            vision = register.vision
            coreValues = register.coreValues
            addedValue = register.addedValue
            challenges = register.challenges.map { .init(challenge: $0, ambitions: register.ambitions(of: $0)) }
            overarching = register.ambitions.filter { $0.challenge == nil }
            lines = register.actionLines.map { line in
                LineSummary(
                    line: line,
                    shortTermCount: register.actions(of: line, term: .short).count,
                    outlookCount: register.actions(of: line, term: .outlook).count,
                    programmeCount: line.buildsOn.count)
            }
            programmeCount = register.programmes.count
            organisationCount = register.organisations.count
            dependencyCount = register.dependencies.count
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        Layout(l: l, title: model.plan.title, section: .home, source: .init(model.plan)).render(
            .h1(.text(model.plan.title)),
            .p(.class("muted"), .text(l(.planMeta(region: model.plan.region, version: model.plan.version, date: l.date(model.plan.date))))),
            .unwrap(model.plan.summary) { .p(.class("lead"), .text($0)) },

            .h2(.text(l(.vision))),
            .p(.text(model.vision.intro)),
            .ul(.forEach(model.vision.points) { point in
                .li(.strong(.text(point.text)), .unwrap(point.details) { details in .ul(.forEach(details) { .li(.text($0)) }) })
            }),

            .h2(.text(l(.coreValues))),
            .ul(.class("values"), .forEach(model.coreValues) { .li(.text($0)) }),

            .h2(.text(l(.challengesAndAmbitions))),
            .div(.class("grid"),
                .forEach(model.challenges) { summary in
                    .section(.class("card"),
                        .h3(.a(.href(SiteURL.challenge(summary.challenge.id).path),
                               .text("\(summary.challenge.number). \(summary.challenge.title)"))),
                        .forEach(summary.ambitions) { ambition in
                            .group(
                                .p(.strong(.a(.href(SiteURL.ambition(ambition.id).path), .text(ambition.title)))),
                                .targets(ambition.targets, l)
                            )
                        }
                    )
                },
                .forEach(model.overarching) { ambition in
                    .section(.class("card"),
                        .h3(.a(.href(SiteURL.ambition(ambition.id).path), .text("\(l(.ambition)): \(ambition.title)"))),
                        .p(.text(ambition.text))
                    )
                }
            ),

            .h2(.text(l(.wellBeingAndTargets))),
            .ul(
                .li(.a(.href(SiteURL.monitor(.map(MonitorQuery())).path), .text(l(.monitor(.title)))), .text(" — " + l(.monitorOnHome))),
                .li(.a(.href(SiteURL.monitor(.focus(nil)).path), .text(l(.focus(.title)))),
                    .text(" — "), .a(.href(SiteURL.monitor(.focusDecisions).path), .text(l(.focus(.decisionsTitle))))),
                .li(.a(.href(SiteURL.targets(.dashboard).path), .text(l(.targetsModule(.title)))), .text(" — " + l(.targetsOnHome)))
            ),

            .h2(.text(l(.actionLines))),
            .div(.class("grid"), .forEach(model.lines) { summary in
                .section(.class("card"),
                    .h3(.a(.href(SiteURL.actionLine(summary.line.id).path), .text("\(summary.line.number). \(summary.line.title)"))),
                    .unwrap(summary.line.ambitionText) { .p(.text($0)) },
                    .p(.class("muted"), .text([
                        l(.shortTermCount(summary.shortTermCount)),
                        l(.outlookCount(summary.outlookCount)),
                        l(.programmeCount(summary.programmeCount)),
                    ].joined(separator: " · ")))
                )
            }),

            .h2(.text(l(.addedValue))),
            .unwrap(model.addedValue.intro) { .p(.text($0)) },
            .ol(.forEach(model.addedValue.points) { .li(.text($0)) }),
            .ul(.class("values"), .forEach(model.addedValue.keywords) { .li(.text($0)) }),

            .h2(.text(l(.navCoherence) + " · " + l(.navTimeline))),
            .ul(
                .li(.link(.coherence, l(.coherence)), .text(" — " + l(.dependsOnCount(model.dependencyCount)))),
                .li(.link(.structure, l(.structure))),
                .li(.link(.timeline, l(.timeline))),
                .li(.link(.programmes, l(.programmes)), .text(" — \(model.programmeCount)")),
                .li(.link(.organisations, l(.organisations)), .text(" — \(model.organisationCount)"))
            )
        )
    }
}
