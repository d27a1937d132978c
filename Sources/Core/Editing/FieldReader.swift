import Foundation

/// Reads typed values out of a form's text, collecting a problem per field instead of
/// stopping at the first, so a person sees everything to fix at once.
struct FieldReader {
    let values: FieldValues
    private(set) var problems: FieldProblems = [:]

    init(_ values: FieldValues) { self.values = values }

    mutating func report(_ field: FieldName, _ problem: FieldProblem) {
        if problems[field] == nil { problems[field] = problem }
    }

    /// Trimmed text, or nil when empty.
    mutating func text(_ field: FieldName, required: Bool = false) -> String? {
        let text = values[field]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if text.isEmpty {
            if required { report(field, .required) }
            return nil
        }
        return text
    }

    mutating func integer(_ field: FieldName, required: Bool = false, allowed: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let text = text(field, required: required) else { return nil }
        guard let number = Int(text) else { report(field, .notANumber(text)); return nil }
        guard allowed.contains(number) else { report(field, .outOfRange(text, allowed: allowed)); return nil }
        return number
    }

    /// A number as Dutch and English alike write it: `2,5`, `2.5`, `250000`.
    mutating func decimal(_ field: FieldName) -> Double? {
        guard let text = text(field) else { return nil }
        guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
            report(field, .notANumber(text))
            return nil
        }
        return number
    }

    mutating func date(_ field: FieldName, required: Bool = false) -> String? {
        guard let text = text(field, required: required) else { return nil }
        guard ISODate.isValid(text) else { report(field, .notADate(text)); return nil }
        return text
    }

    func flag(_ field: FieldName) -> Bool {
        ["on", "true", "1", "ja", "yes"].contains(values[field]?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
    }

    func lines(_ field: FieldName) -> [String] {
        (values[field] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    mutating func choice<Value: RawRepresentable<String>>(_ field: FieldName, _ type: Value.Type, required: Bool = false) -> Value? {
        guard let text = text(field, required: required) else { return nil }
        guard let value = Value(rawValue: text) else { report(field, .unknownChoice(text)); return nil }
        return value
    }

    /// The id of another record, which must exist.
    mutating func reference(_ field: FieldName, among known: some Sequence<String>, required: Bool = false) -> String? {
        guard let id = text(field, required: required) else { return nil }
        guard known.contains(id) else { report(field, .unknownReference(id)); return nil }
        return id
    }

    mutating func references(_ field: FieldName, among known: some Sequence<String>) -> [String] {
        let ids = lines(field)
        let known = Set(known)
        if let unknown = ids.first(where: { !known.contains($0) }) { report(field, .unknownReference(unknown)) }
        return ids.filter(known.contains)
    }

    /// The id for a record: the one typed, when free and well formed, or one made from its name.
    mutating func newID(fromName name: String?, taken: some Sequence<String>, fallback: String) -> String {
        let taken = Set(taken)
        if let typed = text(.id) {
            if !Slug.isValid(typed) { report(.id, .notAnID(typed)) } else if taken.contains(typed) { report(.id, .idTaken(typed)) }
            return typed
        }
        return Slug.make(from: name ?? "", taken: taken, fallback: fallback)
    }
}

extension FieldValues {
    /// Builds values from what a record holds, leaving out what is empty.
    init(_ pairs: [(FieldName, String?)]) {
        self.init(uniqueKeysWithValues: pairs.compactMap { name, value in value.map { (name, $0) } })
    }
}

extension Array where Element == String {
    var asLines: String { joined(separator: "\n") }
}
