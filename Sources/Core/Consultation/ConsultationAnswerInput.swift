/// What someone typed into the answer form, checked before it is kept: something said, a known
/// place in the plan, texts within their limits, and for the public a name and an e-mail address.
public struct ConsultationAnswerInput: Sendable, Equatable {
    public var about: String
    public var enthusiastic: String
    public var differently: String
    public var participation: String
    public var contributions: [String]
    public var how: String

    public init(about: String, enthusiastic: String, differently: String, participation: String, contributions: [String], how: String) {
        self.about = about
        self.enthusiastic = enthusiastic
        self.differently = differently
        self.participation = participation
        self.contributions = contributions
        self.how = how
    }

    public static let textLimit = 4_000
    public static let nameLimit = 120

    public enum Problem: Error, Sendable, Equatable {
        case unknownPlace(String), nothingSaid, tooLong(field: String, limit: Int), unknownChoice(field: String, String)
        case nameMissing, emailInvalid, organisationNotInvited
        /// A disposition's change that leads nowhere (`section:9.9`, `actions:gone`, `elsewhere`).
        case unknownChange(String)
    }

    /// The problems by field name; none when the input can be kept.
    public func problems(in document: PlanDocument) -> [String: Problem] {
        var problems: [String: Problem] = [:]
        if document.section(about) == nil && document.block(about) == nil { problems["about"] = .unknownPlace(about) }
        for (field, text) in [("enthusiastic", enthusiastic), ("differently", differently), ("how", how)] where text.count > Self.textLimit {
            problems[field] = .tooLong(field: field, limit: Self.textLimit)
        }
        if !participation.isEmpty, ConsultationAnswer.Participation(rawValue: participation) == nil {
            problems["participation"] = .unknownChoice(field: "participation", participation)
        }
        if let unknown = contributions.first(where: { ConsultationAnswer.Contribution(rawValue: $0) == nil }) {
            problems["contributions"] = .unknownChoice(field: "contributions", unknown)
        }
        let said = [enthusiastic, differently].contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } || !participation.isEmpty
        if !said { problems["enthusiastic"] = .nothingSaid }
        return problems
    }

    /// A plausible address: one `@`, something before it, a dot after it, no spaces.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !text.contains(where: \.isWhitespace), text.count <= 254 else { return false }
        return true
    }
}
