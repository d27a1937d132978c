@testable import App
import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing
import VaporTesting

/// Every figure of a Voortgangsrapportage equals the same figure worked out from the public API
/// on the same day: actions and their status and lateness, the progress of each line, ambition
/// and challenge, the targets' status, the budget and the capacity. The round ends today, so the
/// API's "now" is the report's day. The teams' texts and escalations come from the round's
/// line reports in the API, as saved. (The half-yearly capacity reviews have no API yet.)
@Suite struct ProgressReportAPITests {
    func json(_ app: Application, _ path: String) async throws -> Any {
        let response = try await app.get(path)
        #expect(response.status == .ok, "\(path)")
        return try JSONSerialization.jsonObject(with: Data(response.body.string.utf8))
    }

    func items(_ value: Any) -> [[String: Any]] { ((value as? [String: Any])?["items"] as? [[String: Any]]) ?? [] }

    @Test func everyFigureEqualsTheAPIsOnTheSameDay() async throws {
        try await withStipMoney { app, accounts in
            let db = try #require(app.storage[TestDatabaseKey.self])
            let register = RegisterStore(database: db)
            let regie = accounts[.steeringGroup]!
            // Some actions move, so the counts are not all zero.
            let editing = RegisterEditing(store: register)
            for (id, status) in [("groene-long-k01", "done"), ("samenwerking-k01", "done"), ("samenwerking-k02", "cancelled"), ("groene-long-k02", "running")] {
                let current = try #require(try await register.current())
                _ = try await editing.apply(RegisterChange(.actions, .update(id: id, values: [.status: status],
                                                                              version: current.version(of: EntityReference(.actions, id)))), by: regie)
            }
            let today = Today.amsterdam()
            let reporting = Reporting(store: ReportStore(beside: register), register: register, headline: nil)
            let round = try await reporting.open(name: "Tot vandaag", periodStart: "2021-01-01", periodEnd: today, dueOn: today, by: regie)
            // One line reports, asks the administrators for backing and gets an answer; the texts come back through the API.
            let written = try await reporting.save(
                LineReportInput(actions: [], summary: "Bossenstrategie loopt", wentWell: "Samenwerking met het waterschap", stuck: "Grondposities",
                                escalation: "Rugdekking voor de grondaankoop"),
                round: round.id, line: "groene-long", version: 0, submit: true, by: regie)
            _ = try await reporting.answer(round: round.id, line: "groene-long", version: written.version, text: "Het BKO steunt.", by: regie)
            let report = try await reporting.compose(round)

            let actions = items(try await json(app, "/api/v1/actions"))
            let lines = items(try await json(app, "/api/v1/action-lines"))
            let ambitions = items(try await json(app, "/api/v1/ambitions"))
            let periods = items(try await json(app, "/api/v1/periods"))
            let budget = ((try await json(app, "/api/v1/budget")) as? [String: Any])?["years"] as? [[String: Any]] ?? []
            let capacity = ((try await json(app, "/api/v1/capacity")) as? [String: Any])?["years"] as? [[String: Any]] ?? []
            let token = try await APIContractTests.token(app)
            let lineReportsResponse = try await app.get("/api/v1/rounds/\(round.id)/line-reports", bearer: token)
            let lineReports = items(try JSONSerialization.jsonObject(with: Data(lineReportsResponse.body.string.utf8)))
            func lineReport(_ line: String) -> [String: Any]? { lineReports.first { $0["line"] as? String == line } }

            let span = { (text: String) in YearMonth(text)! }
            let shortTermEnd = periods.compactMap { $0["end"] as? String }.map(span).max()!
            let month = YearMonth(String(today.prefix(7)))!
            func lastMonth(_ action: [String: Any]) -> YearMonth? {
                if let period = action["period"] as? String, let found = periods.first(where: { $0["id"] as? String == period }) { return span(found["end"] as! String) }
                if let year = action["year"] as? Int { return YearMonth(year: year, month: 12) }
                return action["term"] as? String == "short" ? shortTermEnd : nil
            }
            func isLate(_ action: [String: Any]) -> Bool {
                ["planned", "running"].contains(action["status"] as? String ?? "") && (lastMonth(action).map { $0 < month } ?? false)
            }
            func counts(_ chosen: [[String: Any]]) -> [ReportFact.Kind: String] {
                let statuses = chosen.map { $0["status"] as? String ?? "" }
                return [.done: String(statuses.filter { $0 == "done" }.count), .counted: String(statuses.filter { $0 != "cancelled" }.count),
                        .dropped: String(statuses.filter { $0 == "cancelled" }.count), .late: String(chosen.filter(isLate).count)]
            }
            func lineIDs(ofAmbition id: String) -> [String] { lines.filter { $0["ambition"] as? String == id }.compactMap { $0["id"] as? String } }

            var compared = 0, skipped: Set<ReportFact.Kind> = []
            for fact in report.facts {
                let parts = fact.id.split(separator: ".").map(String.init)
                let api: String?
                switch fact.kind {
                case .actionStatus, .actionTitle, .actionLate:
                    let action = actions.first { $0["id"] as? String == parts[1] }
                    api = fact.kind == .actionStatus ? action?["status"] as? String : fact.kind == .actionTitle ? action?["title"] as? String
                        : action.map { isLate($0) ? "true" : "false" }
                case .done, .counted, .dropped, .late:
                    let chosenLines: [String] = switch parts[0] {
                    case "line": [parts[1]]
                    case "ambition": lineIDs(ofAmbition: parts[1])
                    default: ambitions.filter { $0["challenge"] as? String == parts[1] }.compactMap { $0["id"] as? String }.flatMap(lineIDs)
                    }
                    api = counts(actions.filter { chosenLines.contains($0["line"] as? String ?? "") })[fact.kind]
                case .targetState:
                    let target = (try await json(app, "/api/v1/targets/\(parts[1])")) as? [String: Any]
                    api = (target?["status"] as? [String: Any])?["state"] as? String
                case .budgeted, .coverage, .spent:
                    let year = budget.first { $0["year"] as? Int == Int(parts[1]) }
                    api = (year?["\(fact.kind.rawValue)Cents"] as? Int).map(String.init)
                case .capacityStated, .capacityComputed:
                    let overall = capacity.first { $0["year"] as? Int == Int(parts[1]) }?["overall"] as? [String: Any]
                    api = ((overall?[fact.kind == .capacityStated ? "stated" : "computed"] as? [String: Any])?["fteThousandths"] as? Int).map(String.init) ?? ""
                case .reportState, .summary, .wentWell, .stuck:
                    // A line without a saved report has empty texts and no state.
                    api = (lineReport(parts[1])?[fact.kind == .reportState ? "state" : fact.kind.rawValue] as? String) ?? ""
                case .escalation:
                    api = lineReport(parts[1])?["escalation"] as? String
                case .answer:
                    api = ((lineReport(parts[1])?["answer"] as? [String: Any])?["text"] as? String) ?? ""
                default:
                    skipped.insert(fact.kind)
                    continue
                }
                compared += 1
                #expect(api == fact.value, "\(fact.id): the report says \(fact.value), the API \(api ?? "nothing")")
            }
            #expect(compared >= 200, "compared \(compared) figures")
            #expect(report.facts.contains { $0.kind == .late && $0.value != "0" }, "some actions are late today")
            #expect(report.facts.contains { $0.kind == .budgeted }, "the budget is in the report")
            #expect(report.facts.contains { $0.kind == .answer && $0.value == "Het BKO steunt." }, "the answered escalation is in the report")
            #expect(skipped.isSubset(of: [.review]), "the half-yearly reviews have no API yet")
        }
    }
}
