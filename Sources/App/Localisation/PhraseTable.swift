import Foundation

/// One language's table: a line per phrase, `id(name, …) = text with {name}`, `#` for a comment.
/// A value chooses between two forms: `{count|1 answer|# answers}`, `{late|late|on time}` (`#` is the value as written).
/// A whole number whose name ends in `year` is written as a year (`{year}`: 2021, not 2,021).
enum PhraseTable {
    struct Line: Equatable {
        var names: [String]
        var text: String

        /// The text with the values put in their places.
        func text(with values: [PhraseValue], in language: ScreenLanguage) -> String {
            var result = text
            for (name, value) in zip(names, values) {
                let written: String
                let first: Bool
                switch value {
                case let .text(text):
                    (written, first) = (text, !text.isEmpty)
                case let .count(count):
                    // A year is a name, not an amount: 2021, never 2.021. French says '0 réponse',
                    // like '1 réponse'; the others say one only for 1.
                    let asYear = name.lowercased().hasSuffix("year")
                    (written, first) = (asYear ? String(count) : count.formatted(.number.locale(language.locale)),
                                        language == .french ? abs(count) < 2 : count == 1)
                case let .flag(flag):
                    (written, first) = (flag ? "✓" : "–", flag)
                case let .figure(figure):
                    (written, first) = (figure.formatted(.number.locale(language.locale).precision(.fractionLength(0...2))), figure == 1)
                }
                result = Self.choices(in: result, name: name, first: first, written: written)
                result = result.replacingOccurrences(of: "{\(name)}", with: written)
            }
            return result
        }

        /// `{name|first|other}` -> the first form for a count of one (French: below two), a yes,
        /// or a text that is not empty; the other form otherwise. `#` is the value as written.
        private static func choices(in text: String, name: String, first: Bool, written: String) -> String {
            var result = text
            let opening = "{\(name)|"
            while let start = result.range(of: opening), let end = result.range(of: "}", range: start.upperBound..<result.endIndex) {
                let forms = result[start.upperBound..<end.lowerBound].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let chosen = (first ? forms.first : forms.last) ?? ""
                result.replaceSubrange(start.lowerBound..<end.upperBound, with: chosen.replacingOccurrences(of: "#", with: written))
            }
            return result
        }
    }

    static func parse(_ text: String) -> [String: Line] {
        var lines: [String: Line] = [:]
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), let equals = line.range(of: " = ") else { continue }
            let head = line[..<equals.lowerBound].trimmingCharacters(in: .whitespaces)
            var id = head, names: [String] = []
            if let open = head.firstIndex(of: "("), head.hasSuffix(")") {
                id = String(head[..<open])
                names = head[head.index(after: open)..<head.index(before: head.endIndex)].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            lines[id] = Line(names: names, text: String(line[equals.upperBound...]))
        }
        return lines
    }
}
