import Foundation
import Monitor
import Testing

/// The index on real data: the health monitor's 2016 neighbourhoods (every buurt of the
/// Netherlands), read as `stip monitor import` reads it, computed by Stip and recomputed by
/// the independent numpy script, agreeing to 1e-9 for every area, theme and the index.
@Suite struct SharedDataNumpyTests {
    static let healthFile = SharedData.folder("rivm-gezondheid-wijk-buurt")?.appendingPathComponent("gezondheid_wijk_buurt_2016_18plus.csv")

    @Test(.enabled(if: healthFile != nil, "the shared RIVM health data is not on this machine"))
    func theIndexOfEveryDutchNeighbourhoodAgreesWithNumpy() throws {
        let catalogue = try SeedCatalogue.load()
        let imported = try KWBTableReader(catalogue: catalogue).read(path: Self.healthFile!.path)
        let index = try AreaIndex(observations: imported.observations, catalogue: catalogue, request: .init(year: 2016, level: .neighbourhood))
        let result = try index.compute()
        #expect(index.dataset.unitIDs.count > 13_000)
        #expect(index.indicators.count >= 8)

        // The same data as the three files of `stip monitor compute`, for the script and for Stip's file path.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-shared-numpy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        var lines = ["area_code,indicator,value"]
        for (row, unit) in index.dataset.unitIDs.enumerated() {
            for (column, indicator) in index.indicators.enumerated() {
                let value = index.dataset.values.storage[row * index.indicators.count + column]
                lines.append(unit + "," + indicator.id + "," + (value.isNaN ? "" : String(value)))
            }
        }
        let long = lines.joined(separator: "\n") + "\n"
        let defs = "indicator,theme,direction,weight\n" + index.indicators.map {
            "\($0.id),\($0.theme.rawValue),\($0.direction == .higherIsBetter ? "+1" : "-1"),1"
        }.joined(separator: "\n") + "\n"
        try long.write(toFile: path("long.csv"), atomically: true, encoding: .utf8)
        try defs.write(toFile: path("defs.csv"), atomically: true, encoding: .utf8)

        let files = try IndexFiles(data: path("long.csv"), indicators: path("defs.csv"), themes: nil)
        let fromFiles = try CompositeIndex.compute(files.dataset)
        // The pipeline over stored values and the files path compute the same thing.
        #expect(fromFiles.index.count == result.index.count)
        #expect(zip(fromFiles.index, result.index).allSatisfy { a, b in a == nil ? b == nil : abs(a! - b!) < 1e-12 })
        try files.csv(fromFiles).write(toFile: path("stip.csv"), atomically: true, encoding: .utf8)

        NumpyAgreementTests.expectAgreement(["--data", path("long.csv"), "--indicators", path("defs.csv"),
                                              "--normalise", "minmax", "--aggregate", "arithmetic", "--compare", path("stip.csv")])
    }
}
