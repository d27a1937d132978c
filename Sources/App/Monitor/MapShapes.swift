import Foundation
import Monitor

/// The outlines of a map's areas as SVG path data: projected onto the drawing plane and
/// simplified to about half a drawing unit, finer than a screen shows at the map's size, so a
/// thousand neighbourhoods cost tens of kilobytes instead of megabytes.
struct MapShapes: Sendable {
    struct Shape: Sendable {
        var code: AreaCode
        /// Every ring in one path, drawn with the even-odd rule so holes stay holes.
        var path: String
    }

    var shapes: [Shape]
    var width: Double
    var height: Double
    /// The tolerance used, for the page's description of the map.
    var toleranceMetres: Double

    static let metresPerDegree = 6_371_008.8 * Double.pi / 180

    init(_ boundaries: [Boundary], width: Double) {
        guard let box = boundaries.compactMap(\.boundingBox).reduce(nil, { $0?.union($1) ?? $1 }) else {
            self.init(shapes: [], width: width, height: 0, toleranceMetres: 0)
            return
        }
        let projection = PlaneProjection(fitting: box, width: width)
        // One drawing unit is 1/scale degrees of latitude; half of that on the ground.
        let tolerance = 0.5 * Self.metresPerDegree / projection.scale
        let shapes = boundaries.map { boundary in
            let simplified = boundary.simplified(toleranceMetres: tolerance)
            var path = ""
            for ring in simplified.rings where ring.count >= 4 {
                var previous: (Int, Int)?
                // Whole tenths of a unit: a point that rounds onto the one before it says nothing.
                for (index, coordinate) in ring.dropLast().enumerated() {
                    let point = projection.point(coordinate)
                    let tenths = (Int((point.x * 10).rounded()), Int((point.y * 10).rounded()))
                    if let previous, previous == tenths { continue }
                    path += (index == 0 ? "M" : " ") + Self.tenths(tenths.0) + " " + Self.tenths(tenths.1)
                    previous = tenths
                }
                path += "Z"
            }
            return Shape(code: boundary.code, path: path)
        }
        self.init(shapes: shapes, width: width, height: projection.height, toleranceMetres: tolerance)
    }

    private init(shapes: [Shape], width: Double, height: Double, toleranceMetres: Double) {
        self.shapes = shapes
        self.width = width
        self.height = height
        self.toleranceMetres = toleranceMetres
    }

    /// 1234 -> "123.4", 1230 -> "123".
    static func tenths(_ value: Int) -> String {
        let whole = value / 10, fraction = abs(value % 10)
        if fraction == 0 { return String(whole) }
        return (value < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}

extension MapShapes {
    /// The drawn paths' text and a little per shape.
    var approximateBytes: Int { shapes.reduce(256) { $0 + $1.path.utf8.count + 64 } }
}
