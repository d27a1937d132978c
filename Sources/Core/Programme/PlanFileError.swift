/// Why a plan file was refused: each problem with the place it is at, for a person to fix.
public struct PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// 1-based; nil when the problem has no single place (an unreadable file).
        public var line: Int?
        public var column: Int?
        /// The field at fault, as a path: `actionLines[2].actions[4].period`.
        public var field: String
        public var message: String

        public init(line: Int?, column: Int?, field: String, message: String) {
            self.line = line
            self.column = column
            self.field = field
            self.message = message
        }

        public var description: String {
            let place = [line.map { "line \($0)" }, column.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
            let at = field.isEmpty ? "" : "\(field): "
            return place.isEmpty ? "\(at)\(message)" : "\(place): \(at)\(message)"
        }
    }

    public var file: String
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        let lines = problems.map { problem in
            let place = [problem.line.map(String.init), problem.column.map(String.init)].compactMap { $0 }
            let prefix = ([file] + place).joined(separator: ":")
            return "\(prefix): \(problem.field.isEmpty ? "" : "\(problem.field): ")\(problem.message)"
        }
        let header = problems.count == 1
            ? "The plan file \(file) has a problem; nothing was loaded."
            : "The plan file \(file) has \(problems.count) problems; nothing was loaded."
        return ([header] + lines).joined(separator: "\n")
    }
}
