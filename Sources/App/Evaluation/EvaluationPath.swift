/// The addresses of the yearly evaluations, reached from `SiteURL.evaluation`.
enum EvaluationPath: Sendable, Equatable {
    /// Every evaluation, their totals year beside year, and the form to open one.
    case evaluations
    case evaluation(String)
    case answer(String)
    case decide(String)

    static let base = "/evaluatie"

    var path: String {
        switch self {
        case .evaluations: Self.base
        case let .evaluation(id): "\(Self.base)/\(id)"
        case let .answer(id): "\(Self.base)/\(id)/antwoord"
        case let .decide(id): "\(Self.base)/\(id)/besluiten"
        }
    }
}
