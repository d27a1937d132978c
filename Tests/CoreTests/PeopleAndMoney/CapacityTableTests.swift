import Core
import Testing

/// The seeded *Tabel Mensen* reproduces the plan: its lines, its stated totals, and the
/// difference between them; its euro row from the stated totals at 75 K per FTE.
@Suite struct CapacityTableTests {
    let table2020 = SeedPeopleAndMoney.data.capacityTable(year: 2020)!
    let table2021 = SeedPeopleAndMoney.data.capacityTable(year: 2021)!

    static func fte(_ thousandths: Int) -> FTE { FTE(thousandths: thousandths) }

    @Test func theColumnsAreThePlansParties() {
        #expect(table2021.parties.map(\.id) == ["triple-helix", "gemeenten-zuid-limburg", "provincie-limburg", "rijk"])
        #expect(table2021.parties.map(\.label) == ["Triple Helix", "Gemeenten incl. Parkstad", "Provincie", "Rijk"])
    }

    @Test func theRowsOf2021AreThePlansInItsOrder() {
        #expect(table2021.rows.map(\.id) == [
            "ambtelijk-regieteam", "team-europese-schakelregio", "team-circulaire-economie-en-samenleving",
            "team-sterke-en-gezonde-steden", "team-groene-long", "vereniging-van-programmamanagers", "opgaveteams", "communicatieteam",
        ])
        #expect(table2021.year.rows.first { $0.activity == "vereniging-van-programmamanagers" }?.note == "in reguliere tijd?")
        #expect(table2021.rowTotal(activity: "vereniging-van-programmamanagers").isEmpty)
    }

    @Test func theTeamsAreDaysAWeekTimesFour() {
        let gemeenten = "gemeenten-zuid-limburg"
        #expect(table2021.cell(activity: "team-europese-schakelregio", party: gemeenten).fte == Self.fte(1200))
        #expect(table2021.cell(activity: "team-circulaire-economie-en-samenleving", party: gemeenten).fte == Self.fte(800))
        #expect(table2021.cell(activity: "team-sterke-en-gezonde-steden", party: gemeenten).fte == Self.fte(3200))
        #expect(table2021.cell(activity: "team-groene-long", party: gemeenten).fte == Self.fte(3200))
        #expect(table2021.commitment(activity: "team-groene-long", party: gemeenten)?.amount == .days(DaysPerWeek(hundredths: 400), persons: 4, approximate: true))
    }

    @Test func theOpgaveteamsSubtotalIsComputedBesideThePlans() throws {
        let gemeenten = try #require(table2021.subtotalDifference(activity: "opgaveteams", party: "gemeenten-zuid-limburg"))
        #expect(gemeenten.computed.fte == Self.fte(8400))
        #expect(gemeenten.stated == .fte(Self.fte(8500), approximate: true))
        #expect(gemeenten.difference == Self.fte(-100))
        #expect(table2021.subtotal(activity: "opgaveteams", party: "provincie-limburg").fte == Self.fte(2000))
        #expect(table2021.subtotal(activity: "opgaveteams", party: "rijk").fte == Self.fte(1000))
        #expect(table2021.subtotal(activity: "opgaveteams", party: "triple-helix").isPMOnly)
    }

    @Test func totals2021PerPartyComputedAndStated() throws {
        let gemeenten = try #require(table2021.difference(party: "gemeenten-zuid-limburg"))
        #expect(gemeenten.computed.fte == Self.fte(10_900))
        #expect(gemeenten.computed.hasPM == false)
        #expect(gemeenten.computed.isApproximate)
        #expect(gemeenten.stated == .fte(FTE(11), approximate: true))
        #expect(gemeenten.difference == Self.fte(-100))
        #expect(!gemeenten.agrees)

        let provincie = try #require(table2021.difference(party: "provincie-limburg"))
        #expect(provincie.computed.fte == Self.fte(3200))
        #expect(provincie.stated == .fte(FTE(3), approximate: true))
        #expect(provincie.difference == Self.fte(200))

        let rijk = try #require(table2021.difference(party: "rijk"))
        #expect(rijk.computed.fte == Self.fte(1600))
        #expect(rijk.computed.hasPM)
        #expect(rijk.computed.description == "ca 1.6 fte + PM")
        #expect(rijk.stated == .fte(FTE(2), approximate: true))
        #expect(rijk.difference == Self.fte(-400))

        // The plan states no total for the Triple Helix, whose commitment is still to be agreed.
        #expect(table2021.difference(party: "triple-helix") == nil)
        #expect(table2021.total(party: "triple-helix").description == "ca 0.4 fte + PM")
    }

    @Test func overall2021() throws {
        let overall = try #require(table2021.overallDifference)
        #expect(overall.stated == .fte(FTE(16), approximate: true))
        #expect(overall.computed.fte == Self.fte(16_100))
        #expect(overall.computed.hasPM)
        #expect(overall.difference == Self.fte(100))
        // The plan's 'ca 16 fte' is its own party totals added up: 11 + 3 + 2.
        #expect(table2021.sumOfStatedTotals.fte == FTE(16))
        #expect(!table2021.sumOfStatedTotals.hasPM)
    }

    @Test func theEuroRowIsTheStatedTotalsAtSeventyFiveK() throws {
        #expect(table2021.rate == CapacityRate(perFTEPerYear: Money(euros: 75_000)))
        #expect(table2021.cost(party: "gemeenten-zuid-limburg", basis: .stated)?.amount == Money(euros: 825_000))
        #expect(table2021.cost(party: "provincie-limburg", basis: .stated)?.amount == Money(euros: 225_000))
        #expect(table2021.cost(party: "rijk", basis: .stated)?.amount == Money(euros: 150_000))
        #expect(table2021.overallCost(basis: .stated)?.amount == Money(euros: 1_200_000))
        #expect(table2021.cost(party: "triple-helix", basis: .stated) == nil)
    }

    @Test func theEuroRowFromTheLinesDiffers() throws {
        #expect(table2021.cost(party: "gemeenten-zuid-limburg", basis: .computed)?.amount == Money(euros: 817_500))
        #expect(table2021.cost(party: "provincie-limburg", basis: .computed)?.amount == Money(euros: 240_000))
        let rijk = try #require(table2021.cost(party: "rijk", basis: .computed))
        #expect(rijk.amount == Money(euros: 120_000))
        #expect(rijk.hasPM)
        #expect(table2021.cost(party: "triple-helix", basis: .computed)?.amount == Money(euros: 30_000))
        let overall = try #require(table2021.overallCost(basis: .computed))
        #expect(overall.amount == Money(euros: 1_207_500))
        #expect(overall.hasPM)
        #expect(overall.description == "ca EUR 1207500 + PM")
    }

    @Test func totals2020() throws {
        #expect(table2020.year.note == "alleen extra inzet t.o.v. regulier werken is ingeschat")
        #expect(table2020.rows.map(\.id) == ["opstellen-pva"])
        let tripleHelix = try #require(table2020.difference(party: "triple-helix"))
        #expect(tripleHelix.computed.isPMOnly)
        #expect(tripleHelix.stated.isPM)
        #expect(tripleHelix.agrees)
        #expect(tripleHelix.difference == nil)
        for (party, thousandths) in [("gemeenten-zuid-limburg", 2000), ("provincie-limburg", 400), ("rijk", 400)] {
            let difference = try #require(table2020.difference(party: party))
            #expect(difference.computed.fte == Self.fte(thousandths))
            #expect(difference.agrees)
        }
        #expect(table2020.overall.description == "2.8 fte + PM")
        #expect(table2020.overallDifference == nil)
        // The plan names no rate for 2020, so there is no euro row.
        #expect(table2020.overallCost(basis: .computed) == nil)
    }

    @Test func pmIsCarriedIntoEveryTotalItEnters() {
        let year = CapacityYear(year: 2030, rows: [.init(activity: "a"), .init(activity: "b", stated: [:])])
        let activities = [CapacityActivity(id: "a", name: "A", kind: .other), CapacityActivity(id: "b", name: "B", kind: .other, partOf: "a")]
        let parties = [Party(id: "p", label: "P"), Party(id: "q", label: "Q")]
        let table = CapacityTable(year: year, activities: activities, parties: parties, commitments: [
            CapacityCommitment(year: 2030, activity: "a", party: "p", amount: .fte(FTE(1))),
            CapacityCommitment(year: 2030, activity: "b", party: "p", amount: .pm),
            CapacityCommitment(year: 2030, activity: "a", party: "q", amount: .fte(FTE(2))),
            CapacityCommitment(year: 2031, activity: "a", party: "q", amount: .pm),
        ])
        #expect(table.cell(activity: "a", party: "p").description == "1 fte")
        #expect(table.cell(activity: "b", party: "p").description == "PM")
        #expect(table.subtotal(activity: "a", party: "p").description == "1 fte + PM")
        #expect(table.total(party: "p").description == "1 fte + PM")
        #expect(table.total(party: "q").description == "2 fte")
        #expect(table.overall.description == "3 fte + PM")
        #expect(table.rowTotal(activity: "a").hasPM == false)
        #expect(table.cell(activity: "b", party: "q").isEmpty)
    }
}
