/// The addresses of *Mensen en middelen*, reached from `SiteURL.money`.
enum MoneyPath: Sendable, Equatable {
    case overview
    case capacity(Int)
    case capacityCSV(Int)
    case capacityRate(Int)
    /// The form for one cell of the Tabel Mensen, optionally preset.
    case commitmentForm(year: Int?, activity: String?, party: String?)
    case budget(Int)
    case budgetCSV(Int)
    case spendingForm(line: String?)
    case reviews
    case reviewsCSV
    case newReview
    case investments
    case investmentsCSV
    case newInvestment
    case editInvestment(String)
    case stylesheet
    /// The tables as plain numbers, under the API.
    case apiCapacity
    case apiBudget
    case apiInvestments
    /// The routes of the pages and forms of one year: a year cannot be a placeholder, so these
    /// name its place as a parameter (`:year` also answers `2021.csv`). Routes only.
    case capacityRoute
    case capacityRateRoute
    case budgetRoute
    case editInvestmentRoute

    static let base = "/middelen"

    var path: String {
        switch self {
        case .overview: Self.base
        case let .capacity(year): "\(Self.base)/inzet/\(year)"
        case let .capacityCSV(year): "\(Self.base)/inzet/\(year).csv"
        case let .capacityRate(year): "\(Self.base)/inzet/\(year)/tarief"
        case let .commitmentForm(year, activity, party):
            "\(Self.base)/inzet/invullen" + Self.query([("jaar", year.map(String.init)), ("activiteit", activity), ("partij", party)])
        case let .budget(year): "\(Self.base)/begroting/\(year)"
        case let .budgetCSV(year): "\(Self.base)/begroting/\(year).csv"
        case let .spendingForm(line): "\(Self.base)/begroting/realisatie" + Self.query([("post", line)])
        case .reviews: "\(Self.base)/besprekingen"
        case .reviewsCSV: "\(Self.base)/besprekingen.csv"
        case .newReview: "\(Self.base)/besprekingen/nieuw"
        case .investments: "\(Self.base)/investeringsagenda"
        case .investmentsCSV: "\(Self.base)/investeringsagenda.csv"
        case .newInvestment: "\(Self.base)/investeringsagenda/nieuw"
        case let .editInvestment(id): "\(Self.base)/investeringsagenda/\(id)/bewerken"
        case .stylesheet: "/static/middelen.css"
        case .apiCapacity: APIPath.prefix + "/capacity"
        case .apiBudget: APIPath.prefix + "/budget"
        case .apiInvestments: APIPath.prefix + "/investments"
        case .capacityRoute: "\(Self.base)/inzet/:year"
        case .capacityRateRoute: "\(Self.base)/inzet/:year/tarief"
        case .budgetRoute: "\(Self.base)/begroting/:year"
        case .editInvestmentRoute: "\(Self.base)/investeringsagenda/:id/bewerken"
        }
    }

    /// Presets are slugs and years, which need no escaping.
    private static func query(_ pairs: [(String, String?)]) -> String {
        let present = pairs.compactMap { name, value in value.map { "\(name)=\($0)" } }
        return present.isEmpty ? "" : "?" + present.joined(separator: "&")
    }
}
