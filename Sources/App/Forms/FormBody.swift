import Core
import Foundation
import Vapor

/// A form as the browser posts it (`application/x-www-form-urlencoded`): every value of every
/// name, so a group of checkboxes arrives whole. The one reader of every form's body.
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

    init(_ request: Request) {
        self.init(request.body.string ?? "")
    }

    subscript(name: String) -> String? { values[name]?.last }

    /// The version the form was drawn from, which a save must still find (0 when absent).
    var version: Int { self["version"].flatMap { Int($0) } ?? 0 }

    /// Each field's value: present, empty when the browser sent nothing for it (an unticked
    /// box, no choice ticked); a group of boxes one ticked value a line, any other field the last sent.
    func values(of fields: [FormInput]) -> [String: String] {
        Dictionary(fields.map { field in
            let sent = values[field.name] ?? []
            guard case .checkboxes = field.kind else { return (field.name, sent.last ?? "") }
            return (field.name, sent.joined(separator: "\n"))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The fields of a register record, so a form always sends the whole record.
    func fieldValues(for fields: [FormField]) -> FieldValues {
        FieldValues(uniqueKeysWithValues: fields.map { field in
            (field.name, (values[field.name.rawValue] ?? []).joined(separator: "\n"))
        })
    }
}
