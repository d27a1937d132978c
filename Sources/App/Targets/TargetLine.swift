import Core
import Storage

/// One target as the dashboard, the ambition page and the API show it: where it sits in the
/// programme, its measurements, its trajectory and status.
struct TargetLine: Equatable, Sendable {
    var target: Target
    var ambition: Ambition
    var challenge: Challenge?
    var measurements: [StoredMeasurement]
    var trajectory: TargetTrajectory

    /// The measurement that decides the status: the latest by date, the last made on a tie.
    var latest: StoredMeasurement? {
        measurements.enumerated().max { ($0.element.measurement.date, $0.offset) < ($1.element.measurement.date, $1.offset) }?.element
    }

    /// Every target of the register, in the plan's order of ambitions.
    static func all(_ register: Register, measurements: [StoredMeasurement], today: String) -> [TargetLine] {
        let byTarget = Dictionary(grouping: measurements, by: \.measurement.target)
        return register.ambitions.flatMap { ambition in
            ambition.targets.map { target in
                let mine = byTarget[target.id] ?? []
                return TargetLine(target: target, ambition: ambition, challenge: ambition.challenge.flatMap { register.challenge($0) },
                                  measurements: mine, trajectory: TargetTrajectory(target, measurements: mine.map(\.measurement), today: today))
            }
        }
    }
}
