/// A point on the earth in WGS84 degrees, in GeoJSON's order: longitude first.
public struct Coordinate: Hashable, Sendable, Codable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}
