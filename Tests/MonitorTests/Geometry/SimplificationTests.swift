import Foundation
import Monitor
import Testing

@Suite struct SimplificationTests {
    /// A circle of radius about 1 km around Heerlen, with 361 points.
    static let circle: [Coordinate] = (0...360).map { degree in
        let angle = Double(degree % 360) * .pi / 180
        return Coordinate(longitude: 5.98 + 0.0142 * cos(angle), latitude: 50.89 + 0.009 * sin(angle))
    }

    @Test func ringsStayClosedAndLoseMostPoints() {
        let simplified = DouglasPeucker.simplify(ring: Self.circle, toleranceMetres: 20)
        #expect(simplified.first == simplified.last)
        #expect(simplified.count < 40)
        #expect(simplified.count >= 4)
    }

    @Test func aTinyToleranceKeepsTheShapeAndAHugeOneATriangle() {
        #expect(DouglasPeucker.simplify(ring: Self.circle, toleranceMetres: 0.001).count == Self.circle.count)
        let triangle = DouglasPeucker.simplify(ring: Self.circle, toleranceMetres: 100_000)
        #expect(triangle.count == 4)
        #expect(triangle.first == triangle.last)
    }

    @Test(.enabled(if: SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr") != nil, "shared/data/cbs-wijkbuurtkaart-2015-tno-vr is not on this machine"))
    func theBuurtMapSimplifiedAt50Metres() throws {
        let folder = try #require(SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr"))
        let boundaries = try BoundaryFile.read(folder.appendingPathComponent("zuid-limburg_buurt_2015.geojson")).boundaries
        let simplified = boundaries.map { $0.simplified(toleranceMetres: 50) }
        let before = boundaries.reduce(0) { $0 + $1.pointCount }, after = simplified.reduce(0) { $0 + $1.pointCount }
        #expect(before == 7_672)
        #expect(after < before * 3 / 4)
        #expect(simplified.allSatisfy { $0.rings.allSatisfy { $0.count >= 4 && $0.first == $0.last } })
        #expect(simplified.map(\.code) == boundaries.map(\.code))
    }
}
