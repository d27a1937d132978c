/// The yearly evaluation of the collaboration (ch. 5, Samenwerking: *jaarlijks evalueren
/// samenwerking Rijk en regio en waar nodig bijsturen, afschakelen of juist formaliseren*): every
/// member of a body or team scores the four Rs of 4.5 and their own team or body, 1 to 5.
public struct Evaluation: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var year: Int
    public var name: String
    /// `yyyy-mm-dd`, inclusive.
    public var opensOn: String
    public var closesOn: String
    public var openedBy: String
    public var openedAt: String

    public init(id: String, year: Int, name: String, opensOn: String, closesOn: String, openedBy: String, openedAt: String) {
        self.id = id
        self.year = year
        self.name = name
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.openedBy = openedBy
        self.openedAt = openedAt
    }

    public func isOpen(on day: String) -> Bool { opensOn <= day && day <= closesOn }
}

/// What the evaluation asks: *richting, ruimte, rugdekking, rekenschap*, and the respondent's own team or body.
public enum EvaluationQuestion: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable {
    case direction, room, backing, accountability, ownUnit
}

/// A team or a body, as a respondent answers for it and results are grouped by it.
public struct EvaluationUnit: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case team, body }
    public var kind: Kind
    public var id: String

    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }
}

/// One person's answers. Who answered is kept only as a hash that stops a second answer.
public struct EvaluationResponse: Codable, Sendable, Equatable {
    public var evaluation: String
    public var unit: EvaluationUnit
    /// 1…5 per question.
    public var scores: [EvaluationQuestion: Int]
    public var comment: String

    public init(evaluation: String, unit: EvaluationUnit, scores: [EvaluationQuestion: Int], comment: String) {
        self.evaluation = evaluation
        self.unit = unit
        self.scores = scores
        self.comment = comment
    }
}

public enum EvaluationProblem: Error, Sendable, Equatable {
    case missingScore(EvaluationQuestion)
    case scoreOutOfRange(EvaluationQuestion, Int)
    case commentTooLong(Int, maximum: Int)
    case closed
    case alreadyAnswered
    case notYourUnit
    case unknownUnit
    case nameMissing
    case notADate(String)
    case periodReversed
}

extension EvaluationResponse {
    public static let commentLimit = 4_000

    /// Every question scored 1 to 5, the comment within its length.
    public func check() throws(EvaluationProblem) {
        for question in EvaluationQuestion.allCases {
            guard let score = scores[question] else { throw .missingScore(question) }
            guard (1...5).contains(score) else { throw .scoreOutOfRange(question, score) }
        }
        guard comment.count <= Self.commentLimit else { throw .commentTooLong(comment.count, maximum: Self.commentLimit) }
    }
}
