/// The smallest longitude/latitude rectangle around a set of coordinates.
public struct BoundingBox: Hashable, Sendable, Codable {
    public var minimum: Coordinate
    public var maximum: Coordinate

    public init(minimum: Coordinate, maximum: Coordinate) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// `nil` for no coordinates.
    public init?(_ coordinates: some Sequence<Coordinate>) {
        var iterator = coordinates.makeIterator()
        guard let first = iterator.next() else { return nil }
        var box = BoundingBox(minimum: first, maximum: first)
        while let next = iterator.next() { box.include(next) }
        self = box
    }

    public mutating func include(_ coordinate: Coordinate) {
        minimum.longitude = Swift.min(minimum.longitude, coordinate.longitude)
        minimum.latitude = Swift.min(minimum.latitude, coordinate.latitude)
        maximum.longitude = Swift.max(maximum.longitude, coordinate.longitude)
        maximum.latitude = Swift.max(maximum.latitude, coordinate.latitude)
    }

    public func union(_ other: BoundingBox) -> BoundingBox {
        var box = self
        box.include(other.minimum)
        box.include(other.maximum)
        return box
    }

    public func contains(_ coordinate: Coordinate) -> Bool {
        (minimum.longitude...maximum.longitude).contains(coordinate.longitude)
            && (minimum.latitude...maximum.latitude).contains(coordinate.latitude)
    }

    public var center: Coordinate {
        Coordinate(longitude: (minimum.longitude + maximum.longitude) / 2, latitude: (minimum.latitude + maximum.latitude) / 2)
    }
}
