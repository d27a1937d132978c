/// The coordinate systems Dutch boundary files come in: WGS84 longitude/latitude (PDOK's
/// GeoJSON and most web files) and the Dutch national grid, RD New (EPSG:28992, metres).
public enum CoordinateReferenceSystem: String, Sendable, Codable {
    case wgs84 = "EPSG:4326"
    case rdNew = "EPSG:28992"

    /// Reads a GeoJSON `crs` name such as `urn:ogc:def:crs:OGC:1.3:CRS84` or `urn:ogc:def:crs:EPSG::28992`.
    public init?(crsName: String) {
        let name = crsName.uppercased()
        if name.hasSuffix("CRS84") || name.hasSuffix(":4326") || name.hasSuffix("::4326") {
            self = .wgs84
        } else if name.hasSuffix(":28992") || name.hasSuffix("::28992") {
            self = .rdNew
        } else {
            return nil
        }
    }

    /// Guesses from a bounding box of raw coordinates when a file has no `crs` member: RD New
    /// spans about 0–300 km east and 300–625 km north, far outside any degree range.
    public init?(rawMinimum: (x: Double, y: Double), maximum: (x: Double, y: Double)) {
        if rawMinimum.x >= -180, maximum.x <= 180, rawMinimum.y >= -90, maximum.y <= 90 {
            self = .wgs84
        } else if rawMinimum.x >= -7_000, maximum.x <= 300_000, rawMinimum.y >= 289_000, maximum.y <= 629_000 {
            self = .rdNew
        } else {
            return nil
        }
    }

    /// Converts a raw coordinate pair of this system to WGS84.
    public func wgs84(x: Double, y: Double) -> Coordinate {
        switch self {
        case .wgs84: Coordinate(longitude: x, latitude: y)
        case .rdNew: RDNew.wgs84(x: x, y: y)
        }
    }
}
