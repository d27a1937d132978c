import Core
import Foundation

/// A form as the browser posts it (`application/x-www-form-urlencoded`): every value of every
/// name, so a group of checkboxes arrives whole.
struct FormBody {
    private(set) var values: [String: [String]] = [:]

    init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String {
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            values[decoded(parts[0]), default: []].append(parts.count > 1 ? decoded(parts[1]) : "")
        }
    }

    subscript(name: String) -> String? { values[name]?.last }

    /// The fields of a form: each one present, empty when the browser sent nothing for it
    /// (an unticked box, no choice ticked), so a form always sends the whole record.
    func fieldValues(for fields: [FormField]) -> FieldValues {
        FieldValues(uniqueKeysWithValues: fields.map { field in
            let sent = values[field.name.rawValue] ?? []
            return (field.name, sent.joined(separator: "\n"))
        })
    }
}
