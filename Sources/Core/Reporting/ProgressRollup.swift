/// How far a part of the programme has come, counted from its actions, as the page writes it:
///
/// *progress = done ÷ (all − dropped)*, every action weighing the same; actions past the last
/// month the plan gives them while still planned or running count as *late*, beside it.
/// An ambition counts the actions of all its lines (so a line weighs by its number of actions)
/// and shows its targets' states beside; a challenge counts those of all its ambitions.
public struct Progress: Sendable, Equatable, Codable {
    public var total = 0
    public var done = 0
    public var running = 0
    public var planned = 0
    public var dropped = 0
    /// Of the planned and running: past their last month.
    public var late = 0

    public init() {}

    /// The actions that count: all but the dropped ones.
    public var counted: Int { total - dropped }

    /// Done as a share of the counted actions, 0…1; nil when nothing counts.
    public var share: Double? { counted > 0 ? Double(done) / Double(counted) : nil }

    static func + (lhs: Progress, rhs: Progress) -> Progress {
        var sum = lhs
        sum.total += rhs.total
        sum.done += rhs.done
        sum.running += rhs.running
        sum.planned += rhs.planned
        sum.dropped += rhs.dropped
        sum.late += rhs.late
        return sum
    }
}

public enum ProgressRollup {
    public static func of(_ actions: [Action], at day: String, in register: Register) -> Progress {
        var progress = Progress()
        for action in actions {
            progress.total += 1
            switch action.status {
            case .done: progress.done += 1
            case .running: progress.running += 1
            case .planned: progress.planned += 1
            case .cancelled: progress.dropped += 1
            }
            if ReportingScope.isLate(action, at: day, in: register) { progress.late += 1 }
        }
        return progress
    }

    public static func of(_ line: ActionLine, at day: String, in register: Register) -> Progress {
        of(register.actions.filter { $0.line == line.id }, at: day, in: register)
    }

    public static func of(_ ambition: Ambition, at day: String, in register: Register) -> Progress {
        register.actionLines(for: ambition).map { of($0, at: day, in: register) }.reduce(Progress(), +)
    }

    public static func of(_ challenge: Challenge, at day: String, in register: Register) -> Progress {
        register.ambitions(of: challenge).map { of($0, at: day, in: register) }.reduce(Progress(), +)
    }
}
