import Core
import Foundation
import ReaderFuzzing

// The seed plan, so that references to its organisations, bodies, teams and lines are checked too.
let plan = try! PlanFile.load(path: RepositoryFolder.path("Seeds/zuid-limburg-pva-1.0.yaml"))
let scratch = ScratchFile(suffix: ".yaml")

/// A people-and-money file (stip-people-and-money/1) against the seed plan. Success is fine;
/// every problem of a refusal must name file, line and column.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPeopleAndMoneyYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(LibFuzzer.bytes(data, size))
    do {
        _ = try PeopleAndMoneyFile.load(path: scratch.path, plan: plan)
    } catch {
        if error.problems.isEmpty { fatalError("PeopleAndMoneyFile: a refusal without problems") }
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count != error.problems.count + 1 {
            fatalError("PeopleAndMoneyFile: a problem's message runs over more than one line:\n\(error.description)")
        }
        for line in lines.dropFirst() {
            ErrorForm.require(String(line), file: scratch.path, place: .lineAndColumn, reader: "PeopleAndMoneyFile")
        }
    }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzPeopleAndMoneyYAML) }
}
