import Foundation

/// Weights per well-being theme from a CSV of `theme,weight`, as an analyst sets them for
/// `stip monitor index --weights`. A theme not named weighs 1.
public enum ThemeWeights {
    public static func read(path: String) throws(MonitorFileError) -> [String: Double] {
        let table = try CSVTable(path: path)
        let theme = try table.column("theme"), weight = try table.column("weight")
        var weights: [String: Double] = [:]
        for row in table.rows {
            let id = row.fields[theme].trimmingCharacters(in: .whitespaces)
            guard Theme(rawValue: id) != nil else {
                throw MonitorFileError(file: path, line: row.line, column: "theme",
                                       message: "'\(id)' is not one of \(Theme.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let value = try table.number(row, weight, allowEmpty: false), value > 0 else {
                throw MonitorFileError(file: path, line: row.line, column: "weight", message: "a weight must be above 0")
            }
            weights[id] = value
        }
        return weights
    }
}
