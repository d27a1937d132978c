import Foundation
import Monitor
import ReaderFuzzing

let scratch = ScratchFile(suffix: ".geojson")

/// A GeoJSON boundary file, keyed by the usual code properties. Success is fine; a refusal
/// must name file and line (and the JSON path of the value at fault).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(LibFuzzer.bytes(data, size))
    do {
        let file = try BoundaryFile.read(URL(fileURLWithPath: scratch.path))
        _ = file.boundingBox
    } catch {
        ErrorForm.require(error.description, file: scratch.path, place: .line, reader: "BoundaryFile")
    }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzGeoJSON) }
}
