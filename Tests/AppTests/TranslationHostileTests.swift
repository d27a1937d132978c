@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// A translation's title and text join the hostile-payload walk: the record's page in that
/// language and the translation form must have the element tree they have with a harmless text
/// of the same length in the same places.
@Suite(.serialized) struct TranslationHostileTests {
    static func render(_ text: String) async throws -> [String: String] {
        var bodies: [String: String] = [:]
        try await withStipAndStore(languages: ScreenLanguage.allCases) { app, _ in
            let accounts = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            _ = try await AccountCreation.create(email: "regie@zuid-limburg.nl", role: .steeringGroup, teams: [], password: testPassword, in: accounts, cost: 4)
            let session = try await app.logIn("regie@zuid-limburg.nl").cookies
            for path in ["/acties/groene-long-k01", "/opgaven/economie"] {
                let saved = try await app.postForm("\(path)/vertalen", [("taal", "fr"), ("title", "T " + String(text.prefix(250))), ("text", "Alinea " + text),
                                                                        ("machine", "true"), ("version", "0")], cookies: session)
                #expect(saved.status == .ok, "the translation of \(path) was saved")
                bodies[path] = try await app.testing().sendRequest(.GET, path, headers: ["Cookie": "\(LanguageMiddleware.cookie)=fr"]).body.string
                bodies["\(path)/vertalen"] = try await app.get("\(path)/vertalen", cookies: session).body.string
                    .replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
            }
        }
        return bodies
    }

    @Test(arguments: HostilePayloadTests.payloads.map(\.name).filter { $0 != "long" })
    func noTranslationChangesARecordPageOrItsForm(payload name: String) async throws {
        let payload = try #require(HostilePayloadTests.payloads.first { $0.name == name }).text
        let hostile = try await Self.render(payload)
        let harmless = try await Self.render(HostilePayloadTests.harmless(payload))
        #expect(!hostile.isEmpty)
        try HostilePayloadTests.expectSameShapes(hostile, harmless)
        #expect(hostile.values.filter { $0.contains(Escaped.html(String(payload.prefix(20)))) }.count == hostile.count, "the payload reached every page")
    }
}
