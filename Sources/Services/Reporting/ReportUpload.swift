import Core
import Monitor

/// What is wrong with an uploaded file, and where: the App says it in the person's language.
public struct ReportUploadProblem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Not a CSV file as RFC 4180 has it (the reader's own words).
        case unreadable(String)
        case headerLacks([String])
        case unknownAction(String)
        case duplicateAction(String)
        case unknownStatus(String, allowed: [String])
        case unknownSignal(String, allowed: [String])
        case notALink(String)
    }

    public var file: String
    public var line: Int?
    public var column: String?
    public var kind: Kind
}

public struct ReportUploadProblems: Error, Sendable, Equatable {
    public var problems: [ReportUploadProblem]
}

/// A line report's actions as a CSV file, one row per action, for teams that keep their updates
/// in a spreadsheet: the template Stip gives out is the report as it stands, and an upload is read
/// whole before anything is saved. Any wrong row refuses the whole file, and every problem is named
/// by file, line and column.
public enum ReportUpload {
    public static let columns = ["actie", "titel", "stand", "signaal", "toelichting", "onderbouwing", "volgende stap"]

    /// The file's words for statuses and signals; the raw names are read too.
    static let statuses: [Action.Status: String] = [.planned: "gepland", .running: "lopend", .done: "afgerond", .cancelled: "vervallen"]
    static let signals: [ProgressSignal: String] = [.onCourse: "op koers", .attention: "aandacht", .risk: "risico"]

    /// The template: the report's actions with what the report holds now.
    public static func template(_ report: LineReport, titles: [String: String]) -> String {
        var writer = CSVWriter(header: columns, lineEnd: .crlf)
        for entry in report.actions {
            writer.row([entry.action, titles[entry.action] ?? "", statuses[entry.status] ?? entry.status.rawValue, signals[entry.signal] ?? entry.signal.rawValue,
                        entry.account, entry.evidence.joined(separator: " "), entry.nextStep])
        }
        return writer.text
    }

    /// The report with the file's rows in it, the line's own texts kept; or every problem.
    public static func read(_ text: String, file: String, into report: LineReport) -> Result<LineReportInput, ReportUploadProblems> {
        let table: CSVTable
        do {
            table = try CSVTable(text: text, file: file)
        } catch {
            return .failure(.init(problems: [.init(file: file, line: error.line, column: error.column, kind: .unreadable(error.message))]))
        }
        var problems: [ReportUploadProblem] = []
        let index = Dictionary(table.header.enumerated().map { ($0.element.trimmingCharacters(in: .whitespaces).lowercased(), $0.offset) },
                               uniquingKeysWith: { first, _ in first })
        let missing = columns.filter { $0 != "titel" && index[$0] == nil }
        guard missing.isEmpty else {
            return .failure(.init(problems: [.init(file: file, line: 1, column: nil, kind: .headerLacks(missing))]))
        }
        let known = Set(report.actions.map(\.action))
        var seen: Set<String> = []
        var inputs: [String: LineReportInput.ActionInput] = [:]
        for row in table.rows {
            func value(_ column: String) -> String {
                let field = index[column].flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? ""
                // A cell Stip wrote with the formula guard's apostrophe reads back as typed.
                if field.hasPrefix("'"), let next = field.dropFirst().first, "=+-@\t\r".contains(next) { return String(field.dropFirst()) }
                return field.trimmingCharacters(in: .whitespaces)
            }
            let action = value("actie")
            guard known.contains(action) else {
                problems.append(.init(file: file, line: row.line, column: "actie", kind: .unknownAction(action)))
                continue
            }
            guard seen.insert(action).inserted else {
                problems.append(.init(file: file, line: row.line, column: "actie", kind: .duplicateAction(action)))
                continue
            }
            let status = value("stand").lowercased(), signal = value("signaal").lowercased()
            let statusValue = statuses.first { $0.value == status }?.key.rawValue ?? Action.Status(rawValue: status)?.rawValue
            let signalValue = signals.first { $0.value == signal }?.key.rawValue ?? ProgressSignal(rawValue: signal)?.rawValue
            if statusValue == nil {
                problems.append(.init(file: file, line: row.line, column: "stand", kind: .unknownStatus(status, allowed: statuses.values.sorted())))
            }
            if signalValue == nil {
                problems.append(.init(file: file, line: row.line, column: "signaal", kind: .unknownSignal(signal, allowed: signals.values.sorted())))
            }
            let evidence = value("onderbouwing").split(whereSeparator: { $0.isWhitespace }).map(String.init)
            for link in evidence where !LineReportInput.isLink(link) {
                problems.append(.init(file: file, line: row.line, column: "onderbouwing", kind: .notALink(link)))
            }
            inputs[action] = .init(action: action, status: statusValue ?? "", signal: signalValue ?? "", account: value("toelichting"),
                                   evidence: evidence.joined(separator: "\n"), nextStep: value("volgende stap"))
        }
        guard problems.isEmpty else { return .failure(.init(problems: problems)) }
        // Actions without a row keep what the report holds.
        let actions = report.actions.map { entry in
            inputs[entry.action] ?? .init(action: entry.action, status: entry.status.rawValue, signal: entry.signal.rawValue, account: entry.account,
                                          evidence: entry.evidence.joined(separator: "\n"), nextStep: entry.nextStep)
        }
        return .success(LineReportInput(actions: actions, summary: report.summary, wentWell: report.wentWell, stuck: report.stuck, escalation: report.escalation))
    }
}
