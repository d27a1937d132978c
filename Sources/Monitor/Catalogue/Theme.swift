/// The eight CBS *hier en nu* themes of broad well-being, plus demography for context.
/// The raw values are the stable ids the catalogue and the weight files use.
public enum Theme: String, Sendable, Hashable, Codable, CaseIterable {
    case subjectiveWellBeing = "subjectief-welzijn"
    case materialWelfare = "materiele-welvaart"
    case health = "gezondheid"
    case workAndLeisure = "arbeid-en-vrije-tijd"
    case housing = "wonen"
    case society = "samenleving"
    case safety = "veiligheid"
    case environment = "milieu"
    case demography = "demografie"

    public var nameNL: String {
        switch self {
        case .subjectiveWellBeing: "Subjectief welzijn"
        case .materialWelfare: "Materiële welvaart"
        case .health: "Gezondheid"
        case .workAndLeisure: "Arbeid en vrije tijd"
        case .housing: "Wonen"
        case .society: "Samenleving"
        case .safety: "Veiligheid"
        case .environment: "Milieu"
        case .demography: "Demografie"
        }
    }

    public var nameEN: String {
        switch self {
        case .subjectiveWellBeing: "Subjective well-being"
        case .materialWelfare: "Material welfare"
        case .health: "Health"
        case .workAndLeisure: "Work and leisure"
        case .housing: "Housing"
        case .society: "Society"
        case .safety: "Safety"
        case .environment: "Environment"
        case .demography: "Demography"
        }
    }

    /// Demography describes an area; it is not better or worse and takes no part in the index.
    public var isContext: Bool { self == .demography }
}
