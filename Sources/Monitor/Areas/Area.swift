/// One area of the CBS division in one year: a municipality, a district, a neighbourhood.
/// The parent is the area it lies in within the same year's division (`nil` at the top of
/// what was loaded).
public struct Area: Hashable, Sendable, Codable {
    public var code: AreaCode
    public var name: String
    public var year: Int
    public var parent: AreaCode?

    public init(code: AreaCode, name: String, year: Int, parent: AreaCode? = nil) {
        self.code = code
        self.name = name
        self.year = year
        self.parent = parent
    }

    public var level: AreaLevel { code.level }
}
