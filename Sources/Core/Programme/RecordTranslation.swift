/// A record's title and main text in another language than the one it was written in (Dutch),
/// entered by a person. The record itself never changes; a page in that language shows the
/// translation with the original one click away, and says so when the translation was made by a
/// machine.
public struct RecordTranslation: Codable, Sendable, Equatable {
    /// The languages a record is translated into: the screen languages besides Dutch.
    public static let languages = ["en", "de", "fr"]
    /// The records whose title and text are the plan's own words.
    public static let kinds: [EntityKind] = [.challenges, .ambitions, .actionLines, .actions, .programmes]
    public static let titleLimit = 300
    public static let textLimit = 10_000

    public var record: EntityReference
    public var language: String
    public var title: String
    /// The record's main text (a challenge's focus, an ambition's text, a line's ambition, an
    /// action's details, a programme's description), paragraphs on lines of their own.
    public var text: String
    /// Made by a machine (and perhaps read by a person): the page says so beside it.
    public var machine: Bool
    /// Who entered it, by their public name, and when.
    public var enteredBy: String
    public var enteredAt: String
    /// Raised by every save; a form that started from another revision is refused.
    public var revision: Int

    public init(record: EntityReference, language: String, title: String, text: String, machine: Bool,
                enteredBy: String = "", enteredAt: String = "", revision: Int = 0) {
        self.record = record
        self.language = language
        self.title = title
        self.text = text
        self.machine = machine
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
        self.revision = revision
    }

    /// The id it is kept and audited under: `actions/groene-long-k01/de`.
    public var id: String { "\(record.kind.rawValue)/\(record.id)/\(language)" }

    public var paragraphs: [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// What is wrong with it, by field: a title is needed, and both have a length limit.
    public var problems: FieldProblems {
        var problems: FieldProblems = [:]
        if title.isEmpty { problems[.title] = .required }
        if title.count > Self.titleLimit { problems[.title] = .tooLong(title.count, maximum: Self.titleLimit) }
        if text.count > Self.textLimit { problems[.text] = .tooLong(text.count, maximum: Self.textLimit) }
        return problems
    }
}

extension Register {
    /// The text a translation renders in another language: the record's main text as written.
    public func translatableText(of reference: EntityReference) -> String {
        let id = reference.id
        return switch reference.kind {
        case .challenges: challenge(id)?.focus ?? ""
        case .ambitions: ambition(id)?.text ?? ""
        case .actionLines: actionLine(id)?.ambitionText ?? ""
        case .actions: action(id)?.details.joined(separator: "\n") ?? ""
        case .programmes: programme(id)?.description ?? ""
        default: ""
        }
    }
}
