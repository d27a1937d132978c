/// The name of a field in a form, in the API's JSON and in the audit trail.
public enum FieldName: String, Sendable, Codable, CaseIterable, Comparable {
    case id, number, title, name, abbreviation, text, focus, note, description
    case challenge, ambition, line, actionLine, parent, team, body, person, organisation
    case kind, country, term, section, status, role, governmentRole
    case period, year, approximate, value, unit, from, until, to, theme, source
    case ambitionText, shortTermNote, outlookNote, stakeholdersText, stakeholders
    case ownerTeam, ownerOrganisation
    case addedValue, themes, organisations, aliases, mentions, details

    public static func < (lhs: FieldName, rhs: FieldName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a form field holds, and so which control a page draws for it.
public enum FieldKind: Sendable, Equatable {
    case text
    /// A paragraph or more.
    case longText
    /// One entry per line.
    case lines
    case integer
    case decimal
    /// An ISO date, yyyy-mm-dd.
    case date
    case flag
    /// One of the choices, or none when the field is optional.
    case choice([Choice])
    /// Any number of the choices.
    case choices([Choice])
}

/// One option of a choice field: the stored value and how the screen names it.
public struct Choice: Sendable, Equatable {
    public var value: String
    public var label: ChoiceLabel

    public init(_ value: String, _ label: ChoiceLabel) {
        self.value = value
        self.label = label
    }
}

/// How an option is named: the register's own name for a record, or a term the screen's
/// language words (so the Dutch, English or German page each say it their way).
public enum ChoiceLabel: Sendable, Equatable {
    case name(String)
    case targetKind(Target.Kind)
    case organisationKind(Organisation.Kind)
    case country(Organisation.Country)
    case bodyKind(Body.Kind)
    case governmentRole(GovernmentRole)
    case actionStatus(Action.Status)
    case term(Action.Term)
    case section(Action.Section)
    case membershipRole(Membership.Role)
}

public struct FormField: Sendable, Equatable {
    public var name: FieldName
    public var kind: FieldKind
    public var required: Bool
    /// Shown on the form that creates a record only: ids never change once given.
    public var onCreateOnly: Bool

    public init(_ name: FieldName, _ kind: FieldKind, required: Bool = false, onCreateOnly: Bool = false) {
        self.name = name
        self.kind = kind
        self.required = required
        self.onCreateOnly = onCreateOnly
    }
}

/// A record as a form holds it: text per field. Lists are one entry per line.
public typealias FieldValues = [FieldName: String]
