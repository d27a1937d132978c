import Crypto
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One fetch's exchange with the API: every GET, the bytes hashed in the order they came
/// (the import's checksum, so the same answers twice are recognised as the same data), and
/// the answers decoded with the place of anything wrong.
struct ODataConversation {
    let session: URLSession
    /// Next-page links must stay on this host: a page must not send Stip elsewhere.
    let host: String?
    private(set) var hash = SHA256()
    private(set) var bytesRead = 0

    init(session: URLSession, host: String?) {
        self.session = session
        self.host = host
    }

    /// Every page of a feed from `url` on, following `odata.nextLink`; `take` gets each page
    /// with the URL it came from. Returns the number of pages.
    @discardableResult
    mutating func pages<Row: Decodable & Sendable>(
        from url: URL, _ take: (_ rows: [Row], _ url: URL) throws(CBSFetchError) -> Void
    ) async throws(CBSFetchError) -> Int {
        var next: URL? = url
        var visited = Set<String>()
        var count = 0
        while let current = next {
            visited.insert(current.absoluteString)
            let page = try decode(ODataPage<Row>.self, from: try await get(current), url: current)
            count += 1
            try take(page.value, current)
            next = try page.nextLink.map { link throws(CBSFetchError) in try nextPage(link, after: current, visited: visited) }
        }
        return count
    }

    /// The bytes of one GET, refused unless the server answers 2xx.
    mutating func get(_ url: URL) async throws(CBSFetchError) -> Data {
        var request = URLRequest(url: url)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let data: Data, response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch let error as URLError where Self.unreachableCodes.contains(error.code) {
            throw .unreachable(host: url.host ?? url.absoluteString, reason: Self.reason(error))
        } catch {
            throw .requestFailed(url: url.absoluteString, reason: Self.reason(error))
        }
        if let status = (response as? HTTPURLResponse)?.statusCode, !(200..<300).contains(status) {
            throw .httpStatus(url: url.absoluteString, status: status, excerpt: Self.errorText(data))
        }
        hash.update(data: data)
        bytesRead += data.count
        return data
    }

    /// The digest of everything read so far; the conversation should end after it.
    mutating func checksum() -> String { hash.finalize().hex }

    func decode<T: Decodable>(_ type: T.Type, from data: Data, url: URL) throws(CBSFetchError) -> T {
        guard !data.isEmpty else { throw .malformedAnswer(url: url.absoluteString, place: "line 1, column 1 (the start)", problem: "the answer is empty") }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            let (place, problem) = Self.describe(error, in: data)
            throw .malformedAnswer(url: url.absoluteString, place: place, problem: problem)
        } catch {
            throw .malformedAnswer(url: url.absoluteString, place: "line 1, column 1 (the start)", problem: Self.oneLine("\(error)"))
        }
    }

    private func nextPage(_ link: String, after url: URL, visited: Set<String>) throws(CBSFetchError) -> URL {
        guard let next = URL(string: link, relativeTo: url)?.absoluteURL else {
            throw .badNextLink(url: url.absoluteString, link: link, problem: "is not a URL")
        }
        guard next.host == host else {
            throw .badNextLink(url: url.absoluteString, link: link, problem: "leads to another host than \(host ?? "the one asked")")
        }
        guard !visited.contains(next.absoluteString) else {
            throw .badNextLink(url: url.absoluteString, link: link, problem: "leads back to a page already read")
        }
        return next
    }

    /// Errors that mean the machine cannot talk to the host at all.
    private static let unreachableCodes: Set<URLError.Code> = [
        .cannotFindHost, .cannotConnectToHost, .dnsLookupFailed, .notConnectedToInternet, .timedOut,
        .networkConnectionLost, .internationalRoamingOff, .dataNotAllowed,
    ]

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).localizedDescription
        return text.isEmpty || text == "(null)" ? "\(error)" : text
    }

    /// What an error answer says: the OData error message when there is one, else its start.
    private static func errorText(_ data: Data) -> String {
        struct ODataError: Decodable {
            struct Body: Decodable {
                struct Message: Decodable { var value: String }
                var message: Message
            }
            var error: Body
            enum CodingKeys: String, CodingKey { case error = "odata.error" }
        }
        if let error = try? JSONDecoder().decode(ODataError.self, from: data) { return error.error.message.value }
        return excerpt(data, around: 0)
    }

    /// Where a decoding error is and what it is, for a person: line and column in the answer,
    /// and the path in the JSON (`value[3].Key`) or, for text that is not JSON at all, the byte.
    static func describe(_ error: DecodingError, in data: Data) -> (place: String, problem: String) {
        func place(_ codingPath: [any CodingKey]) -> String {
            let path = codingPath.map { key in key.intValue.map(JSONTextPlace.Step.index) ?? .key(key.stringValue) }
            let (line, column) = JSONTextPlace.lineAndColumn(ofByte: JSONTextPlace.offset(of: path, in: data), in: data)
            return "line \(line), column \(column) (\(JSONTextPlace.name(of: path)))"
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return syntaxError(in: data)
        case .dataCorrupted(let context):
            return (place(context.codingPath), oneLine(context.debugDescription))
        case .keyNotFound(let key, let context):
            return (place(context.codingPath), "'\(oneLine(key.stringValue))' is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return (place(context.codingPath), oneLine(context.debugDescription))
        @unknown default:
            return (place([]), oneLine("\(error)"))
        }
    }

    /// JSONDecoder on Linux says only "not valid JSON"; JSONSerialization says where.
    private static func syntaxError(in data: Data) -> (place: String, problem: String) {
        let (offset, detail) = JSONTextPlace.syntaxError(in: data)
        let (line, column) = JSONTextPlace.lineAndColumn(ofByte: offset, in: data)
        return ("line \(line), column \(column) (byte \(offset))", "\(oneLine(detail)), near: \(excerpt(data, around: offset))")
    }

    /// A message on one line: the answer's text may hold line breaks (a key, a string).
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// Up to 60 characters of the answer from `offset` on, on one line.
    static func excerpt(_ data: Data, around offset: Int) -> String {
        let start = max(0, offset - 20)
        let piece = String(decoding: data[data.index(data.startIndex, offsetBy: start)...].prefix(60), as: UTF8.self)
        let flat = piece.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        return "'" + String(flat).trimmingCharacters(in: .whitespaces) + (data.count > start + 60 ? "…" : "") + "'"
    }
}
