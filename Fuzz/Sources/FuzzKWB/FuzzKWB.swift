import Foundation
@testable import Monitor
import ReaderFuzzing

// The catalogue the import uses, so that the bytes meet real column names and formulas.
let catalogue = try! IndicatorCatalogue(path: RepositoryFolder.path("Seeds/monitor/indicators.csv"))
let scratch = ScratchFile(suffix: ".csv")

func reader(_ year: Int?, _ chunkSize: Int) -> KWBTableReader {
    var reader = KWBTableReader(catalogue: catalogue, year: year)
    reader.chunkSize = chunkSize
    return reader
}

/// What a read gives, to compare two reads of the same bytes.
func outcome(_ year: Int?, _ chunkSize: Int) -> Result<[Observation], ImportFailure> {
    Result { () throws(ImportFailure) in try reader(year, chunkSize).read(path: scratch.path).observations }
}

/// A wide KWB table (`;`, `,` or tab): read with the year from the file, and with a year
/// given, which the file's must match. Success is fine; a refusal must name file and line.
/// Read in chunks of 64 bytes (records cross chunk ends) it must give what one chunk gives,
/// but for a NUL byte: the reader looks for those in its first chunk only, to refuse binary
/// and UTF-16 files at once (its first chunk is 256 KB, so a smaller one sees fewer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKWB(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(LibFuzzer.bytes(data, size))
    for year in [nil, 2016] {
        let whole = outcome(year, 1 << 18)
        if case .failure(let error) = whole {
            for problem in error.problems {
                ErrorForm.require(problem.description, file: scratch.path, place: .line, reader: "KWBTableReader")
            }
        }
        if year == nil, !LibFuzzer.bytes(data, size).contains(0), case let chunked = outcome(year, 64), chunked != whole {
            fatalError("\(String(describing: chunked).prefix(600))\nwhole: \(String(describing: whole).prefix(600))\nKWBTableReader: read in chunks of 64 bytes, the file gives another result than read whole")
        }
    }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzKWB) }
}
