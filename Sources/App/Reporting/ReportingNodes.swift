import Core
import Plot

/// Small pieces the reporting pages share: a report's state and signal in words, and progress.
enum ReportingNodes {
    static func state(_ row: ReportingRow, _ l: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .span(.class("report-state \(row.state?.rawValue ?? "none")"), .text(row.state.map { l(.reporting(.state($0))) } ?? l(.reporting(.notStarted)))),
            .if(row.overdue, .span(.class("flag late"), .text(l(.reporting(.overdue))))),
            .if(row.report.map { $0.wasSubmittedLate(in: row.round) } == true, .span(.class("flag late"), .text(l(.reporting(.submittedLate))))),
            .if(row.report?.escalationOpen == true, .span(.class("flag"), .text(l(.reporting(.escalationOpen))))),
            .if(row.report?.answer != nil, .span(.class("flag"), .text(l(.reporting(.escalationAnswered)))))
        )
    }

    static func share(_ progress: Progress, _ l: Localizer) -> String {
        guard let share = progress.share else { return l(.reporting(.noProgress)) }
        return l(.reporting(.progressShare("\(l.number(Int((share * 100).rounded()))) %")))
    }

    static func th(_ text: String) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .text(text))
    }
}
