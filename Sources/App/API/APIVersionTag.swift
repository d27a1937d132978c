import Foundation
import Vapor

/// A record's version as its `ETag` (`"3"`), so a client can see what it read without parsing
/// the body, and send that version back with a PUT or DELETE.
enum APIVersionTag {
    static func value(_ version: Int) -> String { "\"\(version)\"" }

    /// The response with the ETag of the `version` its JSON body holds, when it holds one.
    static func tagged(_ response: Response) -> Response {
        struct Versioned: Decodable { var version: Int }
        guard let buffer = response.body.buffer,
              let versioned = try? JSONDecoder().decode(Versioned.self, from: Data(buffer: buffer)) else { return response }
        response.headers.replaceOrAdd(name: .eTag, value: value(versioned.version))
        return response
    }
}
