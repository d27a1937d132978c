/// The outline of one area: every ring of its polygons (outer rings and holes alike), each
/// closed and in WGS84. Drawn with the even-odd rule, holes and islands come out right
/// without keeping track of which ring belongs to which polygon.
public struct Boundary: Hashable, Sendable {
    public var code: AreaCode
    public var name: String?
    public var rings: [[Coordinate]]

    public init(code: AreaCode, name: String? = nil, rings: [[Coordinate]]) {
        self.code = code
        self.name = name
        self.rings = rings
    }

    public var pointCount: Int { rings.reduce(0) { $0 + $1.count } }

    public var boundingBox: BoundingBox? { BoundingBox(rings.joined()) }

    /// Whether a point lies inside, by the even-odd rule over all rings (so inside a hole is outside).
    public func contains(_ point: Coordinate) -> Bool {
        var inside = false
        for ring in rings where ring.count > 2 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
                    let crossing = previous.longitude + (point.latitude - previous.latitude)
                        / (current.latitude - previous.latitude) * (current.longitude - previous.longitude)
                    if point.longitude < crossing { inside.toggle() }
                }
                previous = current
            }
        }
        return inside
    }

    /// A point certainly inside the area (the centroid of a concave shape may lie outside): the
    /// middle of the widest stretch inside along the latitude through the middle of the
    /// largest ring's bounding box.
    public var interiorPoint: Coordinate? {
        guard let ring = rings.max(by: { $0.count < $1.count }), let box = BoundingBox(ring) else { return nil }
        let latitude = box.center.latitude
        var crossings: [Double] = []
        for ring in rings where ring.count > 2 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.latitude > latitude) != (previous.latitude > latitude) {
                    crossings.append(previous.longitude + (latitude - previous.latitude)
                        / (current.latitude - previous.latitude) * (current.longitude - previous.longitude))
                }
                previous = current
            }
        }
        crossings.sort()
        let spans = stride(from: 0, to: crossings.count - 1, by: 2).map { (crossings[$0], crossings[$0 + 1]) }
        guard let widest = spans.max(by: { $0.1 - $0.0 < $1.1 - $1.0 }) else { return nil }
        return Coordinate(longitude: (widest.0 + widest.1) / 2, latitude: latitude)
    }

    /// A copy with every ring simplified by Douglas–Peucker; rings stay closed.
    public func simplified(toleranceMetres: Double) -> Boundary {
        Boundary(code: code, name: name, rings: rings.map { DouglasPeucker.simplify(ring: $0, toleranceMetres: toleranceMetres) })
    }
}
