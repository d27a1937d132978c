@testable import App
import StipTestSupport
import Testing

/// Pages rendered from their models alone, no server or database: the whole HTML is compared.
/// Plot writes a page on one line; a newline after each tag keeps the diffs readable.
@Suite struct SnapshotTests {
    let register = SeedPlan.register
    let l = Localizer()

    private func lines(_ html: String) -> String {
        html.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    @Test func homePage() throws {
        try assertSnapshot(lines(HomePage.render(.init(register), l)), named: "home.html")
    }

    @Test func actionLinePage() throws {
        let line = try #require(register.actionLine("samenwerking"))
        try assertSnapshot(lines(ActionLinePage.render(.init(line, in: register), l)), named: "actielijn-samenwerking.html")
    }

    @Test func coherencePage() throws {
        try assertSnapshot(lines(CoherencePage.render(.init(register), l)), named: "samenhang.html")
    }

    @Test func structurePage() throws {
        try assertSnapshot(lines(StructurePage.render(.init(register, on: "2021-03-01"), l)), named: "structuur.html")
    }

    @Test func timelineChart() throws {
        try assertSnapshot(TimelinePage.Model(register, l).chart(l).render(), named: "tijdlijn.svg")
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
