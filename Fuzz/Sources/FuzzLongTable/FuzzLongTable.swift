import Foundation
import Monitor
import ReaderFuzzing

let catalogue = try! IndicatorCatalogue(path: RepositoryFolder.path("Seeds/monitor/indicators.csv"))
let scratch = ScratchFile(suffix: ".csv")

/// The long table `area_code,year,indicator,value`: read with the year from the file, and
/// with a year given. Success is fine; a refusal must name file and line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLongTable(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(LibFuzzer.bytes(data, size))
    for year in [nil, 2016] {
        do {
            _ = try LongTableReader(catalogue: catalogue, year: year).read(path: scratch.path)
        } catch {
            for problem in error.problems {
                ErrorForm.require(problem.description, file: scratch.path, place: .line, reader: "LongTableReader")
            }
        }
    }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzLongTable) }
}
