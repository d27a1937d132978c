/// Which actions a round asks about, and which of them are late.
///
/// An action belongs in a round when the plan dates it in months the round's period touches
/// (its period, the whole of its year, or the short term), or when it is running whatever its date. An action
/// is late at a day when the last month the plan gives it has passed while it is still planned
/// or running.
public enum ReportingScope {
    public static func actions(of line: ActionLine, in round: ReportingRound, register: Register) -> [Action] {
        let lineActions = register.actions.filter { $0.line == line.id }.sorted { ($0.term == .short ? 0 : 1, $0.position) < ($1.term == .short ? 0 : 1, $1.position) }
        guard let months = round.months else { return [] }
        return lineActions.filter { action in
            if action.status == .running { return true }
            guard let span = span(of: action, in: register) else { return false }
            return span.overlaps(months)
        }
    }

    /// The months the plan gives an action: its period, January to December of its year, or
    /// for a short-term action without either the plan's whole short term (as on the timeline).
    public static func span(of action: Action, in register: Register) -> ClosedRange<YearMonth>? {
        if let id = action.period, let period = register.period(id) { return period.start...period.end }
        if let year = action.year, let start = YearMonth(year: year, month: 1), let end = YearMonth(year: year, month: 12) { return start...end }
        return action.term == .short ? register.shortTermSpan : nil
    }

    /// Planned or running after the last month the plan gives it, seen from `day` (`yyyy-mm-dd`).
    public static func isLate(_ action: Action, at day: String, in register: Register) -> Bool {
        guard action.status == .planned || action.status == .running,
              let span = span(of: action, in: register), let month = YearMonth(String(day.prefix(7))) else { return false }
        return span.upperBound < month
    }
}
