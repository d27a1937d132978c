import Foundation

/// A point on a flat drawing, x to the right and y downwards, as SVG expects.
public struct PlanePoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Projects WGS84 onto a drawing plane with the equirectangular projection, longitude scaled
/// by the cosine of the middle latitude. Over a region the size of a province this keeps
/// shapes true to within a fraction of a percent, and unlike Web Mercator it needs no
/// logarithms and keeps one scale for the whole map.
public struct PlaneProjection: Hashable, Sendable {
    public let box: BoundingBox
    /// Drawing units per degree of latitude.
    public let scale: Double
    public let width: Double
    public let height: Double
    private let longitudeFactor: Double

    /// Fits `box` into a drawing `width` units wide; the height follows from the shape.
    public init(fitting box: BoundingBox, width: Double) {
        self.box = box
        self.width = width
        longitudeFactor = cos(box.center.latitude * .pi / 180)
        let span = (box.maximum.longitude - box.minimum.longitude) * longitudeFactor
        scale = span > 0 ? width / span : 1
        height = (box.maximum.latitude - box.minimum.latitude) * scale
    }

    public func point(_ coordinate: Coordinate) -> PlanePoint {
        PlanePoint(x: (coordinate.longitude - box.minimum.longitude) * longitudeFactor * scale,
                   y: (box.maximum.latitude - coordinate.latitude) * scale)
    }
}
