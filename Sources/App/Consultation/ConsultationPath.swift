/// The addresses of the consultation on the plan, reached from `SiteURL.consultation`.
enum ConsultationPath: Sendable, Equatable {
    /// Every round, and the regiegroep's form to open one.
    case rounds
    case round(String)
    /// The answer form, about a section or block (`op`), and where it is sent.
    case answerForm(String, about: String?)
    case answer(String)
    /// The regiegroep's triage: moderation and dispositions.
    case triage(String)
    /// A respondent's private link.
    case follow(String)
    case privacy
    /// The *reactienota*: every published answer by section, with what became of it; and as CSV.
    case responseNote(String)
    case responseNoteCSV(String)
    /// Open data: the rounds, and a round's published answers as JSON.
    case apiRounds
    case apiAnswers(String)

    static let base = "/consultatie"

    var path: String {
        switch self {
        case .rounds: Self.base
        case let .round(id): "\(Self.base)/\(id)"
        case let .answerForm(id, about): "\(Self.base)/\(id)/reageren" + (about.map { "?op=\($0)" } ?? "")
        case let .answer(id): "\(Self.base)/\(id)/reageren"
        case let .triage(id): "\(Self.base)/\(id)/beheer"
        case let .follow(token): "\(Self.base)/volg/\(token)"
        case .privacy: "\(Self.base)/privacy"
        case let .responseNote(id): "\(Self.base)/\(id)/reactienota"
        case let .responseNoteCSV(id): "\(Self.base)/\(id)/reactienota.csv"
        case .apiRounds: "/api/v1/consultations"
        case let .apiAnswers(id): "/api/v1/consultations/\(id)/answers"
        }
    }
}
