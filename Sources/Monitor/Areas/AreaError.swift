/// Why a set of areas, a region or a crosswalk was refused: a typed value with a message a
/// person can act on. Problems in a file's text are `MonitorFileError`s, which name the place.
public enum AreaError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateCode(AreaCode, year: Int)
    case wrongYear(AreaCode, expected: Int, found: Int)
    case unknownParent(child: AreaCode, parent: AreaCode, year: Int)
    case parentAtWrongLevel(child: AreaCode, parent: AreaCode)
    /// CBS codes carry their municipality and district in their digits; a parent that says otherwise is a mistake.
    case parentDisagreesWithCode(child: AreaCode, parent: AreaCode)
    case unknownRegion(id: String, known: [String])
    case regionUndefined(id: String, year: Int, periods: [ClosedRange<Int>])
    case regionAreaMissing(region: String, code: AreaCode, year: Int)
    case crosswalkLevelMismatch(from: AreaCode, to: AreaCode, year: Int)
    case crosswalkConflict(code: AreaCode, year: Int, targets: [AreaCode])
    case mixedYears([Int])

    public var description: String {
        switch self {
        case let .duplicateCode(code, year):
            return "The area \(code) appears more than once in the division of \(year)."
        case let .wrongYear(code, expected, found):
            return "The area \(code) is of \(found), but the division being built is that of \(expected)."
        case let .unknownParent(child, parent, year):
            return "The area \(child) lies in \(parent), which is not among the areas of \(year)."
        case let .parentAtWrongLevel(child, parent):
            return "The area \(child) (\(child.level.rawValue)) cannot lie in \(parent) (\(parent.level.rawValue)): "
                + "a parent must be at a higher level."
        case let .parentDisagreesWithCode(child, parent):
            return "The area \(child) is given the parent \(parent), but its code says it lies in "
                + "\((parent.level == .district ? child.district : child.municipality).map(\.description) ?? "another area")."
        case let .unknownRegion(id, known):
            return "There is no region '\(id)'; the regions are: \(known.joined(separator: ", "))."
        case let .regionUndefined(id, year, periods):
            let spans = periods.map { "\($0.lowerBound)–\($0.upperBound == Int.max ? "" : String($0.upperBound))" }
            return "The region '\(id)' has no municipalities for \(year); it is defined for \(spans.joined(separator: ", "))."
        case let .regionAreaMissing(region, code, year):
            return "The region '\(region)' lists \(code), which is not among the areas loaded for \(year)."
        case let .crosswalkLevelMismatch(from, to, year):
            return "The crosswalk of \(year) maps \(from) to \(to): both codes must be at the same level."
        case let .crosswalkConflict(code, year, targets):
            return "The crosswalk of \(year) maps \(code) to more than one code (\(targets.map(\.description).joined(separator: ", "))); "
                + "a split cannot be translated code by code."
        case let .mixedYears(years):
            return "The observations are of several years (\(years.map(String.init).joined(separator: ", "))); translate one year at a time."
        }
    }
}
