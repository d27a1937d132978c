/// A region as the data file defines it: its municipalities per period of years, since
/// municipalities merge (Zuid-Limburg had 18 until 2018 and has 16 since Beekdaelen in 2019).
public struct RegionDefinition: Hashable, Sendable {
    public struct Period: Hashable, Sendable {
        /// Open-ended periods run to `Int.max`.
        public var years: ClosedRange<Int>
        public var municipalities: Set<AreaCode>

        public init(years: ClosedRange<Int>, municipalities: Set<AreaCode>) {
            self.years = years
            self.municipalities = municipalities
        }
    }

    public var id: String
    public var nameNL: String
    public var nameEN: String
    public var periods: [Period]

    public init(id: String, nameNL: String, nameEN: String, periods: [Period]) {
        self.id = id
        self.nameNL = nameNL
        self.nameEN = nameEN
        self.periods = periods.sorted { $0.years.lowerBound < $1.years.lowerBound }
    }

    /// The municipalities of the region in `year`, or `nil` when no period covers it.
    public func municipalities(in year: Int) -> Set<AreaCode>? {
        periods.first { $0.years.contains(year) }?.municipalities
    }

    /// The region in `year`, without checking the codes against a division.
    public func region(year: Int) throws(AreaError) -> Region {
        guard let codes = municipalities(in: year) else {
            throw .regionUndefined(id: id, year: year, periods: periods.map(\.years))
        }
        return Region(id: id, nameNL: nameNL, nameEN: nameEN, year: year, municipalities: codes)
    }

    /// The region in the hierarchy's year; every listed municipality must be in the hierarchy,
    /// so a file of the wrong year or a stale region definition is caught here.
    public func region(in hierarchy: AreaHierarchy) throws(AreaError) -> Region {
        let region = try region(year: hierarchy.year)
        if let missing = region.municipalities.sorted().first(where: { !hierarchy.contains($0) }) {
            throw .regionAreaMissing(region: id, code: missing, year: hierarchy.year)
        }
        return region
    }
}
