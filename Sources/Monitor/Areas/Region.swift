/// A named set of municipalities in one year's division, such as Zuid-Limburg, or its
/// complement ("the rest of the Netherlands"). Districts and neighbourhoods belong to a region
/// through their municipality, which CBS writes into their codes.
public struct Region: Hashable, Sendable {
    public var id: String
    public var nameNL: String
    public var nameEN: String
    public var year: Int
    public var municipalities: Set<AreaCode>

    public init(id: String, nameNL: String, nameEN: String, year: Int, municipalities: Set<AreaCode>) {
        self.id = id
        self.nameNL = nameNL
        self.nameEN = nameEN
        self.year = year
        self.municipalities = municipalities
    }

    /// Whether a municipality, district or neighbourhood of this year lies in the region.
    /// A province or the country is never inside a region of municipalities.
    public func contains(_ code: AreaCode) -> Bool {
        guard let municipality = code.municipality else { return false }
        return municipalities.contains(municipality)
    }

    /// The region's areas of one level in a hierarchy of the same year, ordered by code.
    public func areas(at level: AreaLevel, in hierarchy: AreaHierarchy) -> [Area] {
        hierarchy.areas(at: level).filter { contains($0.code) }
    }

    /// Every municipality of the hierarchy that is not in this region.
    public func complement(in hierarchy: AreaHierarchy,
                           id: String? = nil,
                           nameNL: String = "Rest van Nederland",
                           nameEN: String = "Rest of the Netherlands") -> Region {
        let others = hierarchy.areas(at: .municipality).map(\.code).filter { !municipalities.contains($0) }
        return Region(id: id ?? "not-\(self.id)", nameNL: nameNL, nameEN: nameEN, year: hierarchy.year, municipalities: Set(others))
    }
}
