import Foundation

/// The named regions of a NOVI-gebied, read from `Seeds/monitor/regions.csv`: one row per
/// municipality per period, with the columns
/// `region,name_nl,name_en,year_from,year_to,municipality_code` (an empty `year_to` means
/// "until further notice"; further columns, such as a municipality name for people reading
/// the file, are ignored).
public struct RegionCatalogue: Sendable {
    public var definitions: [RegionDefinition]

    public init(definitions: [RegionDefinition]) {
        self.definitions = definitions
    }

    public func definition(_ id: String) throws(AreaError) -> RegionDefinition {
        guard let found = definitions.first(where: { $0.id == id }) else {
            throw .unknownRegion(id: id, known: definitions.map(\.id))
        }
        return found
    }

    public static func read(_ url: URL) throws(MonitorFileError) -> RegionCatalogue {
        try RegionCatalogue(table: CSVTable(path: url.path))
    }

    public static func parse(_ text: String, file: String) throws(MonitorFileError) -> RegionCatalogue {
        try RegionCatalogue(table: CSVTable(text: text, file: file))
    }

    private init(table: CSVTable) throws(MonitorFileError) {
        let file = table.file
        let idColumn = try table.column("region"), nlColumn = try table.column("name_nl"), enColumn = try table.column("name_en")
        let fromColumn = try table.column("year_from"), toColumn = try table.column("year_to")
        let codeColumn = try table.column("municipality_code")

        struct Draft { var nameNL: String; var nameEN: String; var line: Int; var periods: [ClosedRange<Int>: (line: Int, codes: [AreaCode: Int])] }
        var drafts: [String: Draft] = [:]
        var order: [String] = []
        func field(_ row: CSVTable.Row, _ column: Int) -> String { row.fields[column].trimmingCharacters(in: .whitespaces) }
        func year(_ row: CSVTable.Row, _ column: Int) throws(MonitorFileError) -> Int? {
            let text = field(row, column)
            if text.isEmpty { return nil }
            guard let value = Int(text), (1800...2999).contains(value) else {
                throw MonitorFileError(file: file, line: row.line, column: table.header[column], message: "'\(text)' is not a year")
            }
            return value
        }

        for row in table.rows {
            let id = field(row, idColumn)
            guard !id.isEmpty else { throw MonitorFileError(file: file, line: row.line, column: "region", message: "is empty") }
            guard let from = try year(row, fromColumn) else {
                throw MonitorFileError(file: file, line: row.line, column: "year_from", message: "is empty")
            }
            let to = try year(row, toColumn) ?? Int.max
            guard from <= to else {
                throw MonitorFileError(file: file, line: row.line, column: "year_to", message: "\(to) comes before year_from \(from)")
            }
            let text = field(row, codeColumn)
            guard let code = AreaCode(text), code.level == .municipality else {
                throw MonitorFileError(file: file, line: row.line, column: "municipality_code",
                                       message: "'\(text)' is not a municipality code such as GM0935")
            }
            let (nameNL, nameEN) = (field(row, nlColumn), field(row, enColumn))
            var draft = drafts[id] ?? Draft(nameNL: nameNL, nameEN: nameEN, line: row.line, periods: [:])
            if drafts[id] == nil { order.append(id) }
            guard draft.nameNL == nameNL, draft.nameEN == nameEN else {
                throw MonitorFileError(file: file, line: row.line, column: draft.nameNL == nameNL ? "name_en" : "name_nl",
                                       message: "differs from the name of '\(id)' on line \(draft.line)")
            }
            let years = from...to
            if let overlapping = draft.periods.first(where: { $0.key != years && $0.key.overlaps(years) }) {
                throw MonitorFileError(file: file, line: row.line, column: "year_from",
                                       message: "the period \(from)–\(to == Int.max ? "" : String(to)) of '\(id)' overlaps the period starting on line \(overlapping.value.line)")
            }
            var period = draft.periods[years] ?? (line: row.line, codes: [:])
            if let earlier = period.codes.updateValue(row.line, forKey: code) {
                throw MonitorFileError(file: file, line: row.line, column: "municipality_code",
                                       message: "\(code) is already listed for this period of '\(id)' on line \(earlier)")
            }
            draft.periods[years] = period
            drafts[id] = draft
        }
        definitions = order.map { id in
            let draft = drafts[id]!
            return RegionDefinition(id: id, nameNL: draft.nameNL, nameEN: draft.nameEN,
                                    periods: draft.periods.map { .init(years: $0.key, municipalities: Set($0.value.codes.keys)) })
        }
    }
}
