import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import Monitor
import ReaderFuzzing

let url = URL(string: "https://opendata.cbs.nl/ODataApi/odata/85984NED/TypedDataSet")!

/// One answer of the CBS OData API, decoded as each kind of page the fetch reads (TableInfos,
/// DataProperties, a dimension, TypedDataSet rows). Success is fine; a refusal must name
/// the URL and the line and column in the answer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODataJSON(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = Data(LibFuzzer.bytes(bytes, size))
    // Decoding needs no connection: the session is only there because the type holds one.
    let conversation = ODataConversation(session: URLSession.shared, host: url.host)
    func check(_ error: CBSFetchError) {
        guard case .malformedAnswer = error else { fatalError("ODataConversation: a decoding error that is not .malformedAnswer: \(error)") }
        ErrorForm.require(error.description, file: url.absoluteString, place: .odataAnswer, reader: "ODataConversation")
    }
    do { _ = try conversation.decode(ODataPage<CBSTableInfo>.self, from: data, url: url) } catch { check(error) }
    do { _ = try conversation.decode(ODataPage<CBSDataProperty>.self, from: data, url: url) } catch { check(error) }
    do { _ = try conversation.decode(ODataPage<CBSDimensionEntry>.self, from: data, url: url) } catch { check(error) }
    do { _ = try conversation.decode(ODataPage<[String: ODataValue]>.self, from: data, url: url) } catch { check(error) }
    return 0
}

@main enum Entry {
    static func main() { LibFuzzer.run(fuzzODataJSON) }
}
