@testable import App
import StipTestSupport
import Testing

/// The Tabel Mensen and Tabel Middelen of 2021 and the capacity chart, rendered from the seed
/// alone and compared whole with the copies beside the tests.
@Suite struct PeopleAndMoneySnapshotTests {
    let data = SeedPeopleAndMoneyFile.data
    let register = SeedPlan.register
    let l = Localizer()

    private func lines(_ html: String) -> String {
        html.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    @Test func capacity2021() throws {
        try assertSnapshot(lines(CapacityPage.render(.init(data, register: register, year: 2021), l)), named: "middelen-inzet-2021.html")
    }

    @Test func budget2020() throws {
        try assertSnapshot(lines(BudgetPage.render(.init(data, register: register, year: 2020), l)), named: "middelen-begroting-2020.html")
    }

    @Test func capacityChart2021() throws {
        try assertSnapshot(CapacityPage.Model(data, register: register, year: 2021).chart(l).render(), named: "middelen-inzet-2021.svg")
    }
}
