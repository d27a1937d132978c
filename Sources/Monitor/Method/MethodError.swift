/// Why the monitor refused to compute: a typed value with a message a person can act on.
public enum MethodError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Geometric aggregation takes logarithms, so it needs strictly positive normalised values.
    case refusedPairing(normalisation: Normalisation, aggregation: Aggregation)
    case settingOutOfRange(setting: String, value: Double, allowed: String)
    case noIndicators
    case duplicateIndicator(id: String)
    case duplicateNode(id: String)
    case duplicateUnit(id: String)
    case unknownTheme(indicator: String, theme: String)
    case unknownParent(node: String, parent: String)
    case rootCount(found: [String])
    case nodeOutsideTree(id: String)
    case mixedChildren(node: String)
    case emptyNode(id: String)
    case invalidWeight(of: String, weight: Double)
    case shapeMismatch(what: String, expected: Int, found: Int)
    case nonFiniteValue(place: String, value: Double)
    case referenceValuesMissing(neededFor: String)
    case populationsMissing

    public var description: String {
        switch self {
        case let .refusedPairing(normalisation, aggregation):
            return "The pairing of \(aggregation.rawValue) aggregation with \(normalisation.rawValue) normalisation is refused: "
                + "\(aggregation.rawValue) aggregation takes logarithms and needs values above zero, which only minmax (on [1, 100]) "
                + "and reference normalisation give."
        case let .settingOutOfRange(setting, value, allowed):
            return "The setting \(setting) is \(value); it must be \(allowed)."
        case .noIndicators:
            return "The index has no indicators."
        case let .duplicateIndicator(id):
            return "The indicator \(id) is defined more than once."
        case let .duplicateNode(id):
            return "The theme or group \(id) is defined more than once."
        case let .duplicateUnit(id):
            return "The unit \(id) appears more than once."
        case let .unknownTheme(indicator, theme):
            return "The indicator \(indicator) belongs to the theme \(theme), which is not in the structure."
        case let .unknownParent(node, parent):
            return "The theme or group \(node) hangs under \(parent), which is not in the structure."
        case let .rootCount(found):
            return found.isEmpty
                ? "The structure has no root: exactly one node (the index) must have no parent."
                : "The structure has \(found.count) roots (\(found.joined(separator: ", "))): exactly one node (the index) must have no parent."
        case let .nodeOutsideTree(id):
            return "The theme or group \(id) cannot be reached from the index: its parents form a loop."
        case let .mixedChildren(node):
            return "The node \(node) holds both indicators and themes or groups; a theme holds indicators, a group holds themes or groups."
        case let .emptyNode(id):
            return "The theme or group \(id) has nothing under it."
        case let .invalidWeight(subject, weight):
            return "The weight of \(subject) is \(weight); weights must be finite and above zero."
        case let .shapeMismatch(what, expected, found):
            return "Expected \(expected) \(what), found \(found)."
        case let .nonFiniteValue(place, value):
            return "The value \(value) (\(place)) is not a number the monitor can use; give missing values as nil or NaN."
        case let .referenceValuesMissing(neededFor):
            return "The reference area's values are needed for \(neededFor), but none were given."
        case .populationsMissing:
            return "A minimum population was asked for, but no populations were given."
        }
    }
}
