/// The results of an evaluation, kept confidential: a team's or body's own results appear only
/// with at least `minimum` answers, otherwise its answers count in the total alone. The total
/// itself needs the same number of answers, and comments appear only where their group does.
public struct EvaluationResults: Sendable, Equatable {
    public static let minimum = 5

    public struct Summary: Sendable, Equatable {
        public var answers: Int
        /// Mean score per question, 1…5.
        public var means: [EvaluationQuestion: Double]
        public var comments: [String]
    }

    public var evaluation: Evaluation
    public var answers: Int
    /// Nil below the minimum.
    public var total: Summary?
    /// Every unit that answered, with nil where it had fewer answers than the minimum.
    public var units: [(unit: EvaluationUnit, answers: Int, summary: Summary?)]

    public init(_ evaluation: Evaluation, responses: [EvaluationResponse]) {
        self.evaluation = evaluation
        answers = responses.count
        total = Self.summary(responses)
        let grouped = Dictionary(grouping: responses, by: \.unit)
        units = grouped.keys.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }.map { unit in
            let mine = grouped[unit]!
            return (unit, mine.count, Self.summary(mine))
        }
    }

    static func summary(_ responses: [EvaluationResponse]) -> Summary? {
        guard responses.count >= minimum else { return nil }
        var means: [EvaluationQuestion: Double] = [:]
        for question in EvaluationQuestion.allCases {
            let scores = responses.compactMap { $0.scores[question] }
            means[question] = scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
        }
        // Sorted, so their order says nothing about who wrote them when.
        return Summary(answers: responses.count, means: means, comments: responses.map(\.comment).filter { !$0.isEmpty }.sorted())
    }

    public static func == (lhs: EvaluationResults, rhs: EvaluationResults) -> Bool {
        lhs.evaluation == rhs.evaluation && lhs.answers == rhs.answers && lhs.total == rhs.total
            && lhs.units.map(\.unit) == rhs.units.map(\.unit) && lhs.units.map(\.answers) == rhs.units.map(\.answers)
            && lhs.units.map(\.summary) == rhs.units.map(\.summary)
    }
}
