/// One measured value: an indicator of an area in a year. A missing value is `nil`, which is
/// not zero: CBS marks it (`-99999999`, `.`, an empty cell) and the method screens it.
public struct Observation: Hashable, Sendable {
    public var area: AreaCode
    public var year: Int
    public var indicator: String
    public var value: Double?

    public init(area: AreaCode, year: Int, indicator: String, value: Double?) {
        self.area = area
        self.year = year
        self.indicator = indicator
        self.value = value
    }
}
