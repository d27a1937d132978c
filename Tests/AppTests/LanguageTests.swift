@testable import App
import Core
import Foundation
import Testing
import VaporTesting

/// The language a person is answered in, and how numbers, money and dates are written in it.
@Suite struct LanguageTests {
    enum Untranslated: Sendable { case phrase }

    @Test func acceptLanguageIsReadWithItsWeights() {
        let all = ScreenLanguage.allCases
        #expect(ScreenLanguage.negotiated("de-DE,de;q=0.9,en;q=0.8", offered: all) == .german)
        #expect(ScreenLanguage.negotiated("fr;q=0.5, en;q=0.9", offered: all) == .english)
        #expect(ScreenLanguage.negotiated("es, fr-BE;q=0.3", offered: all) == .french)
        #expect(ScreenLanguage.negotiated("en;q=0, de;q=0.1", offered: all) == .german, "q=0 means not this one")
        #expect(ScreenLanguage.negotiated("es, it", offered: all) == nil)
        #expect(ScreenLanguage.negotiated("de", offered: [.dutch]) == nil, "only offered languages")
        #expect(ScreenLanguage.offered("de, FR,xx") == [.dutch, .german, .french])
        #expect(ScreenLanguage.offered(nil) == [.dutch])
    }

    @Test func figuresFollowTheLanguage() {
        let money = Money(cents: 120_000_000), fte = FTE(thousandths: 10_900)
        let nbsp = "\u{00A0}", narrow = "\u{202F}"
        #expect(Localizer(.dutch).euros(money) == "€\(nbsp)1.200.000" && Localizer(.dutch).fte(fte) == "10,9 fte")
        #expect(Localizer(.german).euros(money) == "1.200.000\(nbsp)€" && Localizer(.german).fte(fte) == "10,9 VZÄ")
        #expect(Localizer(.english).euros(money) == "€1,200,000" && Localizer(.english).fte(fte) == "10.9 FTE")
        #expect(Localizer(.french).euros(money) == "1\(narrow)200\(narrow)000\(nbsp)€")
        #expect(Localizer(.dutch).euros(Money(cents: 12_550_050)) == "€\(nbsp)125.500,50")
        #expect(Localizer(.dutch).eurosTyped(Money(cents: 12_550_050)) == "125.500,50" && Localizer(.dutch).eurosTyped(Money(cents: 7_500_000)) == "75.000")
        #expect(Localizer(.dutch).date("2020-11-17") == "17 november 2020")
        #expect(Localizer(.german).date("2020-11-17") == "17. November 2020")
        #expect(Localizer(.english).date("2020-11-17") == "17 November 2020")
        #expect(Localizer(.french).date("2020-11-17") == "17 novembre 2020")
        #expect(Localizer(.dutch).number(250_000) == "250.000" && Localizer(.english).number(250_000) == "250,000")
        #expect(Localizer(.dutch).number(12.34) == "12,34" && Localizer(.dutch).number(12.0) == "12")
    }

    /// A form shows figures in the person's notation and reads them back to the same value; what a
    /// person of each language types means what they meant ('75,000' is not 75 euros in English).
    @Test func figuresAreTypedInThePersonsNotation() throws {
        #expect(ScreenLanguage.english.dutchNotation("1,234.5") == "1.234,5" && ScreenLanguage.english.dutchNotation("ca. 0.5 fte") == "ca. 0,5 fte")
        #expect(ScreenLanguage.french.dutchNotation("1\u{202F}200 000,5") == "1200000,5" && ScreenLanguage.german.dutchNotation("1.234,5") == "1.234,5")
        #expect(try Money(parsing: ScreenLanguage.english.dutchNotation("€75,000")) == Money(cents: 7_500_000))
        #expect(try Money(parsing: ScreenLanguage.english.dutchNotation("125,500.50")) == Money(cents: 12_550_050))
        #expect(try Money(parsing: ScreenLanguage.french.dutchNotation("75 000 €")) == Money(cents: 7_500_000))
        #expect(try Money(parsing: "75.000 €") == Money(cents: 7_500_000), "German puts the sign after the amount")
        #expect(try CapacityAmount(parsing: ScreenLanguage.english.dutchNotation("0.2 FTE")) == .fte(FTE(thousandths: 200)))
        #expect(try CapacityAmount(parsing: "0,2 VZÄ") == .fte(FTE(thousandths: 200)) && (try CapacityAmount(parsing: "0,2 ETP")) == .fte(FTE(thousandths: 200)))
        for language in ScreenLanguage.allCases {
            let l = Localizer(language)
            for cents in [7_500_000, 12_550_050, 100, 99_999_999_900] {
                #expect(try Money(parsing: language.dutchNotation(l.eurosTyped(Money(cents: cents)))) == Money(cents: cents), "\(language) \(cents)")
            }
            for value in [250_000.0, 103.5, 3.1808623376, 1_234_567.25] {
                #expect(MeasurementForm.number(language.dutchNotation(language.ownNotation(MeasurementForm.text(value)))) == value, "\(language) \(value)")
            }
        }
        #expect(Localizer(.english).eurosTyped(Money(cents: 7_500_000)) == "75,000")
    }

    /// The API's own description speaks the reader's language too: every summary and description
    /// has its line in each table, and the translated document is the same document otherwise.
    @Test func theOpenAPIDocumentIsInEveryLanguage() async throws {
        let texts = OpenAPIDocument.texts(of: OpenAPIDocument.document)
        #expect(texts.count > 100)
        for language in [ScreenLanguage.english, .german, .french] {
            let table = try #require(PhraseTables.tables[language])
            let missing = texts.filter { table[OpenAPIDocument.phraseID(of: $0)] == nil }
            #expect(missing.isEmpty, "\(language) lacks \(missing.map { "\(OpenAPIDocument.phraseID(of: $0)) = \($0)" })")
            let dutchData = try #require(OpenAPIDocument.json[.dutch]), translatedData = try #require(OpenAPIDocument.json[language])
            let dutch = try #require(try JSONSerialization.jsonObject(with: dutchData) as? [String: Any])
            let translated = try #require(try JSONSerialization.jsonObject(with: translatedData) as? [String: Any])
            #expect(Self.shape(dutch) == Self.shape(translated), "only the words differ")
        }
        try await withStipAndStore(languages: ScreenLanguage.allCases) { app, _ in
            let german = try await app.testing().sendRequest(.GET, "/api/v1/openapi.json", headers: ["Accept-Language": "de"])
            #expect(german.headers.first(name: .contentLanguage) == "de")
            let noPlan = try #require(PhraseTables.tables[.german]?[OpenAPIDocument.phraseID(of: "Er is nog geen plan geladen")]?.text)
            #expect(german.body.string.contains(noPlan) && !german.body.string.contains("Er is nog geen plan geladen"))
        }
    }

    /// A JSON value's keys and kinds, its strings left out.
    static func shape(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]: "{" + object.keys.sorted().map { "\($0):\(shape(object[$0]!))" }.joined(separator: ",") + "}"
        case let array as [Any]: "[" + array.map(shape).joined(separator: ",") + "]"
        case is String: "s"
        default: "\(value)"
        }
    }

    @Test func aPhraseIsFoundByItsCasePathWithNamedPlaceholders() {
        let title = PhraseKey(Phrase.document(.title("1.0")))
        #expect(title.id == "document.title" && title.values == [.text("1.0")])
        #expect(PhraseKey(Phrase.consultation(.participationChoice(.yes))).id == "consultation.participationChoice.yes")
        let count = PhraseKey(Phrase.consultation(.answersCount(3)))
        #expect(count.id == "consultation.answersCount" && count.values == [.count(3)])
        #expect(PhraseKey(Phrase.siteName).id == "siteName")
        #expect(PhraseKey(Phrase.passwordRefused(.passwordTooCommon)).id == "passwordRefused.passwordTooCommon", "an error's case name, not its description")
        let table = PhraseTable.parse("# a comment\nx.greeting(name, count) = Hello {name}, {count|one answer|# answers}\n")
        let line = table["x.greeting"]
        #expect(line?.text(with: [.text("Anna"), .count(1200)], in: .english) == "Hello Anna, 1,200 answers")
        #expect(line?.text(with: [.text("Anna"), .count(1)], in: .english) == "Hello Anna, one answer")
        #expect(line?.text(with: [.text("Anna"), .count(0)], in: .french) == "Hello Anna, one answer", "French says one for 0")
        #expect(Localizer(.german)(.consultation(.answersCount(2))) == "2 Rückmeldungen")
        #expect(Localizer(.german)(.footerSource(title: "Plan", version: "1.0", date: "17. November 2020")) == "Quelle: Plan, Version 1.0, 17. November 2020.")
        #expect(PhraseTables.translated(Untranslated.phrase, in: .german) == nil, "a phrase the table lacks is said in Dutch")
    }

    /// Every line of a translation has an id Stip knows the shape of: its placeholders are the
    /// ones the Dutch text fills, the same in every language.
    @Test func theTablesAgreeOnIdsAndPlaceholders() throws {
        let tables = [ScreenLanguage.english, .german, .french].map { ($0, PhraseTables.tables[$0] ?? [:]) }
        let ids = Set(tables[0].1.keys)
        for (language, table) in tables {
            #expect(Set(table.keys) == ids, "\(language) has other ids than English: \(Set(table.keys).symmetricDifference(ids).sorted())")
            for (id, line) in table {
                #expect(line.names == tables[0].1[id]?.names, "\(language) \(id): placeholders \(line.names)")
                let used = Set(line.text.matches(of: /\{([A-Za-z0-9]+)[|}]/).map { String($0.1) })
                #expect(used.isSubset(of: Set(line.names)), "\(language) \(id) uses a placeholder it does not name")
            }
        }
    }

    @Test func aGermanVisitorIsAnsweredInGermanAndTheChoiceSticks() async throws {
        try await withStipAndStore(languages: ScreenLanguage.allCases) { app, _ in
            let german = try await app.testing().sendRequest(.GET, "/", headers: ["Accept-Language": "de-DE,de;q=0.9,nl;q=0.5"])
            #expect(german.headers.first(name: .contentLanguage) == "de")
            #expect(german.headers[.vary].joined(separator: ",").contains("Accept-Language"))
            let page = german.body.string
            #expect(page.contains(#"<html lang="de">"#) && page.contains("Zum Inhalt") && page.contains(##"<a class="menu-toggle" href="#menu">Hauptmenü</a>"##))
            #expect(page.contains(#"aria-label="Hauptmenü""#) && page.contains(#"<a href="/taal/fr" lang="fr" hreflang="fr">Français</a>"#))

            let switched = try await app.testing().sendRequest(.GET, "/taal/fr", headers: ["Referer": "http://localhost:8080/monitor?jaar=2015", "Host": "localhost:8080"])
            #expect(switched.status == .seeOther && switched.headers.first(name: .location) == "/monitor?jaar=2015")
            let cookie = try #require(switched.headers.setCookie?[LanguageMiddleware.cookie])
            #expect(cookie.string == "fr")
            let french = try await app.testing().sendRequest(.GET, "/", headers: ["Accept-Language": "de", "Cookie": "\(LanguageMiddleware.cookie)=fr"])
            #expect(french.headers.first(name: .contentLanguage) == "fr" && french.body.string.contains("Aller au contenu"), "the choice beats the browser's")
            let elsewhere = try await app.testing().sendRequest(.GET, "/taal/en", headers: ["Referer": "https://evil.example/phish", "Host": "localhost:8080"])
            #expect(elsewhere.headers.first(name: .location) == "/", "only back to a page of this site")
            #expect(try await app.testing().sendRequest(.GET, "/taal/es").status == .notFound)
        }
    }

    /// A focus selection is drawn while the page's head is already on its way, after the route has
    /// returned: the browser tests found it answered in Dutch to a German visitor.
    @Test func aSelectionDrawnAfterTheHeadWentOutIsInTheVisitorsLanguage() async throws {
        try await withStipAndStore(languages: ScreenLanguage.allCases) { app, _ in
            _ = try await MonitorPageTests.importShared(app, tables: ["kwb2015_buurten_nl.csv"], boundaries: "zuid-limburg_buurt_2015.geojson")
            let german = try await app.testing().sendRequest(.GET, "/monitor/focus?bereken=1&trekkingen=10", headers: ["Accept-Language": "de"])
            #expect(german.status == .ok && german.headers.first(name: .contentLanguage) == "de")
            let page = german.body.string
            #expect(page.contains(#"<html lang="de">"#) && page.contains("Zum Inhalt"))
            #expect(page.contains("Zuid-Limburg: ") && page.contains(" von 408 "), "the selection itself is written in German")
        }
    }

    @Test func withOnlyDutchOfferedNothingChanges() async throws {
        try await withStip { app in
            let page = try await app.testing().sendRequest(.GET, "/", headers: ["Accept-Language": "de"])
            #expect(page.headers.first(name: .contentLanguage) == "nl" && page.body.string.contains(#"<html lang="nl">"#))
            #expect(!page.body.string.contains(#"class="languages""#) && page.headers[.vary].isEmpty)
            #expect(try await app.testing().sendRequest(.GET, "/taal/de").status == .notFound)
        }
    }
}
