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
            let at = field.isEmpty ? "" : "\(PlanFileError.oneLine(field)): "
            return place.isEmpty ? "\(at)\(PlanFileError.oneLine(message))" : "\(place): \(at)\(PlanFileError.oneLine(message))"
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
            return "\(prefix): \(problem.field.isEmpty ? "" : "\(Self.oneLine(problem.field)): ")\(Self.oneLine(problem.message))"
        }
        let header = problems.count == 1
            ? "The plan file \(file) has a problem; nothing was loaded."
            : "The plan file \(file) has \(problems.count) problems; nothing was loaded."
        return ([header] + lines).joined(separator: "\n")
    }

    /// One problem, one line: a value quoted in a message (a key, a multi-line string) may hold
    /// line breaks, shown as `\n`.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
