/// How an action is doing, in its team's judgement: *op koers, aandacht, risico*.
public enum ProgressSignal: String, Codable, Sendable, CaseIterable {
    case onCourse
    case attention
    case risk
}
