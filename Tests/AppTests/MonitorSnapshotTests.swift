@testable import App
import Monitor
import SnapshotTesting
import StipTestSupport
@testable import Storage
import Testing

/// The monitor's pages, each loaded as its route loads it from the small invented monitor of
/// `MonitorFixture` (never from CBS data), rendered and compared whole with __Snapshots__.
@Suite struct MonitorSnapshotTests {
    let l = Localizer()
    static let csrf = "csrf-token-snapshot"
    static let today = "2026-11-20"

    @Test func mapOfTheIndex() async throws {
        let html = try await MonitorFixture.withData { data, _ in
            MonitorMapPage.render(try await MonitorMapPage.load(MonitorQuery(region: "heuvelland"), data: data, l), l)
        }
        #expect(html.components(separatedBy: "<path d=").count - 1 == 6, "a square per neighbourhood")
        assertSnapshot(of: html, as: .html, named: "monitor")
    }

    /// An indicator instead of the index, around the national value, sorted by value.
    @Test func mapOfAnIndicatorAroundTheCountry() async throws {
        let html = try await MonitorFixture.withData { data, _ in
            let query = MonitorQuery(layer: .indicator("bijstand"), region: "heuvelland", legend: .aroundNational,
                                     sort: .init(column: .value, descending: true))
            return MonitorMapPage.render(try await MonitorMapPage.load(query, data: data, l), l)
        }
        assertSnapshot(of: html, as: .html, named: "monitor-bijstand")
    }

    @Test func mapBeforeAnyImport() async throws {
        let html = try await MonitorFixture.withData(empty: true) { data, _ in
            MonitorMapPage.render(try await MonitorMapPage.load(MonitorQuery(region: "heuvelland"), data: data, l), l)
        }
        assertSnapshot(of: html, as: .html, named: "monitor-leeg")
    }

    @Test func areaProfile() async throws {
        let html = try await MonitorFixture.withData { data, _ in
            AreaProfilePage.render(try await AreaProfilePage.load(AreaCode("BU99010101")!, year: nil, data: data), l)
        }
        assertSnapshot(of: html, as: .html, named: "gebied-buurt")
    }

    @Test func areaComparison() async throws {
        let html = try await MonitorFixture.withData { data, _ in
            AreaComparisonPage.render(try await AreaComparisonPage.load("BU99010101,BU99010203,onzin", data: data), l)
        }
        assertSnapshot(of: html, as: .html, named: "vergelijk")
    }

    // MARK: The focus decision

    static var query: FocusQuery {
        var query = FocusQuery()
        query.region = "heuvelland"
        query.year = MonitorFixture.year
        query.percentile = 34
        query.draws = 100
        query.compute = true
        return query
    }

    static func routes(_ data: MonitorData, _ database: StipDatabase, _ l: Localizer) -> FocusRoutes {
        FocusRoutes(data: .success(data), decisions: FocusDecisionStore(database: database), today: { today }, l: l, allowance: ComputeAllowance())
    }

    /// The criteria page with its result, as the regiegroep sees it: with the form to save it.
    func focusPage(_ data: MonitorData, _ database: StipDatabase) async throws -> FocusPage.Model {
        let selection = try await Self.routes(data, database, l).selection(Self.query.parameters(year: MonitorFixture.year), data: data)
        let figures = try await data.figures(year: MonitorFixture.year, level: .neighbourhood, try await data.revision())
        return FocusPage.Model(
            query: Self.query, years: [2015, 2016], regions: [.init(value: MonitorQuery.country, label: l(.monitor(.country))), .init(value: "heuvelland", label: "Verzonnen Heuvelland")],
            themes: figures.themes, result: selection, save: FocusPage.SaveForm(csrf: Self.csrf, date: Self.today), mayLogIn: false,
            recent: [FocusDecisionHeading(id: "2026-06-01-eerste-keuze", name: "Eerste keuze", decidedOn: "2026-06-01")])
    }

    @Test func focus() async throws {
        let html = try await MonitorFixture.withData { data, database in FocusPage.render(try await focusPage(data, database), l) }
        #expect(html.contains("focus-summary"))
        assertSnapshot(of: html, as: .html, named: "focus")
    }

    /// A save refused because the data changed after the selection was shown (409).
    @Test func focusAfterTheDataChanged() async throws {
        let html = try await MonitorFixture.withData { data, database in
            var model = try await focusPage(data, database)
            model.save?.name = "Wijken in focus"
            model.notice = l(.focus(.dataChangedSinceShown))
            return FocusPage.render(model, l)
        }
        assertSnapshot(of: html, as: .html, named: "focus-gegevens-veranderd")
    }

    static func decision(_ selection: FocusRoutes.Selection) -> FocusDecision {
        FocusDecision(
            id: "2026-11-20-wijken-in-focus", name: "Wijken in focus", decidedOn: today, proposedBy: "regiegroep", note: "Voor de regiegroep",
            savedAt: "2026-11-20T10:00:00Z", baseline: "2015 (2026-11-19, 0a1b2c3d)",
            files: [.init(file: "verzonnen-buurten-2016.csv", checksum: "fixture-2016", importedAt: "2026-11-19T09:00:00Z")],
            names: selection.names, study: selection.study)
    }

    @Test func focusDecisions() async throws {
        let html = try await MonitorFixture.withData { data, database in
            let selection = try await Self.routes(data, database, l).selection(Self.query.parameters(year: MonitorFixture.year), data: data)
            return FocusDecisionPages.list([Self.decision(selection)], regionNames: ["heuvelland": "Verzonnen Heuvelland"], l)
        }
        assertSnapshot(of: html, as: .html, named: "focus-besluiten")
    }

    @Test func focusDecision() async throws {
        let html = try await MonitorFixture.withData { data, database in
            let routes = Self.routes(data, database, l)
            let decision = Self.decision(try await routes.selection(Self.query.parameters(year: MonitorFixture.year), data: data))
            return FocusDecisionPages.decision(decision, result: try await routes.resultModel(decision.study, names: decision.names, data: data), l)
        }
        assertSnapshot(of: html, as: .html, named: "focus-besluit")
    }

    /// After the decision, Groeneweg, one of the two selected, falls under the minimum of 100 inhabitants.
    @Test func focusDecisionComparedWithNewData() async throws {
        let html = try await MonitorFixture.withData { data, database in
            let routes = Self.routes(data, database, l), parameters = Self.query.parameters(year: MonitorFixture.year)
            let decision = Self.decision(try await routes.selection(parameters, data: data))
            _ = try await data.store.importFile(ImportResult(
                file: "correctie.csv", observations: [Observation(area: AreaCode("BU99010202")!, year: MonitorFixture.year, indicator: "inwoners", value: 50)],
                rowsRead: 1, rowsSkipped: 0, bytesRead: 30, checksum: "correctie", years: [MonitorFixture.year], indicators: [], absentIndicators: []),
                by: "MonitorFixture")
            let current = try await routes.selection(parameters, data: data)
            #expect(current.study.selected.map(\.code) == ["BU99010101"])
            return FocusDecisionPages.comparison(decision, current: current.study, comparison: FocusComparison(saved: decision.study, current: current.study),
                                                 names: current.names, l)
        }
        assertSnapshot(of: html, as: .html, named: "focus-besluit-vergelijk")
    }
}
