import Core
import Plot

/// A target's status as a label with a symbol and a colour: the words carry the meaning, the
/// colour only repeats it (WCAG 1.4.1).
enum TargetStatusBadge {
    static func colour(_ state: TargetStatus.State) -> String {
        switch state {
        case .onTrack: "#39870c"
        case .offTrack: "#d52b1e"
        case .noData: "#696969"
        case .reached: "#154273"
        }
    }

    static func symbol(_ state: TargetStatus.State) -> String {
        switch state {
        case .onTrack: "●"
        case .offTrack: "▲"
        case .noData: "○"
        case .reached: "✓"
        }
    }

    static func node(_ state: TargetStatus.State, _ l: Localizer) -> Node<HTML.BodyContext> {
        .span(.class("target-status \(state.rawValue)"),
              .span(.attribute(named: "aria-hidden", value: "true"), .text(symbol(state) + " ")),
              .text(l(.targetsModule(.state(state)))))
    }
}
