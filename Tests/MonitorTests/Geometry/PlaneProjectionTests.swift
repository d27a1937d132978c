import Foundation
import Monitor
import Testing

@Suite struct PlaneProjectionTests {
    @Test func fitsTheWidthWithNorthUp() {
        let box = BoundingBox(minimum: Coordinate(longitude: 5.6, latitude: 50.75), maximum: Coordinate(longitude: 6.1, latitude: 51.05))
        let projection = PlaneProjection(fitting: box, width: 800)
        #expect(projection.point(box.minimum).x == 0)
        #expect(abs(projection.point(box.maximum).x - 800) < 1e-9)
        #expect(projection.point(box.maximum).y == 0)
        #expect(abs(projection.point(box.minimum).y - projection.height) < 1e-9)
    }

    @Test func aSquareOnTheGroundIsASquareOnThePlane() {
        // 1 km east is 1/cos(50.9°) times more degrees than 1 km north.
        let north = 1_000 / 111_195.0, east = north / cos(50.9 * .pi / 180)
        let box = BoundingBox(minimum: Coordinate(longitude: 5.9, latitude: 50.9 - north / 2),
                              maximum: Coordinate(longitude: 5.9 + east, latitude: 50.9 + north / 2))
        let projection = PlaneProjection(fitting: box, width: 100)
        #expect(abs(projection.height - 100) < 0.01)
    }
}
