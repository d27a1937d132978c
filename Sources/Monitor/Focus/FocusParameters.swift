/// Everything a focus selection depends on besides the data: with the same parameters and the
/// same values it gives the same areas, shares and ranks to the bit.
public struct FocusParameters: Sendable, Hashable, Codable {
    public var level: AreaLevel
    public var year: Int
    /// The region whose areas are listed (an id of Seeds/monitor/regions.csv); nil is the whole country.
    public var region: String?
    /// Whether the percentile is taken over the region's areas instead of the country's.
    public var referenceIsRegion: Bool
    /// How many years older than `year` a value may be when its own year has none.
    public var maxAge: Int
    public var settings: MethodSettings
    /// Weight per theme; a theme not named weighs 1.
    public var themeWeights: [String: Double]
    public var criteria: FocusCriteria
    public var robustness: RobustnessSettings

    /// The defaults a board starts from: Zuid-Limburg's neighbourhoods, the weakest tenth of the
    /// country's, at least 100 inhabitants, every theme weighing the same, 1,000 draws moving each
    /// weight by up to a quarter.
    public init(
        level: AreaLevel = .neighbourhood, year: Int, region: String? = "zuid-limburg", referenceIsRegion: Bool = false, maxAge: Int = 0,
        settings: MethodSettings = MethodSettings(), themeWeights: [String: Double] = [:],
        criteria: FocusCriteria = FocusCriteria(indexPercentile: 10, minimumPopulation: 100),
        robustness: RobustnessSettings = RobustnessSettings(drawCount: 1000, alpha: 0.25)
    ) {
        self.level = level
        self.year = year
        self.region = region
        self.referenceIsRegion = referenceIsRegion
        self.maxAge = maxAge
        self.settings = settings
        self.themeWeights = themeWeights
        self.criteria = criteria
        self.robustness = robustness
    }

    /// The years whose values the selection may read, oldest first.
    public var years: ClosedRange<Int> { (year - max(maxAge, 0))...year }

    /// The index request these parameters make, given the region's areas at the level.
    public func indexRequest(regionAreas: Set<AreaCode>?) -> AreaIndex.Request {
        AreaIndex.Request(year: year, level: level, settings: settings, themeWeights: themeWeights,
                          reference: referenceIsRegion ? regionAreas : nil, maxAge: maxAge)
    }
}
