import Foundation

/// Maps area codes of one year's division to another's: mergers (many codes to one) and
/// code changes, from a list of `CodeChange`s such as `Seeds/monitor/area-crosswalk.csv`.
/// A code without a change is taken to carry over unchanged; give the target year's
/// hierarchy to catch codes that did not (CBS redraws neighbourhoods without notice here).
public struct CodeCrosswalk: Sendable {
    public let changes: [CodeChange]
    /// Per year of a new division: each old code and its new code.
    private let forward: [Int: [AreaCode: AreaCode]]
    /// Per year of a new division: each new code and the old codes it was formed from.
    private let backward: [Int: [AreaCode: [AreaCode]]]
    private let years: [Int]

    public init(changes: [CodeChange]) throws(AreaError) {
        var forward: [Int: [AreaCode: AreaCode]] = [:]
        var backward: [Int: [AreaCode: [AreaCode]]] = [:]
        for change in changes {
            guard change.from.level == change.to.level else {
                throw .crosswalkLevelMismatch(from: change.from, to: change.to, year: change.year)
            }
            if let other = forward[change.year]?[change.from], other != change.to {
                throw .crosswalkConflict(code: change.from, year: change.year, targets: [other, change.to].sorted())
            }
            if forward[change.year, default: [:]].updateValue(change.to, forKey: change.from) == nil {
                backward[change.year, default: [:]][change.to, default: []].append(change.from)
            }
        }
        self.changes = changes
        self.forward = forward
        self.backward = backward.mapValues { $0.mapValues { $0.sorted() } }
        years = forward.keys.sorted()
    }

    /// Reads a crosswalk file with the columns `year,from_code,to_code` (`year` is the first
    /// year of the new division; further columns such as names are for people and ignored).
    public static func read(_ url: URL) throws(MonitorFileError) -> CodeCrosswalk {
        try parse(CSVTable(path: url.path))
    }

    public static func parse(_ text: String, file: String) throws(MonitorFileError) -> CodeCrosswalk {
        try parse(CSVTable(text: text, file: file))
    }

    private static func parse(_ table: CSVTable) throws(MonitorFileError) -> CodeCrosswalk {
        let yearColumn = try table.column("year"), fromColumn = try table.column("from_code"), toColumn = try table.column("to_code")
        var changes: [CodeChange] = []
        var lines: [CodeChange: Int] = [:]
        for row in table.rows {
            let yearText = row.fields[yearColumn].trimmingCharacters(in: .whitespaces)
            guard let year = Int(yearText), (1800...2999).contains(year) else {
                throw MonitorFileError(file: table.file, line: row.line, column: "year", message: "'\(yearText)' is not a year")
            }
            var codes: [AreaCode] = []
            for column in [fromColumn, toColumn] {
                let text = row.fields[column]
                guard let code = AreaCode(text) else {
                    throw MonitorFileError(file: table.file, line: row.line, column: table.header[column],
                                           message: "'\(text)' is not a CBS area code such as GM1954")
                }
                codes.append(code)
            }
            let change = CodeChange(year: year, from: codes[0], to: codes[1])
            if let earlier = lines.updateValue(row.line, forKey: change) {
                throw MonitorFileError(file: table.file, line: row.line, message: "repeats line \(earlier)")
            }
            changes.append(change)
        }
        do {
            return try CodeCrosswalk(changes: changes)
        } catch {
            let line = changes.firstIndex { $0.from == codeOf(error) }.map { table.rows[$0].line }
            throw MonitorFileError(file: table.file, line: line, message: error.description)
        }
    }

    private static func codeOf(_ error: AreaError) -> AreaCode? {
        switch error {
        case let .crosswalkLevelMismatch(from, _, _): from
        case let .crosswalkConflict(code, _, _): code
        default: nil
        }
    }

    /// Translates codes of `fromYear` to the division of `toYear`, in either direction.
    public func translate(_ codes: some Sequence<AreaCode>, from fromYear: Int, to toYear: Int,
                          checkedAgainst division: AreaHierarchy? = nil) -> CrosswalkTranslation {
        let given = Set(codes)
        var result = CrosswalkTranslation(fromYear: fromYear, toYear: toYear, mapping: [:], merged: [:], missingParts: [:], unmatched: [:])
        for code in given {
            switch walk(code, from: fromYear, to: toYear) {
            case let .reached(target):
                if let division, !division.contains(target) {
                    result.unmatched[code] = .notInDivision(target, year: toYear)
                } else {
                    result.mapping[code] = target
                }
            case let .stopped(reason):
                result.unmatched[code] = reason
            }
        }
        guard fromYear < toYear else { return result }
        let sourcesByTarget = Dictionary(grouping: result.mapping.keys, by: { result.mapping[$0]! })
        for (target, sources) in sourcesByTarget {
            let parts = parts(of: target, from: fromYear, to: toYear)
            if sources.count > 1 || (parts.count > 1 && sources != [target]) { result.merged[target] = sources.sorted() }
            let missing = parts.subtracting(given)
            if parts.count > 1, !missing.isEmpty { result.missingParts[target] = missing.sorted() }
        }
        return result
    }

    /// Translates the codes of observations of one year; observations of several years are refused.
    public func translate(_ observations: some Sequence<Observation>, to toYear: Int,
                          checkedAgainst division: AreaHierarchy? = nil) throws(AreaError) -> CrosswalkTranslation {
        let years = Set(observations.map(\.year))
        guard years.count <= 1 else { throw .mixedYears(years.sorted()) }
        let fromYear = years.first ?? toYear
        return translate(observations.map(\.area), from: fromYear, to: toYear, checkedAgainst: division)
    }

    private enum Walk {
        case reached(AreaCode)
        case stopped(CrosswalkTranslation.Unmatched)
    }

    /// The code `code` of `fromYear` has in `toYear`, or why it has none.
    private func walk(_ code: AreaCode, from fromYear: Int, to toYear: Int) -> Walk {
        var current = code
        if fromYear <= toYear {
            for year in years where year > fromYear && year <= toYear {
                guard let changes = forward[year] else { continue }
                if let next = changes[current] {
                    current = next
                } else if current.level > .municipality, let municipality = current.municipality,
                          let next = changes[municipality], next != municipality {
                    return .stopped(.municipalityChanged(municipality: municipality, to: next, year: year))
                }
            }
        } else {
            for year in years.reversed() where year <= fromYear && year > toYear {
                guard let sources = backward[year]?[current] else {
                    if current.level > .municipality, let municipality = current.municipality,
                       let sources = backward[year]?[municipality], sources != [municipality] {
                        return .stopped(.municipalityChanged(municipality: municipality, to: sources.count == 1 ? sources[0] : municipality, year: year))
                    }
                    continue
                }
                guard sources.count == 1 else { return .stopped(.split(into: sources, year: year)) }
                current = sources[0]
            }
        }
        return .reached(current)
    }

    /// The codes of `fromYear` that together became `target` by `toYear`, as far as the crosswalk knows.
    private func parts(of target: AreaCode, from fromYear: Int, to toYear: Int) -> Set<AreaCode> {
        let interval = years.filter { $0 > fromYear && $0 <= toYear }
        // Codes first given out inside the interval did not exist in `fromYear`.
        let created = Set(interval.flatMap { year in
            let changes = forward[year] ?? [:]
            return changes.values.filter { changes[$0] == nil }
        })
        var parts: Set<AreaCode> = []
        for year in interval {
            for from in (forward[year] ?? [:]).keys where !created.contains(from) {
                if case .reached(target) = walk(from, from: fromYear, to: toYear) { parts.insert(from) }
            }
        }
        return parts.isEmpty ? [target] : parts
    }
}
