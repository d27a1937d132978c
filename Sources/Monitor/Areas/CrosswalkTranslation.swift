/// The result of translating a set of codes from one year's division to another's: which
/// codes carried over, which were merged (their values must be recombined by each
/// indicator's aggregation rule, never copied), and which could not be matched and why.
public struct CrosswalkTranslation: Hashable, Sendable {
    public enum Unmatched: Hashable, Sendable, CustomStringConvertible {
        /// A district or neighbourhood whose municipality changed code: CBS renumbers them, and
        /// the crosswalk has no entry for the code itself.
        case municipalityChanged(municipality: AreaCode, to: AreaCode, year: Int)
        /// Going back in time, the area was formed from several: a value cannot be split.
        case split(into: [AreaCode], year: Int)
        /// The code reached is not in the target year's division that was given.
        case notInDivision(AreaCode, year: Int)

        public var description: String {
            switch self {
            case let .municipalityChanged(municipality, to, year):
                return "its municipality \(municipality) became \(to) in \(year), and the crosswalk has no entry for the code itself"
            case let .split(parts, year):
                return "it was formed in \(year) from \(parts.map(\.description).joined(separator: ", ")), and a value cannot be split"
            case let .notInDivision(code, year):
                return "\(code) is not in the division of \(year)"
            }
        }
    }

    public var fromYear: Int
    public var toYear: Int
    /// Every matched code and its code in `toYear` (unchanged codes map to themselves).
    public var mapping: [AreaCode: AreaCode]
    /// Codes of `toYear` that two or more of the given codes map to, with those codes.
    public var merged: [AreaCode: [AreaCode]]
    /// Codes of `toYear` formed from parts of which some were not among the given codes: a
    /// value recomputed from the given parts alone would be incomplete.
    public var missingParts: [AreaCode: [AreaCode]]
    public var unmatched: [AreaCode: Unmatched]

    /// The given codes that changed code one-to-one.
    public var renamed: [AreaCode: AreaCode] {
        let mergedSources = Set(merged.values.joined())
        return mapping.filter { $0.key != $0.value && !mergedSources.contains($0.key) && missingParts[$0.value] == nil }
    }

    /// Lines for people: one per merger and per unmatched code, as a report or a CLI prints them.
    public var summary: [String] {
        merged.sorted { $0.key < $1.key }.map { target, sources in
            "\(sources.map(\.description).joined(separator: ", ")) (\(fromYear)) merged into \(target) (\(toYear))"
        } + missingParts.sorted { $0.key < $1.key }.map { target, parts in
            "\(target) (\(toYear)) also includes \(parts.map(\.description).joined(separator: ", ")), which were not given"
        } + unmatched.sorted { $0.key < $1.key }.map { code, reason in "\(code) (\(fromYear)) is not matched: \(reason)" }
    }
}
