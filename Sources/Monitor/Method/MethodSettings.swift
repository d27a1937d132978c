/// The choices of steps 1-6 of the method; the defaults are the contract's.
public struct MethodSettings: Sendable, Hashable, Codable {
    /// A unit with values for fewer than this share of the indicators is screened out.
    public var minCoverage: Double
    /// Winsorising's `p`: clamp each indicator to its p and 1-p percentiles; nil is off.
    public var winsorisingTail: Double?
    public var normalisation: Normalisation
    public var aggregation: Aggregation
    /// A theme is missing for a unit when less than this share of its indicator weight is available.
    public var minThemeWeight: Double
    /// A group (and the index) is missing when one of its children is; otherwise it is
    /// renormalised over the children present.
    public var requireAllThemes: Bool

    public init(
        minCoverage: Double = 0.65,
        winsorisingTail: Double? = nil,
        normalisation: Normalisation = .minmax,
        aggregation: Aggregation = .arithmetic,
        minThemeWeight: Double = 0.5,
        requireAllThemes: Bool = true
    ) {
        self.minCoverage = minCoverage
        self.winsorisingTail = winsorisingTail
        self.normalisation = normalisation
        self.aggregation = aggregation
        self.minThemeWeight = minThemeWeight
        self.requireAllThemes = requireAllThemes
    }

    public var method: MethodChoice {
        get { MethodChoice(normalisation: normalisation, aggregation: aggregation) }
        set {
            normalisation = newValue.normalisation
            aggregation = newValue.aggregation
        }
    }

    public func validate() throws {
        guard minCoverage >= 0, minCoverage <= 1 else { throw MethodError.settingOutOfRange(setting: "minCoverage", value: minCoverage, allowed: "between 0 and 1") }
        guard minThemeWeight >= 0, minThemeWeight <= 1 else {
            throw MethodError.settingOutOfRange(setting: "minThemeWeight", value: minThemeWeight, allowed: "between 0 and 1")
        }
        if let tail = winsorisingTail, !(tail > 0 && tail < 0.5) {
            throw MethodError.settingOutOfRange(setting: "winsorisingTail", value: tail, allowed: "above 0 and below 0.5")
        }
        try method.validate()
    }
}
