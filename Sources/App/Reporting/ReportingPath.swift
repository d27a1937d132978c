/// The addresses of the reporting rounds, reached from `SiteURL.reporting`.
enum ReportingPath: Sendable, Equatable {
    /// Every round, what is due and overdue, and the form to open one.
    case rounds
    case round(String)
    /// A line's report in a round: (round, line).
    case report(String, String)
    case sendBack(String, String)
    case approve(String, String)
    case answer(String, String)
    /// The rounds' due days as an iCalendar feed.
    case calendar

    static let base = "/voortgang"

    var path: String {
        switch self {
        case .rounds: Self.base
        case let .round(id): "\(Self.base)/\(id)"
        case let .report(round, line): "\(Self.base)/\(round)/\(line)"
        case let .sendBack(round, line): "\(Self.base)/\(round)/\(line)/terugsturen"
        case let .approve(round, line): "\(Self.base)/\(round)/\(line)/goedkeuren"
        case let .answer(round, line): "\(Self.base)/\(round)/\(line)/antwoord"
        case .calendar: "\(Self.base).ics"
        }
    }
}
