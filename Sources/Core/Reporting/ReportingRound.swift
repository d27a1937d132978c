/// A *voortgangsronde*: the regiegroep asks every action line's team for a report on a period,
/// due on a day (ch. 6.1: 'halfjaarlijks in het directeurenoverleg besproken').
public struct ReportingRound: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// 'Voortgang 1e helft 2021'.
    public var name: String
    /// The period reported on, `yyyy-mm-dd` both, inclusive.
    public var periodStart: String
    public var periodEnd: String
    /// The day reports are due.
    public var dueOn: String
    /// Who opened it, by the name others see.
    public var openedBy: String
    /// ISO 8601 instant.
    public var openedAt: String

    public init(id: String, name: String, periodStart: String, periodEnd: String, dueOn: String, openedBy: String, openedAt: String) {
        self.id = id
        self.name = name
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.dueOn = dueOn
        self.openedBy = openedBy
        self.openedAt = openedAt
    }

    /// The months the period touches, to compare with the plan's periods and years.
    public var months: ClosedRange<YearMonth>? {
        guard let start = YearMonth(String(periodStart.prefix(7))), let end = YearMonth(String(periodEnd.prefix(7))), start <= end else { return nil }
        return start...end
    }
}

/// What is wrong with a round as it was asked for.
public enum ReportingRoundProblem: Error, Sendable, Equatable {
    case nameMissing
    case notADate(field: String, text: String)
    case periodReversed
    case dueBeforePeriodStart
}

extension ReportingRound {
    /// Checks a round before it is opened: a name, three days, the period the right way round.
    public static func check(name: String, periodStart: String, periodEnd: String, dueOn: String) throws(ReportingRoundProblem) {
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .nameMissing }
        for (field, text) in [("periodStart", periodStart), ("periodEnd", periodEnd), ("dueOn", dueOn)] where !ISODate.isValid(text) {
            throw .notADate(field: field, text: text)
        }
        guard periodStart <= periodEnd else { throw .periodReversed }
        guard dueOn >= periodStart else { throw .dueBeforePeriodStart }
    }
}
