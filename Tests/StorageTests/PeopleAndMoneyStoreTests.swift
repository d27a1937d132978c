import Core
import Foundation
import StipTestSupport
import Storage
import Testing

/// The people-and-money data goes into the database and comes back exactly as it went in, on
/// SQLite and on PostgreSQL; a load is all or nothing; each edit is kept with its audit record,
/// and an edit from an older version is refused.
@Suite struct PeopleAndMoneyStoreTests {
    static let seedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Seeds/zuid-limburg-middelen-2020-2021.yaml").path

    static let seed: PeopleAndMoney = {
        do {
            return try PeopleAndMoneyFile.load(path: seedPath, plan: SeedPlan.register)
        } catch {
            fatalError("The shipped people-and-money file does not load:\n\(error)")
        }
    }()

    static let editor = Account(id: "a1", email: "regie@zuid-limburg.nl", role: .steeringGroup)

    /// The seed with something in every table the seed leaves empty.
    static var everything: PeopleAndMoney {
        var data = seed
        data.spendings = [
            Spending(line: "opstellen-pva-2020", from: YearMonth("2020-09")!, until: YearMonth("2020-12")!, amount: Money(cents: 12_550_050), note: "facturen"),
            Spending(line: "monitoring-2021", from: YearMonth("2021-01")!, until: YearMonth("2021-06")!, amount: Money(euros: -250)),
        ]
        data.reviews = [CapacityReview(id: "voorjaar-2021", date: "2021-05-10", body: "directeurennetwerk", decisions: [
            .init(activity: "team-groene-long", verdict: .scaleUp, reason: "veel vraag"),
            .init(activity: "communicatieteam", verdict: .maintain, reason: "volstaat"),
        ], note: "eerste bespreking")]
        data.investments = [
            Investment(id: "ria-groene-long-eu-1", actionLine: "groene-long", source: .eu, status: .desired, amount: Money(euros: 1_000_000), description: "Interreg"),
            Investment(id: "ria-groene-long-rijk-1", actionLine: "groene-long", source: .nationalGovernment, status: .committed, amount: Money(cents: 5_000_050), description: "Regio Deal"),
        ]
        return data
    }

    @Test(arguments: ScratchDatabase.available)
    func theSeedComesBackExactlyAsLoaded(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = PeopleAndMoneyStore(database: db)
            #expect(try await store.current() == nil)
            #expect(try await store.isEmpty())
            try await store.load(Self.seed, replacing: false)
            let stored = try #require(try await store.current())
            #expect(stored.data == Self.seed)
            #expect(stored.commitmentVersions.count == Self.seed.commitments.count)
            #expect(stored.commitmentVersions.values.allSatisfy { $0 == 1 })
            let table = try #require(stored.data.capacityTable(year: 2021))
            #expect(table.total(party: "gemeenten-zuid-limburg").fte == FTE(thousandths: 10_900))
            #expect(stored.data.budgetYear(2020).balance == .surplus(Money(euros: 2_000)))
            let audit = try await AuditTrail(database: db).records(.init(entity: "people_and_money"))
            #expect(audit.count == 1)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func everyTableComesBackAsLoaded(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = PeopleAndMoneyStore(database: db)
            try await store.load(Self.everything, replacing: false)
            #expect(try await store.current()?.data == Self.everything)
            try await store.load(Self.seed, replacing: true)
            #expect(try await store.current()?.data == Self.seed)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aFailedLoadChangesNothing(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = PeopleAndMoneyStore(database: db)
            try await store.load(Self.seed, replacing: false)
            await #expect(throws: PeopleAndMoneyRefusal.alreadyLoaded) {
                try await store.load(Self.everything, replacing: false)
            }
            // A spending on a line that is not there breaks a reference half-way through the load.
            var broken = Self.everything
            broken.spendings.append(Spending(line: "geen-lijn", from: YearMonth("2021-01")!, until: YearMonth("2021-02")!, amount: Money(euros: 1)))
            await #expect(throws: (any Error).self) {
                try await store.load(broken, replacing: true)
            }
            #expect(try await store.current()?.data == Self.seed)
            #expect(try await AuditTrail(database: db).records(.init(entity: "people_and_money")).count == 1)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func aTypedCommitmentIsKeptWithItsAuditRecordAndAStaleEditIsRefused(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = PeopleAndMoneyStore(database: db)
            try await store.load(Self.seed, replacing: false)
            let version = try await store.saveCommitment(
                year: 2022, activity: "team-groene-long", party: "provincie-limburg", amount: "1,5 d/w x 4", version: 0, by: Self.editor)
            #expect(version == 1)
            var stored = try #require(try await store.current())
            let table = try #require(stored.data.capacityTable(year: 2022))
            #expect(table.total(party: "provincie-limburg").fte == FTE(thousandths: 1200))
            #expect(table.rows.map(\.id) == ["team-groene-long"])
            #expect(stored.commitmentVersions["2022-team-groene-long-provincie-limburg"] == 1)

            try await store.saveCommitment(year: 2022, activity: "team-groene-long", party: "provincie-limburg", amount: "ca 2 fte",
                                           version: 1, by: Self.editor)
            await #expect(throws: PeopleAndMoneyRefusal.conflict(version: 2)) {
                try await store.saveCommitment(year: 2022, activity: "team-groene-long", party: "provincie-limburg", amount: "3 fte",
                                               version: 1, by: Self.editor)
            }
            await #expect(throws: CapacityAmountError.missingPersons) {
                try await store.saveCommitment(year: 2022, activity: "team-groene-long", party: "rijk", amount: "1,5 x", version: 0, by: Self.editor)
            }
            await #expect(throws: PeopleAndMoneyRefusal.unknownParty("niemand")) {
                try await store.saveCommitment(year: 2022, activity: "team-groene-long", party: "niemand", amount: "1 fte", version: 0, by: Self.editor)
            }
            stored = try #require(try await store.current())
            #expect(stored.data.capacityTable(year: 2022)?.total(party: "provincie-limburg").description == "ca 2 fte")
            #expect(stored.commitmentVersions["2022-team-groene-long-provincie-limburg"] == 2)
            let audit = try await AuditTrail(database: db).records(.init(entity: "capacity_commitments"))
            #expect(audit.map(\.operation) == [.update, .create])
            #expect(audit.first?.after?.contains("\"fte\":\"2\"") == true)
        }
    }

    @Test(arguments: ScratchDatabase.available)
    func spendingsReviewsInvestmentsAndTheRateAreKept(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = PeopleAndMoneyStore(database: db)
            try await store.load(Self.seed, replacing: false)
            let everything = Self.everything
            for spending in everything.spendings { try await store.addSpending(spending, by: Self.editor) }
            for review in everything.reviews { try await store.addReview(review, by: Self.editor) }
            for investment in everything.investments { try await store.saveInvestment(investment, version: 0, by: Self.editor) }
            #expect(try await store.current()?.data == everything)

            await #expect(throws: PeopleAndMoneyRefusal.idTaken("voorjaar-2021")) { try await store.addReview(everything.reviews[0], by: Self.editor) }
            await #expect(throws: PeopleAndMoneyRefusal.unknownBudgetLine("geen")) {
                try await store.addSpending(Spending(line: "geen", from: YearMonth("2021-01")!, until: YearMonth("2021-01")!, amount: .zero), by: Self.editor)
            }

            var changed = everything.investments[0]
            changed.status = .expected
            #expect(try await store.saveInvestment(changed, version: 1, by: Self.editor) == 2)
            await #expect(throws: PeopleAndMoneyRefusal.conflict(version: 2)) { try await store.saveInvestment(changed, version: 1, by: Self.editor) }

            let yearVersion = try #require(try await store.current()?.capacityYearVersions[2021])
            try await store.setRate(year: 2021, rate: CapacityRate(perFTEPerYear: Money(euros: 80_000)), version: yearVersion, by: Self.editor)
            let stored = try #require(try await store.current())
            #expect(stored.data.investments[0].status == .expected)
            #expect(stored.data.capacityTable(year: 2021)?.rate?.perFTEPerYear == Money(euros: 80_000))

            let audit = AuditTrail(database: db)
            #expect(try await audit.records(.init(entity: "spendings")).count == 2)
            #expect(try await audit.records(.init(entity: "capacity_reviews")).count == 1)
            #expect(try await audit.records(.init(entity: "investments")).count == 3)
            #expect(try await audit.records(.init(entity: "capacity_years")).count == 1)
        }
    }

    /// Two people save the same cell from the same version at once: one wins, the other is told.
    @Test(arguments: ScratchDatabase.available)
    func twoSavesAtOnceGiveOneConflict(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = PeopleAndMoneyStore(database: db)
            try await store.load(Self.seed, replacing: false)
            let results = await withTaskGroup(of: Bool.self) { group in
                for amount in ["1 fte", "2 fte"] {
                    group.addTask {
                        do {
                            try await store.saveCommitment(year: 2021, activity: "communicatieteam", party: "provincie-limburg",
                                                           amount: amount, version: 1, by: Self.editor)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1)
        }
    }
}
