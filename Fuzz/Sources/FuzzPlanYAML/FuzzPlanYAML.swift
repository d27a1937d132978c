import Core
import Foundation
import ReaderFuzzing

let scratch = ScratchFile(suffix: ".yaml")

/// A plan file (stip-plan/1), read as `stip` reads it: from a path. Success is fine; every
/// problem of a refusal must name file, line and column.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(LibFuzzer.bytes(data, size))
    do {
        _ = try PlanFile.load(path: scratch.path)
    } catch {
        if error.problems.isEmpty { fatalError("PlanFile: a refusal without problems") }
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count != error.problems.count + 1 {
            fatalError("PlanFile: a problem's message runs over more than one line:\n\(error.description)")
        }
        for line in lines.dropFirst() {
            ErrorForm.require(String(line), file: scratch.path, place: .lineAndColumn, reader: "PlanFile")
        }
    }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzPlanYAML) }
}
