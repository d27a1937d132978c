@testable import App
import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// A section edit's title and text join the hostile-payload walk: the draft's document, its
/// differences and the edit form must have the element tree they have with a harmless text of the
/// same length in the same places.
@Suite(.serialized) struct PlanVersionHostileTests {
    static func render(_ text: String) async throws -> [String: String] {
        var bodies: [String: String] = [:]
        try await withStipAccounts { app, accounts in
            let regie = accounts[.steeringGroup]!
            let session = try await app.logIn(regie.email).cookies
            #expect(try await app.postForm("/plan/versies", [("version", "2.0")], cookies: session).status == .seeOther)
            // A word before the payload so no payload starts a list, a table or a heading.
            let saved = try await app.postForm("/plan/2.0/onderdelen/4.5", [("title", "T " + text), ("text", "Alinea " + text), ("version", "0")], cookies: session)
            #expect(saved.status == .ok, "the edit was saved")
            bodies["/plan/2.0"] = try await app.get("/plan/2.0").body.string
            bodies["/plan/2.0/verschillen"] = try await app.get("/plan/2.0/verschillen").body.string
            bodies["edit"] = try await app.get("/plan/2.0/onderdelen/4.5", cookies: session).body.string
                .replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
        }
        return bodies
    }

    @Test(arguments: HostilePayloadTests.payloads.map(\.name).filter { $0 != "long" })
    func noSectionTextChangesAVersionPage(payload name: String) async throws {
        let payload = try #require(HostilePayloadTests.payloads.first { $0.name == name }).text
        let hostile = try await Self.render(payload)
        let harmless = try await Self.render(HostilePayloadTests.harmless(payload))
        try HostilePayloadTests.expectSameShapes(hostile, harmless)
        #expect(hostile.values.filter { $0.contains(Escaped.html(String(payload.prefix(20)))) }.count == 3, "the payload reached every page")
    }
}
