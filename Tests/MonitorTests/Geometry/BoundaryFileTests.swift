import Foundation
import Monitor
import Testing

@Suite struct BoundaryFileTests {
    /// A square of 1 km around Amersfoort's tower in RD New, written as a GIS exports it.
    static func rdSquare(crs: Bool) -> Data {
        let member = crs ? #""crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},"# : ""
        return Data("""
        {"type": "FeatureCollection", \(member) "features": [
          {"type": "Feature", "properties": {"gemeentecode": "GM0307", "gemeentenaam": "Amersfoort"},
           "geometry": {"type": "Polygon", "coordinates": [[[154500, 462500], [155500, 462500], [155500, 463500], [154500, 463500], [154500, 462500]]]}}
        ]}
        """.utf8)
    }

    @Test(arguments: [true, false])
    func rdNewIsRecognisedAndConvertedToWGS84(withCRSMember: Bool) throws {
        let file = try BoundaryFile.parse(Self.rdSquare(crs: withCRSMember), file: "amersfoort.geojson")
        #expect(file.referenceSystem == .rdNew)
        #expect(file.codeProperty == "gemeentecode")
        let boundary = try #require(file[AreaCode("GM0307")!])
        #expect(boundary.name == "Amersfoort")
        #expect(boundary.contains(Coordinate(longitude: 5.38721, latitude: 52.15517)))
        let box = try #require(boundary.boundingBox)
        #expect(abs(box.maximum.latitude - box.minimum.latitude - 1_000 / 111_250) < 1e-4)
    }

    @Test func aFileWithoutCodesSaysWhichPropertiesItLookedFor() {
        let json = #"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"naam": "x"}, "geometry": null}]}"#
        let error = #expect(throws: MonitorFileError.self) { try BoundaryFile.parse(Data(json.utf8), file: "x.geojson") }
        #expect(error?.column == "features[0].properties")
        #expect(error?.description.contains("BU_CODE, buurtcode, WK_CODE") == true)
    }

    @Test(arguments: [
        (#"{"type": "Feature", "properties": {"code": "GM0917"}, "geometry": {"type": "Point", "coordinates": [5.9, 50.9]}}"#,
         "x.geojson:3: features[1].geometry.type: is Point; only Polygon and MultiPolygon are read"),
        (#"{"type": "Feature", "properties": {"code": "0917"}, "geometry": null}"#,
         "x.geojson:3: features[1].properties.code: '0917' is not a CBS area code such as BU09350101"),
        (#"{"type": "Feature", "properties": {"code": "GM0917"}, "geometry": {"type": "Polygon", "coordinates": [[[5.9, 50.9], [5.9]]]}}"#,
         "x.geojson:3: features[1].geometry.coordinates[0][1]: is not a position [x, y]"),
        (#"{"type": "Feature", "properties": {"code": "GM0935"}, "geometry": null}"#,
         "x.geojson:3: features[1].properties.code: GM0935 is already the code of features[0]"),
    ])
    func aBadFeatureIsRefusedWithItsIndexAndProperty(feature: String, message: String) {
        let json = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code": "GM0935"}, "geometry": {"type": "Polygon", "coordinates": [[[5.6, 50.8], [5.7, 50.8], [5.7, 50.9], [5.6, 50.8]]]}},
          \(feature)
        ]}
        """
        let error = #expect(throws: MonitorFileError.self) { try BoundaryFile.parse(Data(json.utf8), file: "x.geojson") }
        #expect(error?.description == message)
    }

    @Test(.enabled(if: SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr") != nil, "shared/data/cbs-wijkbuurtkaart-2015-tno-vr is not on this machine"))
    func theBuurtMapOf2015() throws {
        let folder = try #require(SharedData.folder("cbs-wijkbuurtkaart-2015-tno-vr"))
        let url = folder.appendingPathComponent("zuid-limburg_buurt_2015.geojson")
        let file = try BoundaryFile.read(url)
        #expect(file.referenceSystem == .wgs84)
        #expect(file.codeProperty == "BU_CODE")
        #expect(file.boundaries.count == 408)
        #expect(file.boundaries.allSatisfy { $0.code.level == .neighbourhood })
        let mariaGewanden = try #require(file[AreaCode("BU09171000")!])
        #expect(mariaGewanden.name == "Maria Gewanden")
        #expect(mariaGewanden.contains(try #require(mariaGewanden.interiorPoint)))
        let box = try #require(file.boundingBox)
        #expect(box.minimum.longitude > 5.5 && box.maximum.longitude < 6.3)
        #expect(box.minimum.latitude > 50.7 && box.maximum.latitude < 51.2)

        // Keyed by a property many features share, the file is refused at the second one.
        let error = #expect(throws: MonitorFileError.self) { try BoundaryFile.read(url, codeProperty: "GM_CODE") }
        #expect(error?.column == "features[1].properties.GM_CODE")
    }
}
