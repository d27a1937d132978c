import Foundation

/// Douglas–Peucker simplification of closed rings, with the tolerance in metres: distances
/// are measured on a local plane (longitude scaled by the cosine of the latitude), so one
/// tolerance means the same on the ground in every direction.
public enum DouglasPeucker {
    static let metresPerDegree = 6_371_008.8 * Double.pi / 180

    /// A simplified copy of a closed ring (first point equal to the last). The result stays
    /// closed and keeps at least a triangle, so no area vanishes from a map.
    public static func simplify(ring: [Coordinate], toleranceMetres: Double) -> [Coordinate] {
        guard ring.count > 4, toleranceMetres > 0 else { return ring }
        let factor = cos(ring[0].latitude * .pi / 180) * metresPerDegree
        let points = ring.map { (x: $0.longitude * factor, y: $0.latitude * metresPerDegree) }
        let last = points.count - 1
        // A closed ring's chord from the first point to itself has no length: split it at the
        // point farthest from the start and simplify the two halves.
        let far = (1..<last).max { distance(points[$0], points[0]) < distance(points[$1], points[0]) }!
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true; keep[far] = true; keep[last] = true
        var stack = [(0, far), (far, last)]
        while let (start, end) = stack.popLast() {
            guard end > start + 1 else { continue }
            var farthest = start, largest = -1.0
            for index in (start + 1)..<end {
                let d = segmentDistance(points[index], points[start], points[end])
                if d > largest { largest = d; farthest = index }
            }
            if largest > toleranceMetres {
                keep[farthest] = true
                stack.append((start, farthest))
                stack.append((farthest, end))
            }
        }
        if keep.lazy.filter({ $0 }).count < 4 {
            let third = (1..<last).filter { $0 != far }.max {
                segmentDistance(points[$0], points[0], points[far]) < segmentDistance(points[$1], points[0], points[far])
            }!
            keep[third] = true
        }
        return ring.indices.filter { keep[$0] }.map { ring[$0] }
    }

    private static func distance(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    /// The distance from `p` to the segment from `a` to `b`.
    private static func segmentDistance(_ p: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else { return distance(p, a) }
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared))
        return distance(p, (x: a.x + t * dx, y: a.y + t * dy))
    }
}
