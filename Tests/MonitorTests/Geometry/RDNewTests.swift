import Monitor
import Testing

@Suite struct RDNewTests {
    @Test func theOriginIsTheTowerInAmersfoort() {
        let amersfoort = RDNew.wgs84(x: 155_000, y: 463_000)
        #expect(abs(amersfoort.latitude - 52.15517) < 1e-5)
        #expect(abs(amersfoort.longitude - 5.38721) < 1e-5)
    }

    /// Reference values from PROJ (pyproj 3.8, EPSG:28992 → EPSG:4326), across the country.
    @Test(arguments: [
        (121_687.0, 487_484.0, 52.374218, 4.898010),  // Amsterdam, Dam
        (176_000.0, 317_500.0, 50.846955, 5.685362),  // Maastricht, Vrijthof
        (233_883.0, 582_065.0, 53.219380, 6.568196),  // Groningen, Martinitoren
        (13_000.0, 380_000.0, 51.391284, 3.346860),   // Zeeuws-Vlaanderen
        (260_000.0, 480_000.0, 52.297942, 6.926533),  // Twente
    ])
    func convertsWithinATenThousandthOfADegree(x: Double, y: Double, latitude: Double, longitude: Double) {
        let point = RDNew.wgs84(x: x, y: y)
        #expect(abs(point.latitude - latitude) < 1e-4)
        #expect(abs(point.longitude - longitude) < 1e-4)
    }
}
