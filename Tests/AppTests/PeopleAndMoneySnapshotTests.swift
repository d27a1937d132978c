@testable import App
import SnapshotTesting
import StipTestSupport
import Testing

/// The Tabel Mensen and Tabel Middelen of 2021 and the capacity chart, rendered from the seed
/// alone and compared whole with the copies in __Snapshots__.
@Suite struct PeopleAndMoneySnapshotTests {
    let data = SeedPeopleAndMoneyFile.data
    let register = SeedPlan.register
    let l = Localizer()

    @Test func capacity2021() {
        assertSnapshot(of: CapacityPage.render(.init(data, register: register, year: 2021), l), as: .html, named: "middelen-inzet-2021")
    }

    @Test func budget2020() {
        assertSnapshot(of: BudgetPage.render(.init(data, register: register, year: 2020), l), as: .html, named: "middelen-begroting-2020")
    }

    @Test func capacityChart2021() {
        assertSnapshot(of: CapacityPage.Model(data, register: register, year: 2021).chart(l).render(), as: .svg, named: "middelen-inzet-2021")
    }
}
