/// Why a field cannot be saved as it is.
public enum FieldProblem: Sendable, Equatable {
    case required
    case notANumber(String)
    case notADate(String)
    case outOfRange(String, allowed: ClosedRange<Int>)
    case notAnID(String)
    case idTaken(String)
    case numberTaken(Int)
    case unknownChoice(String)
    case unknownReference(String)
    case endsBeforeStart
    /// A team cannot hang under itself or under one of its own sub-teams.
    case cycle
    /// A membership is of a team or of a body: one of the two.
    case teamOrBody
    /// Longer than the field takes (`FieldLength`): how long it is and the most allowed.
    case tooLong(Int, maximum: Int)
    /// A list with more entries than it takes.
    case tooManyEntries(Int, maximum: Int)
    /// Not a web address (http, https) or a path on this site.
    case notALink(String)
}

/// All the field problems of one save, by field.
public typealias FieldProblems = [FieldName: FieldProblem]
