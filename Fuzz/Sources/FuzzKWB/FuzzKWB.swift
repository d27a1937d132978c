import Foundation
import Monitor
import ReaderFuzzing

// The catalogue the import uses, so that the bytes meet real column names and formulas.
let catalogue = try! IndicatorCatalogue(path: RepositoryFolder.path("Seeds/monitor/indicators.csv"))
let scratch = ScratchFile(suffix: ".csv")

/// A wide KWB table (`;`, `,` or tab): read with the year from the file, and with a year
/// given, which the file's must match. Success is fine; a refusal must name file and line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKWB(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(LibFuzzer.bytes(data, size))
    for year in [nil, 2016] {
        do {
            let result = try KWBTableReader(catalogue: catalogue, year: year).read(path: scratch.path)
            _ = result.observations.count
        } catch {
            for problem in error.problems {
                ErrorForm.require(problem.description, file: scratch.path, place: .line, reader: "KWBTableReader")
            }
        }
    }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzKWB) }
}
