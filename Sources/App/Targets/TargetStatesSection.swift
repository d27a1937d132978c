import Plot

extension Node where Context == HTML.BodyContext {
    /// The status of an ambition's targets on its page, each with why, and a link to all targets.
    static func targetStates(_ lines: [TargetLine], _ l: Localizer) -> Node {
        guard !lines.isEmpty else { return .empty }
        return .section(
            .class("ambition-targets"),
            .h2(.text(l(.targetsModule(.statusOnAmbition)))),
            .p(.class("muted"), .text(l(.targetsModule(.statusOnAmbitionIntro))), .text(" "),
               .a(.href(SiteURL.targets(.dashboard).path), .text(l(.targetsModule(.allTargets))))),
            .ul(.class("target-states"), .forEach(lines) { line in
                .li(TargetStatusBadge.node(line.trajectory.status.state, l), .text(" "),
                    .a(.href(SiteURL.targets(.target(line.target.id)).path), .text(line.target.text)),
                    .span(.class("reason"), .text(" — " + l.reason(line.trajectory.status, in: line.trajectory.measure))))
            })
        )
    }
}
