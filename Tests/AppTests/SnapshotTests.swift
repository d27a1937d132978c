@testable import App
import SnapshotTesting
import StipTestSupport
import Testing

/// Pages rendered from their models alone, no server or database: the whole HTML is compared
/// with the copy in __Snapshots__ (`SNAPSHOT_TESTING_RECORD=all swift test` writes new copies).
@Suite struct SnapshotTests {
    let register = SeedPlan.register
    let l = Localizer()

    @Test func homePage() {
        assertSnapshot(of: HomePage.render(.init(register), l), as: .html, named: "home")
    }

    @Test func actionLinePage() throws {
        let line = try #require(register.actionLine("samenwerking"))
        assertSnapshot(of: ActionLinePage.render(.init(line, in: register), l), as: .html, named: "actielijn-samenwerking")
    }

    @Test func coherencePage() {
        assertSnapshot(of: CoherencePage.render(.init(register), l), as: .html, named: "samenhang")
    }

    @Test func structurePage() {
        assertSnapshot(of: StructurePage.render(.init(register, on: "2021-03-01"), l), as: .html, named: "structuur")
    }

    @Test func timelineChart() {
        assertSnapshot(of: TimelinePage.Model(register, l).chart(l).render(), as: .svg, named: "tijdlijn")
    }
}

@Suite struct LocalizerTests {
    let l = Localizer(.dutch)

    @Test func numbersAndDatesAreWrittenTheDutchWay() {
        #expect(l.number(250_000) == "250.000")
        #expect(l.number(1_200_000) == "1.200.000")
        #expect(l.number(-4_500) == "-4.500")
        #expect(l.number(5.0) == "5")
        #expect(l.number(1.25) == "1,25")
        #expect(l.date("2020-11-17") == "17 november 2020")
        #expect(l.month(5, year: 2021) == "mei 2021")
    }
}
