import Foundation
import Monitor

/// The map page's data as files: the table as CSV (plain dot decimals, missing as empty, as
/// `stip monitor index` writes them) and the layer as GeoJSON with each area's value.
enum MonitorDownloads {
    static func csv(_ model: MonitorMapPage.Model) -> String {
        let index = model.query.layer == .index
        var csv = CSVWriter(header: ["area_code", "name", "municipality", model.query.layer.parameter] + (index ? ["rank"] : []), lineEnd: .lf)
        for row in model.rows {
            csv.row([.text(row.code.description), .text(row.name), .text(row.municipality), .number(row.value)] + (index ? [.integer(row.rank)] : []))
        }
        return csv.text
    }

    /// A FeatureCollection in WGS84; rings are grouped into polygons by containment, since the
    /// stored outline keeps rings without saying which are holes.
    static func geoJSON(_ model: MonitorMapPage.Model, boundaries: [Boundary]) throws -> Data {
        let rows = Dictionary(model.rows.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var features: [[String: Any]] = []
        for boundary in boundaries {
            let row = rows[boundary.code]
            var properties: [String: Any] = ["code": boundary.code.description, "name": row?.name ?? boundary.name ?? boundary.code.description,
                                             "layer": model.query.layer.parameter, "year": model.year]
            properties["value"] = row?.value.flatMap { $0.isFinite ? $0 : nil } ?? NSNull()
            if let rank = row?.rank { properties["rank"] = rank }
            let polygons = polygons(boundary.rings).map { polygon in
                polygon.map { ring in ring.map { [rounded($0.longitude), rounded($0.latitude)] } }
            }
            features.append(["type": "Feature", "properties": properties,
                             "geometry": ["type": "MultiPolygon", "coordinates": polygons]])
        }
        return try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features], options: [.sortedKeys])
    }

    /// Six decimals of a degree: about ten centimetres.
    private static func rounded(_ degrees: Double) -> Double { (degrees * 1e6).rounded() / 1e6 }

    /// Outer rings with their holes: a ring inside an odd number of others is a hole of the smallest that holds it.
    static func polygons(_ rings: [[Coordinate]]) -> [[[Coordinate]]] {
        let outlines = rings.map { Boundary(code: .netherlands, rings: [$0]) }
        var containers: [[Int]] = rings.indices.map { _ in [] }
        for (index, ring) in rings.enumerated() {
            guard let point = ring.first else { continue }
            containers[index] = rings.indices.filter { $0 != index && outlines[$0].contains(point) }
        }
        var polygons: [Int: [[Coordinate]]] = [:], order: [Int] = []
        for index in rings.indices where containers[index].count % 2 == 0 {
            polygons[index] = [rings[index]]
            order.append(index)
        }
        for index in rings.indices where containers[index].count % 2 == 1 {
            let owner = containers[index].filter { polygons[$0] != nil }.min { rings[$0].count < rings[$1].count }
            if let owner { polygons[owner]?.append(rings[index]) } else { polygons[index] = [rings[index]]; order.append(index) }
        }
        return order.compactMap { polygons[$0] }
    }
}
