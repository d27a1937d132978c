import Foundation
import Monitor
import Testing

/// Stip's index against an independent numpy computation (scripts/monitor_check.py) on the
/// same files, to 1e-9: themes, groups, index and ranks, for each method the script knows.
@Suite struct NumpyAgreementTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/monitor_check.py").path

    /// 400 areas, 24 indicators in 8 themes under 3 groups, some values missing, some
    /// directions negative, uneven weights; the same every run.
    static func writeFiles(in folder: URL) throws {
        var state: UInt64 = 20_201_117
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var defs = "indicator,theme,direction,weight\n"
        for i in 0..<24 {
            defs += "i\(i),t\(i / 3),\(i % 4 == 0 ? "-1" : "+1"),\(1 + Double(i % 3) * 0.5)\n"
        }
        var themes = "theme,weight,parent\n"
        for t in 0..<8 { themes += "t\(t),\(1 + Double(t % 2)),g\(t % 3)\n" }
        themes += "g0,2,\ng1,1,\ng2,1.5,\n"
        var long = "area_code,indicator,value\n"
        for a in 0..<400 {
            for i in 0..<24 {
                // Ties on purpose (rounded values), and about 8% missing.
                let missing = next() < 0.08
                let value = (next() * 50 + Double(i)).rounded() / 2
                long += "BU\(String(format: "%04d", a)),i\(i),\(missing ? "" : "\(value)")\n"
            }
        }
        try defs.write(to: folder.appendingPathComponent("defs.csv"), atomically: true, encoding: .utf8)
        try themes.write(to: folder.appendingPathComponent("themes.csv"), atomically: true, encoding: .utf8)
        try long.write(to: folder.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)
    }

    @Test(arguments: [
        (Normalisation.minmax, Aggregation.arithmetic), (.minmax, .geometric), (.zscore, .arithmetic), (.rank, .arithmetic),
    ])
    func stipAndNumpyAgree(normalisation: Normalisation, aggregation: Aggregation) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-numpy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeFiles(in: folder)
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let files = try IndexFiles(data: path("long.csv"), indicators: path("defs.csv"), themes: path("themes.csv"))
        let result = try CompositeIndex.compute(files.dataset, settings: MethodSettings(normalisation: normalisation, aggregation: aggregation))
        try files.csv(result).write(toFile: path("stip.csv"), atomically: true, encoding: .utf8)
        #expect(files.groups == ["g0", "g1", "g2"])
        #expect(result.ranks.compactMap { $0 }.count > 300)

        Self.expectAgreement(["--data", path("long.csv"), "--indicators", path("defs.csv"), "--themes", path("themes.csv"),
                              "--normalise", normalisation.rawValue, "--aggregate", aggregation.rawValue, "--compare", path("stip.csv")])
    }

    /// Runs the numpy script with these arguments and expects it to agree (exit 0); it exits
    /// 77 where python3 or numpy is missing, which is reported as skipped.
    static func expectAgreement(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            Issue.record("python3 did not start: \(error)", sourceLocation: sourceLocation)
            return
        }
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 77 {
            Issue.record("skipped: \(said)", severity: .warning, sourceLocation: sourceLocation)
            return
        }
        #expect(process.terminationStatus == 0, "\(said)", sourceLocation: sourceLocation)
    }

    @Test func aBadCellIsRefusedWithItsPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "indicator,theme,direction,weight\na,t,+1,1\nb,t,-1,1\n".write(to: folder.appendingPathComponent("defs.csv"), atomically: true, encoding: .utf8)
        try "area_code,indicator,value\nX,a,1\nX,b,2,5\n".write(to: folder.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)
        #expect(throws: MonitorFileError(file: folder.appendingPathComponent("long.csv").path, line: 3, message: "has 4 fields where the header has 3")) {
            try IndexFiles(data: folder.appendingPathComponent("long.csv").path, indicators: folder.appendingPathComponent("defs.csv").path, themes: nil)
        }
        try "area_code,indicator,value\nX,a,1\nX,b,\"1,5\"\n".write(to: folder.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)
        #expect(throws: MonitorFileError(file: folder.appendingPathComponent("long.csv").path, line: 3, column: "value", message: "'1,5' is not a number (use a dot for decimals)")) {
            try IndexFiles(data: folder.appendingPathComponent("long.csv").path, indicators: folder.appendingPathComponent("defs.csv").path, themes: nil)
        }
        try "area_code,indicator,value\nX,a,1\nX,c,2\n".write(to: folder.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)
        #expect(throws: MonitorFileError.self) {
            try IndexFiles(data: folder.appendingPathComponent("long.csv").path, indicators: folder.appendingPathComponent("defs.csv").path, themes: nil)
        }
    }
}
