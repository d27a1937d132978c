import Foundation

/// Area boundaries read from a GeoJSON FeatureCollection of Polygons and MultiPolygons, in
/// WGS84 or in RD New (told by the `crs` member, or else by the range of the coordinates;
/// RD New is converted to WGS84). Each feature is keyed by the CBS code in a property the
/// caller names, or else in the first of the usual properties the first feature has.
public struct BoundaryFile: Sendable {
    public var file: String
    /// The system the file was written in; the boundaries are always WGS84.
    public var referenceSystem: CoordinateReferenceSystem
    public var codeProperty: String
    public var nameProperty: String?
    public var boundaries: [Boundary]

    /// Most specific first, so a neighbourhood file that also carries `GM_CODE` is keyed by `BU_CODE`.
    public static let commonCodeProperties = [
        "BU_CODE", "buurtcode", "WK_CODE", "wijkcode", "GM_CODE", "gemeentecode", "statcode", "code", "CODE",
    ]
    static let namesForCodes = [
        "BU_CODE": "BU_NAAM", "buurtcode": "buurtnaam", "WK_CODE": "WK_NAAM", "wijkcode": "wijknaam",
        "GM_CODE": "GM_NAAM", "gemeentecode": "gemeentenaam", "statcode": "statnaam", "code": "naam", "CODE": "NAAM",
    ]

    public init(file: String, referenceSystem: CoordinateReferenceSystem, codeProperty: String, nameProperty: String?, boundaries: [Boundary]) {
        self.file = file
        self.referenceSystem = referenceSystem
        self.codeProperty = codeProperty
        self.nameProperty = nameProperty
        self.boundaries = boundaries
    }

    public subscript(code: AreaCode) -> Boundary? { boundaries.first { $0.code == code } }

    public var boundingBox: BoundingBox? {
        boundaries.compactMap(\.boundingBox).reduce(nil) { $0?.union($1) ?? $1 }
    }

    /// The areas the file names, for a hierarchy of `year`: parents from the codes' digits.
    public func areas(year: Int) -> [Area] {
        boundaries.map { Area(code: $0.code, name: $0.name ?? $0.code.description, year: year, parent: $0.code.parent) }
    }

    public static func read(_ url: URL, codeProperty: String? = nil, nameProperty: String? = nil) throws(MonitorFileError) -> BoundaryFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MonitorFileError(file: url.path, message: "there is no such file, or it cannot be read")
        }
        return try parse(data, file: url.path, codeProperty: codeProperty, nameProperty: nameProperty)
    }

    public static func parse(_ data: Data, file: String, codeProperty: String? = nil, nameProperty: String? = nil) throws(MonitorFileError) -> BoundaryFile {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            let (offset, detail) = JSONTextPlace.syntaxError(in: data)
            throw MonitorFileError(file: file, line: JSONTextPlace.lineAndColumn(ofByte: offset, in: data).line, message: "is \(detail)")
        }
        let places = Places(file: file, data: data)
        guard let collection = root as? [String: Any], collection["type"] as? String == "FeatureCollection",
              let features = collection["features"] as? [Any] else {
            throw places.error([], "is not a GeoJSON FeatureCollection (TopoJSON and single features are not read)")
        }
        var declared: CoordinateReferenceSystem?
        if let crs = collection["crs"] as? [String: Any], let name = (crs["properties"] as? [String: Any])?["name"] as? String {
            guard let system = CoordinateReferenceSystem(crsName: name) else {
                throw places.error([.key("crs"), .key("properties"), .key("name")], "'\(name)' is neither WGS84 nor RD New (EPSG:28992)")
            }
            declared = system
        }

        var key = codeProperty
        var nameKey = nameProperty
        var raw: [(code: AreaCode, name: String?, rings: [[(Double, Double)]])] = []
        var firstFeature: [AreaCode: Int] = [:]
        var low = (x: Double.infinity, y: Double.infinity), high = (x: -Double.infinity, y: -Double.infinity)
        for (index, element) in features.enumerated() {
            let place: [JSONTextPlace.Step] = [.key("features"), .index(index)]
            guard let feature = element as? [String: Any] else {
                throw places.error(place, "is not a GeoJSON Feature")
            }
            let properties = feature["properties"] as? [String: Any] ?? [:]
            if key == nil {
                key = commonCodeProperties.first { properties[$0] != nil }
                guard key != nil else {
                    throw places.error(place + [.key("properties")],
                                       "has none of the usual code properties (\(commonCodeProperties.joined(separator: ", "))); name the property that holds the area code")
                }
            }
            if nameKey == nil, let key, let candidate = namesForCodes[key], properties[candidate] != nil { nameKey = candidate }
            let codePlace = place + [.key("properties"), .key(key!)]
            guard let value = properties[key!] else { throw places.error(codePlace, "is missing") }
            guard let text = value as? String, let code = AreaCode(text) else {
                throw places.error(codePlace, "'\(value)' is not a CBS area code such as BU09350101")
            }
            if let earlier = firstFeature.updateValue(index, forKey: code) {
                throw places.error(codePlace, "\(code) is already the code of features[\(earlier)]")
            }
            let rings = try rings(of: feature["geometry"], places: places, place: place + [.key("geometry")])
            for ring in rings {
                for (x, y) in ring {
                    low = (min(low.x, x), min(low.y, y))
                    high = (max(high.x, x), max(high.y, y))
                }
            }
            raw.append((code, nameKey.flatMap { properties[$0] as? String }, rings))
        }
        guard let key else { throw places.error([.key("features")], "is empty") }
        guard let system = declared ?? CoordinateReferenceSystem(rawMinimum: low, maximum: high) else {
            throw places.error([.key("features")], "the coordinates (x \(low.x)…\(high.x), y \(low.y)…\(high.y)) are neither WGS84 degrees nor RD New metres, and there is no crs member")
        }
        let boundaries = raw.map { feature in
            Boundary(code: feature.code, name: feature.name, rings: feature.rings.map { $0.map { system.wgs84(x: $0.0, y: $0.1) } })
        }
        return BoundaryFile(file: file, referenceSystem: system, codeProperty: key, nameProperty: nameKey, boundaries: boundaries)
    }

    /// Errors at a value of the file: its line, and its path as the field (`features[3].geometry`).
    private struct Places {
        let file: String
        let data: Data

        func error(_ path: [JSONTextPlace.Step], _ message: String) -> MonitorFileError {
            let line = JSONTextPlace.lineAndColumn(ofByte: JSONTextPlace.offset(of: path, in: data), in: data).line
            return MonitorFileError(file: file, line: line, column: path.isEmpty ? nil : JSONTextPlace.name(of: path), message: message)
        }
    }

    /// The rings of a Polygon or MultiPolygon as raw pairs, each closed.
    private static func rings(of geometry: Any?, places: Places, place: [JSONTextPlace.Step]) throws(MonitorFileError) -> [[(Double, Double)]] {
        guard let geometry = geometry as? [String: Any] else {
            throw places.error(place, "is missing or null; every area needs a boundary")
        }
        let type = geometry["type"] as? String ?? "nothing"
        let polygons: [Any]
        switch type {
        case "Polygon": polygons = [geometry["coordinates"] as Any]
        case "MultiPolygon": polygons = geometry["coordinates"] as? [Any] ?? [0]
        default: throw places.error(place + [.key("type")], "is \(type); only Polygon and MultiPolygon are read")
        }
        let coordinates = place + [.key("coordinates")]
        var result: [[(Double, Double)]] = []
        for (polygonIndex, polygon) in polygons.enumerated() {
            guard let rings = polygon as? [Any] else {
                throw places.error(coordinates, "is not a list of rings")
            }
            for (ringIndex, ringValue) in rings.enumerated() {
                let ringPlace = type == "Polygon" ? coordinates + [.index(ringIndex)] : coordinates + [.index(polygonIndex), .index(ringIndex)]
                guard let positions = ringValue as? [Any] else {
                    throw places.error(ringPlace, "is not a list of positions")
                }
                var ring: [(Double, Double)] = []
                ring.reserveCapacity(positions.count + 1)
                for (positionIndex, position) in positions.enumerated() {
                    guard let pair = position as? [Any], pair.count >= 2, let x = number(pair[0]), let y = number(pair[1]), x.isFinite, y.isFinite else {
                        throw places.error(ringPlace + [.index(positionIndex)], "is not a position [x, y]")
                    }
                    ring.append((x, y))
                }
                if let first = ring.first, let last = ring.last, first != last { ring.append(first) }
                guard ring.count >= 4 else {
                    throw places.error(ringPlace, "has \(positions.count) positions; a ring needs at least four")
                }
                result.append(ring)
            }
        }
        return result
    }

    private static func number(_ value: Any) -> Double? {
        if let number = value as? NSNumber { return number.doubleValue }
        return value as? Double
    }
}
