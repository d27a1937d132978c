@testable import App
import Monitor
import SnapshotTesting
import StipTestSupport
@testable import Storage
import Testing

/// The home page, the monitor and an area's profile in English, German and French: every phrase
/// they use is in the language's table (nothing falls back to Dutch outside the content), the
/// page says its language, and each is kept as a snapshot.
@Suite struct TranslatedPagesTests {
    static let languages: [ScreenLanguage] = [.english, .german, .french]

    /// The page drawn in `language`, and the ids its table lacked.
    static func drawn(in language: ScreenLanguage, _ draw: @escaping (Localizer) async throws -> String) async throws -> (String, Set<String>) {
        let missing = MissingPhrases()
        let page = try await PhraseTables.$missing.withValue(missing) {
            try await ScreenLanguage.$current.withValue(language) { try await draw(Localizer()) }
        }
        return (page, missing.all)
    }

    @Test(arguments: languages)
    func theHomePageHasNoDutchLeft(_ language: ScreenLanguage) async throws {
        let (page, missing) = try await Self.drawn(in: language) { l in HomePage.render(.init(SeedPlan.register), l) }
        #expect(missing.isEmpty, "\(language) lacks \(missing.sorted())")
        #expect(page.contains(#"<html lang="\#(language.rawValue)">"#))
        assertSnapshot(of: page, as: .html, named: "home-\(language.rawValue)")
    }

    @Test(arguments: languages)
    func theMonitorAndAProfileHaveNoDutchLeft(_ language: ScreenLanguage) async throws {
        let (map, mapMissing) = try await Self.drawn(in: language) { l in
            try await MonitorFixture.withData { data, _ in
                MonitorMapPage.render(try await MonitorMapPage.load(MonitorQuery(region: "heuvelland"), data: data, l), l)
            }
        }
        let (profile, profileMissing) = try await Self.drawn(in: language) { l in
            try await MonitorFixture.withData { data, _ in
                AreaProfilePage.render(try await AreaProfilePage.load(AreaCode("BU99010101")!, year: nil, data: data), l)
            }
        }
        #expect(mapMissing.union(profileMissing).isEmpty, "\(language) lacks \(mapMissing.union(profileMissing).sorted())")
        assertSnapshot(of: map, as: .html, named: "monitor-\(language.rawValue)")
        assertSnapshot(of: profile, as: .html, named: "gebied-\(language.rawValue)")
    }
}
