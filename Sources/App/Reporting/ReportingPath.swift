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
    /// A line report's actions as CSV: the template to download, and where a filled one is sent.
    case template(String, String)
    case upload(String, String)
    /// The rounds' due days as an iCalendar feed.
    case calendar
    /// The round's Voortgangsrapportage: composed now, or as adopted.
    case document(String)
    case documentCSV(String)
    case adopt(String)
    case comparison(String)
    /// The public list of adopted reports, and one of them.
    case accountability
    case adoptedDocument(String)
    /// The API: the adopted reports (public), and a round's team reports (for those who read rounds).
    case apiAdopted
    case apiAdoptedReport(String)
    case apiLineReports(String)

    static let base = "/voortgang"

    var path: String {
        switch self {
        case .rounds: Self.base
        case let .round(id): "\(Self.base)/\(id)"
        case let .report(round, line): "\(Self.base)/\(round)/\(line)"
        case let .sendBack(round, line): "\(Self.base)/\(round)/\(line)/terugsturen"
        case let .approve(round, line): "\(Self.base)/\(round)/\(line)/goedkeuren"
        case let .answer(round, line): "\(Self.base)/\(round)/\(line)/antwoord"
        case let .template(round, line): "\(Self.base)/\(round)/\(line)/sjabloon.csv"
        case let .upload(round, line): "\(Self.base)/\(round)/\(line)/csv"
        case .calendar: "\(Self.base).ics"
        case let .document(round): "\(Self.base)/\(round)/rapportage"
        case let .documentCSV(round): "\(Self.base)/\(round)/rapportage.csv"
        case let .adopt(round): "\(Self.base)/\(round)/rapportage/vaststellen"
        case let .comparison(round): "\(Self.base)/\(round)/rapportage/vergelijking"
        case .accountability: "/verantwoording"
        case let .adoptedDocument(round): "/verantwoording/\(round)"
        case .apiAdopted: APIPath.prefix + "/reports"
        case let .apiAdoptedReport(round): APIPath.prefix + "/reports/\(round)"
        case let .apiLineReports(round): APIPath.prefix + "/rounds/\(round)/line-reports"
        }
    }
}
