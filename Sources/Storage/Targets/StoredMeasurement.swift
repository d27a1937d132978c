import Core

/// A measurement as stored: with the version an edit starts from, and when it was recorded.
public struct StoredMeasurement: Sendable, Equatable {
    public var measurement: TargetMeasurement
    public var version: Int
    /// ISO 8601 instant of the last save.
    public var recordedAt: String
}
