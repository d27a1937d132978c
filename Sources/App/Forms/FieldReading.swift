import Core
import Foundation

/// The problems of a form, by field name, in the person's language.
typealias FormProblems = [String: String]

/// What a form's fields came to: the value they describe, or what is wrong with them.
enum FormOutcome<Value> {
    case value(Value)
    case problems(FormProblems)
}

/// Reading a typed value of one field into what it means, or its problem in the person's
/// language: the money forms and the targets' measurement forms share these.
enum FieldReading {
    static func optional(_ text: String?) -> String? {
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }

    static func year(_ text: String?, field: String, into problems: inout FormProblems, _ l: Localizer) -> Int? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        guard let year = Int(text), (2000...2100).contains(year) else { problems[field] = l(.money(.notAYear(text))); return nil }
        return year
    }

    static func choice(_ text: String?, in allowed: [String], field: String, into problems: inout FormProblems, _ l: Localizer) -> String? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        guard allowed.contains(text) else { problems[field] = l(.editing(.problem(.unknownChoice(text)))); return nil }
        return text
    }

    static func money(_ text: String?, field: String, allowNegative: Bool = false, into problems: inout FormProblems, _ l: Localizer) -> Money? {
        do {
            return try Money(parsing: l.language.dutchNotation(text ?? ""), allowNegative: allowNegative)
        } catch {
            problems[field] = l(.money(.moneyProblem(error)))
            return nil
        }
    }

    static func month(_ text: String?, field: String, into problems: inout FormProblems, _ l: Localizer) -> YearMonth? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        guard let month = YearMonth(text) else { problems[field] = l(.money(.notAMonth(text))); return nil }
        return month
    }

    static func date(_ text: String?, field: String, into problems: inout FormProblems, _ l: Localizer) -> String? {
        guard let text = optional(text) else { problems[field] = l(.editing(.problem(.required))); return nil }
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil,
              (1...12).contains(month), (1...31).contains(day), parts[1].count == 2, parts[2].count == 2 else {
            problems[field] = l(.editing(.problem(.notADate(text))))
            return nil
        }
        return text
    }
}
