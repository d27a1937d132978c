import Foundation

/// Why a measurement cannot be kept for a target. Each names the field a person fixes.
public enum TargetMeasurementError: Error, Sendable, Equatable, CustomStringConvertible {
    case notADate(String)
    case missingSource
    /// The reading is of another shape than the target's kind (a count for a milestone).
    case readingDoesNotFit(Target.Kind)
    /// Indexed values are ratios: zero or below cannot be divided by.
    case indexNotPositive(Double)
    case notFinite
    case missingIndicator

    public var description: String {
        switch self {
        case let .notADate(text): "'\(text)' is not a date (yyyy-mm-dd)"
        case .missingSource: "a measurement needs its source"
        case let .readingDoesNotFit(kind): "this reading does not fit a target of kind \(kind.rawValue)"
        case let .indexNotPositive(value): "an indexed value must be above zero, not \(value)"
        case .notFinite: "a value must be a finite number"
        case .missingIndicator: "a gap needs the name of its indicator"
        }
    }
}

extension TargetMeasurement {
    /// Checks the measurement can be kept for `target`; the first problem is thrown.
    public func check(for target: Target) throws(TargetMeasurementError) {
        guard ISODate.isValid(date) else { throw .notADate(date) }
        guard !source.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingSource }
        guard reading.fits.contains(target.kind) else { throw .readingDoesNotFit(target.kind) }
        switch reading {
        case let .indexedGrowth(region, benchmark):
            guard region.isFinite, benchmark.isFinite else { throw .notFinite }
            if region <= 0 { throw .indexNotPositive(region) }
            if benchmark <= 0 { throw .indexNotPositive(benchmark) }
        case let .gap(indicator, region, rest, _):
            guard !indicator.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingIndicator }
            guard region.isFinite, rest.isFinite else { throw .notFinite }
        case let .count(value):
            guard value.isFinite else { throw .notFinite }
        case .reached: break
        }
    }
}
