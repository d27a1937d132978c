@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// The API does what its OpenAPI document says: a record read, changed and sent back is saved;
/// what cannot be read is refused naming the field; a method a path does not take is a 405.
@Suite struct APIContractTests {
    @Test(arguments: ScratchDatabase.available)
    func anActionReadChangedAndSentBackIsSavedWithItsNewVersion(database: ScratchDatabase) async throws {
        try await withStipAndStore(database) { app, _ in
            let token = try await Self.token(app)
            let read = try await app.get("/api/v1/actions/groene-long-k01")
            #expect(read.headers.first(name: .eTag) == "\"1\"")
            let action = try Self.object(read)
            #expect(action["version"] as? Int == 1)
            #expect(action["details"] is [Any] && action["links"] != nil && action["position"] != nil)

            // Changed as a script would: the JSON as read, one field different.
            guard case var .object(fields) = try JSONDecoder().decode(APIValue.self, from: Data(buffer: read.body)) else {
                Issue.record("not an object"); return
            }
            fields["title"] = .string("Een nieuwe titel voor de eerste actie")
            let saved = try await app.testing().sendRequest(.PUT, "/api/v1/actions/groene-long-k01", headers: Self.headers(token),
                                                           body: ByteBuffer(data: try JSONEncoder().encode(APIValue.object(fields))))
            #expect(saved.status == .ok, "\(saved.body.string)")
            let record = try Self.object(saved)
            #expect(record["version"] as? Int == 2)
            #expect((record["values"] as? [String: Any])?["title"] as? String == "Een nieuwe titel voor de eerste actie")
            // The answer's values are the same shape as the GET: a list is a list.
            #expect((record["values"] as? [String: Any])?["details"] is [Any])

            let again = try await app.get("/api/v1/actions/groene-long-k01")
            #expect(again.headers.first(name: .eTag) == "\"2\"")
            #expect(try Self.object(again)["title"] as? String == "Een nieuwe titel voor de eerste actie")
        }
    }

    @Test func everyKindOfRecordGoesBackUnchangedFromItsGET() async throws {
        try await withStipAndStore { app, _ in
            let token = try await Self.token(app)
            var tried: [EntityKind] = []
            for kind in EntityKind.allCases {
                let list = try Self.object(try await app.get("/api/v1/\(kind.rawValue)"))
                // The plan names no people yet, so neither memberships.
                guard let first = (list["items"] as? [[String: Any]])?.first else { continue }
                tried.append(kind)
                let id = try #require(first["id"] as? String)
                let read = try await app.get("/api/v1/\(kind.rawValue)/\(id)")
                let version = try #require(try Self.object(read)["version"] as? Int, "\(kind)")
                #expect(read.headers.first(name: .eTag) == "\"\(version)\"", "\(kind)")
                // The very bytes the GET answered.
                let saved = try await app.testing().sendRequest(.PUT, "/api/v1/\(kind.rawValue)/\(id)", headers: Self.headers(token), body: read.body)
                #expect(saved.status == .ok, "\(kind) \(id): \(saved.body.string)")
                let next = try #require(try Self.object(saved)["version"] as? Int)
                #expect(next > version, "\(kind): a save moves the version on")
                #expect(try await app.get("/api/v1/\(kind.rawValue)/\(id)").headers.first(name: .eTag) == "\"\(next)\"", "\(kind)")
            }
            #expect(tried.count >= EntityKind.allCases.count - 2, "\(tried)")
        }
    }

    @Test func aFieldOfAnotherKindOrAChangedReadOnlyFieldIsA400NamingIt() async throws {
        try await withStipAndStore { app, _ in
            let token = try await Self.token(app)
            let path = "/api/v1/actions/groene-long-k01"
            let refusals: [([String: Any], String)] = [
                (["year": "2021", "version": 1], "year"),
                (["details": "één regel", "version": 1], "details"),
                (["title": 12, "version": 1], "title"),
                (["approximate": "ja", "version": 1], "approximate"),
                (["position": 99, "version": 1], "position"),
                (["line": "een-andere-lijn", "version": 1], "line"),
                (["statsu": "done", "version": 1], "statsu"),
                (["title": "Zonder versie"], "version"),
                (["title": "Tekst", "version": "1"], "version"),
            ]
            for (body, field) in refusals {
                let response = try await Self.send(app, .PUT, path, body, token)
                #expect(response.status == .badRequest, "\(field)")
                let reason = try #require(((try Self.object(response))["error"] as? [String: Any])?["reason"] as? String)
                #expect(reason.contains("‘\(field)’"), "\(reason)")
            }
            // A field of another kind of record is no field of this one.
            let otherKind = try await Self.send(app, .PUT, "/api/v1/challenges/landschap", ["status": "done", "version": 1], token)
            #expect(otherKind.status == .badRequest && otherKind.body.string.contains("‘status’"))
            let noObject = try await app.testing().sendRequest(.PUT, path, headers: Self.headers(token), body: ByteBuffer(string: "[1]"))
            #expect(noObject.status == .badRequest)
            let noVersion = try await Self.send(app, .DELETE, path, nil, token)
            #expect(noVersion.status == .badRequest && noVersion.body.string.contains("‘version’"))
            // Nothing of the refused writes was saved.
            #expect(try Self.object(try await app.get(path))["version"] as? Int == 1)
        }
    }

    @Test func anActionLineTakesItsStakeholdersAsTheGETShowsThem() async throws {
        try await withStipAndStore { app, _ in
            let token = try await Self.token(app)
            let saved = try await Self.send(app, .PUT, "/api/v1/action-lines/groene-long", [
                "stakeholders": ["text": "Gemeenten en provincie", "organisations": ["provincie-limburg"]], "version": 1,
            ], token)
            #expect(saved.status == .ok, "\(saved.body.string)")
            let line = try Self.object(try await app.get("/api/v1/action-lines/groene-long"))
            let stakeholders = try #require(line["stakeholders"] as? [String: Any])
            #expect(stakeholders["text"] as? String == "Gemeenten en provincie")
            #expect(stakeholders["organisations"] as? [String] == ["provincie-limburg"])
        }
    }

    /// An empty id would make a record whose address is the list's (`/api/v1/bodies/`): refused, nothing made.
    @Test func anEmptyIDIsRefused() async throws {
        try await withStipAccounts { app, _ in
            let token = try await Self.token(app)
            let before = try Self.object(try await app.get("/api/v1/bodies"))["count"] as? Int
            let refused = try await Self.send(app, .POST, "/api/v1/bodies", ["id": "", "name": "Negen gemeenten Middengebied", "kind": "catalystTeam"], token)
            #expect(refused.status.code == 400 || refused.status == .unprocessableEntity, "\(refused.status)")
            #expect(((try Self.object(refused)["error"] as? [String: Any])?["reason"] as? String)?.contains("‘id’") == true)
            #expect(try Self.object(try await app.get("/api/v1/bodies"))["count"] as? Int == before)
        }
    }

    @Test func aTextTooLongIsRefusedByTheAPIAndTheFormNamingTheField() async throws {
        try await withStipAccounts { app, accounts in
            let token = try await Self.token(app)
            let long = String(repeating: "a", count: FieldLength.line + 1)
            let refused = try await Self.send(app, .POST, "/api/v1/people", ["name": long], token)
            #expect(refused.status == .unprocessableEntity)
            let body = try Self.object(refused)
            #expect((body["problems"] as? [[String: Any]])?.first?["field"] as? String == "name")
            #expect(((body["error"] as? [String: Any])?["reason"] as? String)?.contains("‘name’") == true)

            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let form = try await app.postForm("/structuur/mensen/nieuw", [("name", long)], cookies: session)
            #expect(form.status == .unprocessableEntity)
            #expect(form.body.string.contains("hoogstens \(FieldLength.line)"))
            #expect(try await app.get("/api/v1/people").body.string.contains(long) == false)
        }
    }

    @Test func everyRecordOfThePlanFitsTheLengthLimits() throws {
        let register = SeedPlan.register
        for kind in EntityKind.allCases {
            let ids = register.ids(of: kind)
            let editor = kind.editor
            for id in ids {
                let values = editor.values(of: id, in: register)
                #expect(values != nil, "\(kind) \(id)")
                #expect(FieldLength.problems(in: values ?? [:], fields: editor.fields(in: register)).isEmpty, "\(kind) \(id)")
            }
        }
    }

    @Test func aMethodAPathDoesNotTakeIsA405ThatSaysWhichItDoes() async throws {
        try await withStip { app in
            let patch = try await app.testing().sendRequest(.PATCH, "/api/v1/actions")
            #expect(patch.status == .methodNotAllowed)
            #expect(patch.headers.first(name: .allow) == "GET, HEAD, POST")
            #expect(patch.body.string.contains("\"status\":405"))
            let delete = try await app.testing().sendRequest(.DELETE, "/api/v1/plan")
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers.first(name: .allow) == "GET, HEAD")
            let item = try await app.testing().sendRequest(.POST, "/api/v1/actions/groene-long-k01")
            #expect(item.headers.first(name: .allow) == "GET, HEAD, PUT, DELETE")
            // A path that is not there stays a 404, whatever the method.
            #expect(try await app.testing().sendRequest(.PATCH, "/api/v1/bestaat-niet").status == .notFound)
            // An item with an empty id is no collection.
            #expect(try await app.testing().sendRequest(.PUT, "/api/v1/people/").status == .notFound)
            #expect(try await app.get("/api/v1/bestaat-niet").status == .notFound)
            #expect(try await app.testing().sendRequest(.HEAD, "/api/v1/actions").status == .ok)
        }
    }

    @Test func theAuditAPINamesAParameterItCannotRead() async throws {
        try await withStipAndStore { app, _ in
            let token = try await Self.token(app)
            let wrong = try await app.get("/api/v1/audit?from=gisteren", bearer: token)
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.string.contains("‘from’"))
            #expect(try await app.get("/api/v1/audit?from=2020-01-01", bearer: token).status == .ok)
        }
    }

    @Test func theOpenAPIDocumentSaysWhatAWriteNeeds() async throws {
        try await withStip { app in
            let document = try Self.object(try await app.get("/api/v1/openapi.json"))
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
            let create = try #require(schemas["ActionCreate"])
            #expect(Set(create["required"] as? [String] ?? []) == ["line", "term", "title", "status"])
            let title = try #require((create["properties"] as? [String: Any])?["title"] as? [String: Any])
            #expect(title["maxLength"] as? Int == FieldLength.paragraph)
            #expect((schemas["ActionUpdate"]?["required"] as? [String]) == ["version"])
            // The ambition's targets and the targets API each have their own schema.
            #expect(schemas["AmbitionTarget"] != nil && ((schemas["Target"]?["required"] as? [String]) ?? []).contains("status"))
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let put = try #require(paths["/api/v1/actions/{id}"]?["put"] as? [String: Any])
            #expect(Set(((put["responses"] as? [String: Any]) ?? [:]).keys).isSuperset(of: ["200", "400", "401", "403", "404", "409", "422"]))
        }
    }

    // MARK: Helpers

    static func token(_ app: Application) async throws -> String {
        let accounts = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
        let account = try await AccountCreation.create(
            email: "beheer-contract@zl.nl", role: .administrator, teams: [], password: testPassword, in: accounts, cost: 4)
        let token = "token-contract"
        _ = try await accounts.createAPIToken(accountID: account.id, name: "contract", tokenHash: Secret.fingerprint(token))
        return token
    }

    static func headers(_ token: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        headers.contentType = .json
        return headers
    }

    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ body: [String: Any]?, _ token: String) async throws -> TestingHTTPResponse {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        return try await app.testing().sendRequest(method, path, headers: headers(token), body: ByteBuffer(data: data))
    }

    static func object(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }
}
