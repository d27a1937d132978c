/// The reviews in date order, answering per activity: what was decided last, and before that.
public struct CapacityReviewHistory: Sendable {
    /// One decision with the review it was taken in.
    public struct Entry: Sendable, Hashable, Codable {
        public var review: String
        public var date: String
        public var body: String
        public var decision: CapacityReview.Decision
    }

    /// Oldest first; reviews on the same day keep the order they were given in.
    public let reviews: [CapacityReview]

    public init(_ reviews: [CapacityReview]) {
        self.reviews = reviews.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// Every decision on the activity, newest first.
    public func history(activity: String) -> [Entry] {
        reviews.reversed().flatMap { review in
            review.decisions.filter { $0.activity == activity }.reversed().map {
                Entry(review: review.id, date: review.date, body: review.body, decision: $0)
            }
        }
    }

    public func latest(activity: String) -> Entry? {
        history(activity: activity).first
    }

    /// The latest decision for every activity any review decided on.
    public var latestByActivity: [String: Entry] {
        var result: [String: Entry] = [:]
        for review in reviews {
            for decision in review.decisions {
                result[decision.activity] = Entry(review: review.id, date: review.date, body: review.body, decision: decision)
            }
        }
        return result
    }
}
