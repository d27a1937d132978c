/// The longest text a field takes, by what it holds: the same for a form and for the API, and
/// declared as `maxLength` in the OpenAPI document. Generous beside the plan's own texts (its
/// longest focus is under 2,000 characters) yet small enough that nobody stores a book by
/// mistake or on purpose.
public enum FieldLength {
    /// An id, or the id of another record (`Slug.maximumLength`).
    public static let identifier = Slug.maximumLength
    /// A name, title, label or short note on one line.
    public static let line = 300
    /// A paragraph or more.
    public static let paragraph = 10_000
    /// One entry of a list (a detail, an alias, a point of added value).
    public static let entry = 1_000
    /// How many entries a list holds.
    public static let entries = 200

    /// The most characters one value of a field of this kind may hold; for a list, each entry.
    public static func maximum(of kind: FieldKind, name: FieldName) -> Int {
        switch kind {
        case .longText: paragraph
        case .lines: entry
        case .choice, .choices: identifier
        case .integer, .decimal, .date, .flag: 40
        case .text: name == .id ? identifier : line
        }
    }

    /// The fields whose value is longer than their kind allows, or a list with too many entries.
    public static func problems(in values: FieldValues, fields: [FormField]) -> FieldProblems {
        var problems = FieldProblems()
        for field in fields {
            guard let value = values[field.name] else { continue }
            let maximum = maximum(of: field.kind, name: field.name)
            switch field.kind {
            case .lines, .choices:
                let entries = value.split(whereSeparator: \.isNewline)
                if entries.count > Self.entries {
                    problems[field.name] = .tooManyEntries(entries.count, maximum: Self.entries)
                } else if let long = entries.first(where: { $0.unicodeScalars.count > maximum }) {
                    problems[field.name] = .tooLong(long.unicodeScalars.count, maximum: maximum)
                }
            default:
                // Counted as JSON Schema's maxLength counts: in code points.
                let length = value.unicodeScalars.count
                if length > maximum { problems[field.name] = .tooLong(length, maximum: maximum) }
            }
        }
        return problems
    }
}
