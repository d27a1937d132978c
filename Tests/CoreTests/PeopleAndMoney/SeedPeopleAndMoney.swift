import Core
import Foundation

/// The shipped people-and-money file, read once per test process against the shipped plan file.
enum SeedPeopleAndMoney {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = root.appendingPathComponent("Seeds/zuid-limburg-middelen-2020-2021.yaml").path
    static let planPath = root.appendingPathComponent("Seeds/zuid-limburg-pva-1.0.yaml").path

    static let data: PeopleAndMoney = {
        do {
            let plan = try PlanFile.load(path: planPath)
            return try PeopleAndMoneyFile.load(path: path, plan: plan)
        } catch {
            fatalError("The shipped people-and-money file does not load:\n\(error)")
        }
    }()
}
