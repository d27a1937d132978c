import Core

/// Why the store did not make a measurement change. Nothing of the change is kept.
public enum TargetMeasurementRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The measurement does not fit its target (a wrong date, no source, the wrong reading).
    case invalid(TargetMeasurementError)
    /// It names another target than the one it is saved for.
    case wrongTarget(String)
    case idTaken(String)
    case notFound(String)
    /// Someone saved a newer version since the edit began; `version` is the one stored now.
    case conflict(version: Int)

    public var description: String {
        switch self {
        case let .invalid(error): error.description
        case let .wrongTarget(id): "the measurement is for '\(id)', not for the target it is saved with"
        case let .idTaken(id): "the id '\(id)' is already in use"
        case let .notFound(id): "there is no measurement '\(id)'"
        case let .conflict(version): "someone saved a newer version (\(version)) since this edit began"
        }
    }
}
