import Foundation
import Monitor
import ReaderFuzzing

let scratch = ScratchFile(suffix: ".csv")

/// The small CSV files read whole (CSVTable): the indicator catalogue, the regions and the
/// code crosswalk, each from the same bytes. Success is fine; a refusal must name file and line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVTable(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(LibFuzzer.bytes(data, size))
    let url = URL(fileURLWithPath: scratch.path)
    func check(_ error: MonitorFileError, _ reader: String) {
        ErrorForm.require(error.description, file: scratch.path, place: .line, reader: reader)
    }
    do { _ = try IndicatorCatalogue(path: scratch.path) } catch { check(error, "IndicatorCatalogue") }
    do { _ = try RegionCatalogue.read(url) } catch { check(error, "RegionCatalogue") }
    do { _ = try CodeCrosswalk.read(url) } catch { check(error, "CodeCrosswalk") }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzCSVTable) }
}
