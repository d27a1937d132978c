import Vapor

extension Response {
    /// An API answer: JSON with sorted keys and unescaped slashes, the same byte for byte each time.
    static func json(_ value: some Encodable, status: HTTPResponseStatus = .ok) throws -> Response {
        Response(status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(data: try jsonData(value)))
    }

    static func jsonData(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// A page made for one person (a form, their account): never stored by a cache on the way.
    static func personalPage(_ html: String, status: HTTPResponseStatus = .ok) -> Response {
        Response(status: status, headers: personalPageHeaders, body: .init(string: html))
    }

    static let personalPageHeaders: HTTPHeaders = ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"]
}

extension Response {
    /// A page that is the same for everyone who may see it.
    static func publicPage(_ html: String) -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8"], body: .init(string: html))
    }
}
