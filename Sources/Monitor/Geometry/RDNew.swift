/// RD New (Rijksdriehoeksmeting, EPSG:28992) to WGS84 with the approximation equations of
/// Schreutelkamp and Strang van Hees: series around Amersfoort, accurate to about a metre
/// across the Netherlands, which is plenty for drawing boundaries and needs no grid files.
public enum RDNew {
    /// The origin of RD: the tower of the Onze Lieve Vrouwe in Amersfoort.
    static let originX = 155_000.0, originY = 463_000.0
    static let originLatitude = 52.155_174_40, originLongitude = 5.387_206_21

    // (p, q, coefficient): term = coefficient · dX^p · dY^q, in arc seconds.
    private static let latitudeTerms: [(Int, Int, Double)] = [
        (0, 1, 3235.65389), (2, 0, -32.58297), (0, 2, -0.24750), (2, 1, -0.84978),
        (0, 3, -0.06550), (2, 2, -0.01709), (1, 0, -0.00738), (4, 0, 0.00530),
        (2, 3, -0.00039), (4, 1, 0.00033), (1, 1, -0.00012),
    ]
    private static let longitudeTerms: [(Int, Int, Double)] = [
        (1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885),
        (1, 3, 0.05594), (3, 1, -0.05607), (0, 1, 0.01199), (3, 2, -0.00256),
        (1, 4, 0.00128), (0, 2, 0.00022), (2, 0, -0.00022), (5, 0, 0.00026),
    ]

    public static func wgs84(x: Double, y: Double) -> Coordinate {
        let dX = (x - originX) * 1e-5, dY = (y - originY) * 1e-5
        func sum(_ terms: [(Int, Int, Double)]) -> Double {
            terms.reduce(0) { $0 + $1.2 * power(dX, $1.0) * power(dY, $1.1) }
        }
        return Coordinate(longitude: originLongitude + sum(longitudeTerms) / 3600,
                          latitude: originLatitude + sum(latitudeTerms) / 3600)
    }

    private static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }
}
