import Core
import Storage

/// Loading a plan, and its people and money, into the database: by `stip seed`, and by
/// `stip serve` on a first start. Each file is loaded all or nothing, with its audit record.
public struct Seeding: Sendable {
    public let register: RegisterStore
    public let money: PeopleAndMoneyStore

    public init(register: RegisterStore) {
        self.register = register
        money = PeopleAndMoneyStore(beside: register)
    }

    /// Loads a plan; refuses a database that holds one unless `replacing`. Every record's
    /// version goes above any a form may still carry.
    public func plan(_ plan: Register, replacing: Bool, by command: String = "stip seed") async throws {
        try await register.load(plan, replacing: replacing, by: command)
    }

    /// Loads people and money, read against the plan as stored (`read` refuses what the plan
    /// does not know), and returns what was loaded.
    @discardableResult
    public func peopleAndMoney(
        replacing: Bool, by command: String = "stip seed", _ read: (Register) throws -> PeopleAndMoney
    ) async throws -> PeopleAndMoney {
        guard let plan = try await register.current() else { throw SeedingRefusal.noPlan }
        let data = try read(plan)
        try await money.load(data, replacing: replacing, by: command)
        return data
    }

    /// What a first start loads: the plan when the database has none, and its people and money
    /// when none are stored and `read` gives them. Says what it loaded.
    public func firstStart(plan: () throws -> Register, peopleAndMoney read: ((Register) throws -> PeopleAndMoney)?) async throws -> FirstStart {
        var loaded = FirstStart()
        if try await register.isEmpty() {
            let plan = try plan()
            try await register.load(plan, replacing: false)
            loaded.plan = plan.plan
        }
        if let read, try await money.isEmpty() {
            do {
                try await peopleAndMoney(replacing: false, read)
                loaded.peopleAndMoney = true
            } catch let error as PlanFileError {
                // Another plan in the database: it is served without these people and money.
                loaded.peopleAndMoneyRefused = error
            }
        }
        return loaded
    }

    public struct FirstStart: Sendable {
        public var plan: PlanInfo?
        public var peopleAndMoney = false
        /// Why the people and money did not fit the plan stored.
        public var peopleAndMoneyRefused: PlanFileError?
    }
}

public enum SeedingRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    case noPlan

    public var description: String {
        switch self {
        case .noPlan: "the database holds no plan yet: load the plan file first (stip seed PLAN.yaml)"
        }
    }
}
