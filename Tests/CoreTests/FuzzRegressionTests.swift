import Core
import Foundation
import Testing

/// The CI smoke of the YAML fuzz targets in Fuzz/ (which CI does not build): every input the
/// fuzzers kept (Fuzz/Corpus/TARGET/) and every input that once crashed, hung or got a
/// misplaced error (Fuzz/Regressions/TARGET/) is read as the target reads it. A crash fails
/// the whole run; every problem of a refusal must name file, line and column.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func planFiles() {
        for path in Self.inputs(of: "FuzzPlanYAML") {
            do { _ = try PlanFile.load(path: path) } catch { Self.expectPlaces(error, file: path) }
        }
    }

    @Test func peopleAndMoneyFiles() throws {
        let plan = try PlanFile.load(path: Self.root.appendingPathComponent("Seeds/zuid-limburg-pva-1.0.yaml").path)
        for path in Self.inputs(of: "FuzzPeopleAndMoneyYAML") {
            do { _ = try PeopleAndMoneyFile.load(path: path, plan: plan) } catch { Self.expectPlaces(error, file: path) }
        }
    }

    /// Found by reasoning, not by the fuzzer: 3 KB of aliases stood for millions of values and
    /// kept the readers busy for seconds (hours for a larger file).
    @Test func aliasesThatStandForMillionsOfValuesAreRefusedAtOnce() throws {
        let name = "aliases-that-stand-for-millions-of-values.yaml"
        let plan = Self.root.appendingPathComponent("Fuzz/Regressions/FuzzPlanYAML/\(name)").path
        let money = Self.root.appendingPathComponent("Fuzz/Regressions/FuzzPeopleAndMoneyYAML/\(name)").path
        let planError = #expect(throws: PlanFileError.self) { try PlanFile.load(path: plan) }
        let moneyError = #expect(throws: PlanFileError.self) { try PeopleAndMoneyFile.load(path: money) }
        #expect(planError?.problems.first?.message.contains("through YAML aliases") == true)
        #expect(moneyError?.problems.first?.message.contains("through YAML aliases") == true)
    }

    static func inputs(of target: String) -> [String] {
        ["Corpus", "Regressions"].flatMap { kind -> [String] in
            let folder = root.appendingPathComponent("Fuzz").appendingPathComponent(kind).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
        }
    }

    /// Every problem on a line of its own: `FILE:LINE:COLUMN: [FIELD: ]MESSAGE`, LINE and COLUMN from 1.
    static func expectPlaces(_ error: PlanFileError, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        #expect(!error.problems.isEmpty && lines.count == error.problems.count, "\(error)", sourceLocation: sourceLocation)
        for line in lines {
            let rest = line.hasPrefix(file + ":") ? line.dropFirst(file.count + 1) : ""
            #expect(rest.firstMatch(of: /^[1-9]\d*:[1-9]\d*: \S/) != nil, "not FILE:LINE:COLUMN: MESSAGE: \(line)", sourceLocation: sourceLocation)
        }
    }
}
