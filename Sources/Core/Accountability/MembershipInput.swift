import Foundation

/// Someone joining a team, as typed into the team page's form: an existing person or a new
/// one by name, a role and a period.
public struct MembershipInput: Codable, Sendable, Equatable {
    /// An existing person's id; when nil, `name` makes a new person.
    public var person: String?
    public var name: String
    public var organisation: String?
    public var role: Membership.Role
    public var from: String
    public var until: String?

    public init(person: String? = nil, name: String = "", organisation: String? = nil, role: Membership.Role, from: String, until: String? = nil) {
        self.person = person
        self.name = name
        self.organisation = organisation
        self.role = role
        self.from = from
        self.until = until
    }

    public enum Problem: Sendable, Equatable {
        case nameEmpty
        case unknownPerson(String)
        case unknownOrganisation(String)
        case notADate(field: String, text: String)
        case endsBeforeStart

        public var field: String {
            switch self {
            case .nameEmpty, .unknownPerson: "name"
            case .unknownOrganisation: "organisation"
            case let .notADate(field, _): field
            case .endsBeforeStart: "until"
            }
        }
    }

    public func problems(in register: Register) -> [Problem] {
        var problems: [Problem] = []
        if let person {
            if register.person(person) == nil { problems.append(.unknownPerson(person)) }
        } else if name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.nameEmpty)
        }
        if let organisation, register.organisation(organisation) == nil { problems.append(.unknownOrganisation(organisation)) }
        if !ISODate.isValid(from) { problems.append(.notADate(field: "from", text: from)) }
        if let until {
            if !ISODate.isValid(until) { problems.append(.notADate(field: "until", text: until)) }
            else if ISODate.isValid(from), until < from { problems.append(.endsBeforeStart) }
        }
        return problems
    }

    /// A slug for a new person's name, unique among `taken`: 'An de Vries' -> 'an-de-vries', 'an-de-vries-2'.
    public static func personID(for name: String, taken: Set<String>) -> String {
        Slug.make(from: name, taken: taken, fallback: "persoon")
    }
}
