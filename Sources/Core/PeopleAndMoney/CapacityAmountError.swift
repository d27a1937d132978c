/// Why a typed capacity amount was refused. Each case is a different thing for the person to
/// fix, so the App maps each to its own phrase (see `messageKey`); `message` is the English one.
public enum CapacityAmountError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    /// Letters or marks where a number should be ('veel', 'twee fte', 'abc').
    case notANumber(String)
    case negative
    /// A multiplication without the number of persons ('1,5 x', '1,5 d/w x').
    case missingPersons
    /// Persons that are not a whole number above zero ('1,5 d/w x 0', '1,5 d/w x 2,5').
    case invalidPersons(String)
    /// A multiplication without days a week ('1,5 x 4': 6 fte or 1,2 fte?).
    case missingDaysUnit
    /// A unit Stip does not know ('1,2 uur').
    case unknownUnit(String)
    /// Something after a complete amount ('1,5 d/w x 4 extra').
    case unexpectedText(String)
    /// FTE have at most three decimals, days a week at most two.
    case tooPrecise(maximumDecimals: Int)
    /// More than seven days a week for one person.
    case tooManyDays(DaysPerWeek)
    /// The written total does not match the multiplication ('1,5 d/w x 4 = 7 d/wk').
    case daysTotalMismatch(stated: DaysPerWeek, computed: DaysPerWeek)
    case tooLarge

    /// A stable key for the localisation layer.
    public var messageKey: String {
        switch self {
        case .empty: "capacityAmount.empty"
        case .notANumber: "capacityAmount.notANumber"
        case .negative: "capacityAmount.negative"
        case .missingPersons: "capacityAmount.missingPersons"
        case .invalidPersons: "capacityAmount.invalidPersons"
        case .missingDaysUnit: "capacityAmount.missingDaysUnit"
        case .unknownUnit: "capacityAmount.unknownUnit"
        case .unexpectedText: "capacityAmount.unexpectedText"
        case .tooPrecise: "capacityAmount.tooPrecise"
        case .tooManyDays: "capacityAmount.tooManyDays"
        case .daysTotalMismatch: "capacityAmount.daysTotalMismatch"
        case .tooLarge: "capacityAmount.tooLarge"
        }
    }

    /// The English message; it names the problem and, where it helps, the way to write it.
    public var message: String {
        switch self {
        case .empty:
            "no amount given (write e.g. '1,2 fte', '1,5 d/w x 4', 'circa 2 fte' or 'PM')"
        case let .notANumber(text):
            "'\(text)' is not an amount (write e.g. '1,2 fte', '1,5 d/w x 4', 'circa 2 fte' or 'PM')"
        case .negative:
            "capacity cannot be negative"
        case .missingPersons:
            "after 'x' comes the number of persons, e.g. '1,5 d/w x 4'"
        case let .invalidPersons(text):
            "'\(text)' is not a number of persons (a whole number above zero)"
        case .missingDaysUnit:
            "a multiplication is days a week times persons: write 'd/w', e.g. '1,5 d/w x 4'"
        case let .unknownUnit(text):
            "'\(text)' is not a unit Stip knows (use 'fte' or days a week, 'd/w')"
        case let .unexpectedText(text):
            "'\(text)' after the amount is not understood"
        case let .tooPrecise(decimals):
            "at most \(decimals) decimals here"
        case let .tooManyDays(days):
            "\(days) days a week is more than a week has"
        case let .daysTotalMismatch(stated, computed):
            "the multiplication gives \(computed) days a week, not \(stated)"
        case .tooLarge:
            "the amount is too large"
        }
    }

    public var description: String { message }
}
