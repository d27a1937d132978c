/// A consultation of partners on a version of the plan (foreword: *‘Wij zien het zo. Hoe ziet u
/// het?’*; Nawoord: the plan is a *groeidocument*): the regiegroep opens it with an invitation,
/// the days it is open and who is invited.
public struct ConsultationRound: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var invitation: String
    /// The plan version the answers are about (`1.0`).
    public var version: String
    /// `yyyy-mm-dd`, inclusive.
    public var opensOn: String
    public var closesOn: String
    public var invited: Invitation
    public var openedBy: String
    public var openedAt: String

    public init(id: String, title: String, invitation: String, version: String, opensOn: String, closesOn: String, invited: Invitation,
                openedBy: String, openedAt: String) {
        self.id = id
        self.title = title
        self.invitation = invitation
        self.version = version
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.invited = invited
        self.openedBy = openedBy
        self.openedAt = openedAt
    }

    public func isOpen(on day: String) -> Bool { opensOn <= day && day <= closesOn }
}

/// Who may answer: partner organisations of these kinds and countries (answering with their
/// account), and, when `everyone`, members of the public.
public struct Invitation: Codable, Sendable, Equatable {
    public var kinds: [Organisation.Kind]
    public var countries: [Organisation.Country]
    public var everyone: Bool

    public init(kinds: [Organisation.Kind], countries: [Organisation.Country], everyone: Bool) {
        self.kinds = kinds
        self.countries = countries
        self.everyone = everyone
    }

    /// The organisations of the register a partner may answer for.
    public func organisations(in register: Register) -> [Organisation] {
        register.organisations.filter { kinds.contains($0.kind) && countries.contains($0.country) }
    }
}

/// Why a round cannot be opened as typed.
public enum ConsultationRoundProblem: Error, Sendable, Equatable {
    case titleMissing, invitationMissing, notADate(field: String), periodReversed, nobodyInvited, unknownVersion(String)
}

extension ConsultationRound {
    public static func check(title: String, invitation: String, opensOn: String, closesOn: String, invited: Invitation) throws(ConsultationRoundProblem) {
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .titleMissing }
        guard !invitation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .invitationMissing }
        guard ISODate.isValid(opensOn) else { throw .notADate(field: "opensOn") }
        guard ISODate.isValid(closesOn) else { throw .notADate(field: "closesOn") }
        guard opensOn <= closesOn else { throw .periodReversed }
        guard invited.everyone || (!invited.kinds.isEmpty && !invited.countries.isEmpty) else { throw .nobodyInvited }
    }
}
