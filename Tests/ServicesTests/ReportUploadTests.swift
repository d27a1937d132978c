import Core
import Services
import StipTestSupport
import Storage
import Testing

/// A line report's actions through a spreadsheet: the template is the report as it stands and
/// reads back unchanged; a file with any wrong row is refused whole, every problem named by file,
/// line and column, and nothing is saved.
@Suite struct ReportUploadTests {
    let register = SeedPlan.register
    let round = ReportingRound(id: "r", name: "R", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2021-07-15", openedBy: "", openedAt: "")

    var report: LineReport {
        var report = LineReport.start(round: round, line: register.actionLine("groene-long")!, in: register)
        report.actions[0].account = "-5 % op de begroting, \"zo\" gezegd"
        report.actions[0].evidence = ["https://example.org/a", "/acties/groene-long-k01"]
        return report
    }

    var titles: [String: String] { register.actionTitles }

    @Test func theTemplateReadsBackAsTheReportStands() throws {
        let template = ReportUpload.template(report, titles: titles)
        #expect(template.hasPrefix("actie,titel,stand,signaal,toelichting,onderbouwing,volgende stap\r\n"))
        let input = try ReportUpload.read(template, file: "sjabloon.csv", into: report).get()
        let applied = try input.applied(to: report).get()
        #expect(applied == report, "nothing changes by a round trip, the formula guard's apostrophe included")
    }

    @Test func aFileWithWrongRowsIsRefusedWholeWithEachPlace() throws {
        let first = report.actions[0].action, second = report.actions[1].action
        let file = """
            actie,stand,signaal,toelichting,onderbouwing,volgende stap
            \(first),afgerond,op koers,Klaar,,Vieren
            \(second),klaar,risico,,javascript:alert(1),
            onbekend,lopend,aandacht,,,
            \(first),lopend,aandacht,,,
            """
        guard case let .failure(refusal) = ReportUpload.read(file, file: "groene-long.csv", into: report) else {
            Issue.record("a file with wrong rows was read")
            return
        }
        let places = refusal.problems.map { "\($0.file):\($0.line ?? 0):\($0.column ?? "")" }
        #expect(places == ["groene-long.csv:3:stand", "groene-long.csv:3:onderbouwing", "groene-long.csv:4:actie", "groene-long.csv:5:actie"])
        #expect(refusal.problems[0].kind == .unknownStatus("klaar", allowed: ["afgerond", "gepland", "lopend", "vervallen"]))
        guard case let .failure(header) = ReportUpload.read("actie,stand\n\(first),lopend\n", file: "kort.csv", into: report) else {
            Issue.record("a file without its columns was read")
            return
        }
        #expect(header.problems.first?.kind == .headerLacks(["signaal", "toelichting", "onderbouwing", "volgende stap"]))
    }

    @Test(arguments: ScratchDatabase.available)
    func anUploadIsSavedAsAConceptOrNotAtAll(database: ScratchDatabase) async throws {
        try await database.with { db in
            let store = RegisterStore(database: db)
            try await store.load(SeedPlan.register, replacing: false)
            let reporting = Reporting(store: ReportStore(beside: store), register: store, headline: nil)
            let regie = Account(id: "r", email: "r@zl.nl", role: .steeringGroup)
            let captain = Account(id: "c", email: "c@zl.nl", role: .captain, teams: ["team-groene-long"])
            let opened = try await reporting.open(name: "Voortgang", periodStart: "2021-01-01", periodEnd: "2021-06-30", dueOn: "2021-07-15", by: regie)
            let start = try await reporting.report(round: opened, line: "groene-long")
            let first = start.actions[0].action
            let trail = AuditTrail(database: db), length = try await trail.length()
            await #expect(throws: ReportUploadProblems.self) {
                try await reporting.upload("actie,stand,signaal,toelichting,onderbouwing,volgende stap\n\(first),klaar,risico,,,\n",
                                           file: "x.csv", round: opened.id, line: "groene-long", version: 0, by: captain)
            }
            let nothing = try await ReportStore(beside: store).report(round: opened.id, line: "groene-long")
            #expect(nothing == nil)
            #expect(try await trail.length() == length)
            let saved = try await reporting.upload("actie,stand,signaal,toelichting,onderbouwing,volgende stap\n\(first),afgerond,op koers,Klaar,,\n",
                                                   file: "x.csv", round: opened.id, line: "groene-long", version: 0, by: captain)
            #expect(saved.state == .draft && saved.actions[0].status == .done && saved.actions[0].account == "Klaar")
            #expect(saved.actions.dropFirst().allSatisfy { $0.status == .planned || $0.status == .running }, "actions without a row keep what they had")
        }
    }
}
