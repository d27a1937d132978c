import Core
import Seeds
import Services
import StipTestSupport
import Storage
import Testing

/// A first start loads the plan and its people and money once; a start after that loads nothing.
@Suite struct SeedingTests {
    @Test func aFirstStartLoadsThePlanAndItsPeopleAndMoneyAndASecondNothing() async throws {
        try await ScratchDatabase(kind: .sqlite).with { db in
            let seeding = Seeding(register: RegisterStore(database: db))
            let first = try await seeding.firstStart(plan: { try SeedFile.plan() }, peopleAndMoney: { try SeedFile.peopleAndMoney(plan: $0) })
            #expect(first.plan?.id == SeedPlan.register.plan.id && first.peopleAndMoney && first.peopleAndMoneyRefused == nil)
            let second = try await seeding.firstStart(plan: { Issue.record("read the plan again"); return try SeedFile.plan() },
                                                      peopleAndMoney: { try SeedFile.peopleAndMoney(plan: $0) })
            #expect(second.plan == nil && !second.peopleAndMoney)
            #expect(try await seeding.money.current()?.data.parties.isEmpty == false)
        }
    }

    @Test func peopleAndMoneyWaitForAPlan() async throws {
        try await ScratchDatabase(kind: .sqlite).with { db in
            await #expect(throws: SeedingRefusal.noPlan) {
                try await Seeding(register: RegisterStore(database: db)).peopleAndMoney(replacing: false) { try SeedFile.peopleAndMoney(plan: $0) }
            }
        }
    }
}
