import Foundation

/// What a person may do in Stip. The raw values are the Dutch names used on the command line.
public enum AccountRole: String, Codable, Sendable, CaseIterable {
    /// *beheerder*: everything, including accounts.
    case administrator = "beheerder"
    /// *regiegroep*: edits all programme content.
    case steeringGroup = "regiegroep"
    /// *aanvoerder*: edits the actions, members and progress of their own team(s) only.
    case captain = "aanvoerder"
    /// *partner*: responds to consultations.
    case partner
}

/// A person who can log in.
public struct Account: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var email: String
    public var role: AccountRole
    /// The teams an *aanvoerder* may edit.
    public var teams: [String]
    /// The name others see on public pages instead of the e-mail address; nil: the role.
    public var name: String?

    public init(id: String, email: String, role: AccountRole, teams: [String] = [], name: String? = nil) {
        self.id = id
        self.email = email
        self.role = role
        self.teams = teams
        self.name = name
    }
}

/// Something a request wants to do, which a role allows or not.
public enum Permission: Sendable, Equatable {
    /// The public pages and the read-only API.
    case readPublic
    /// One's own account page and tokens.
    case manageOwnAccount
    /// Any programme content: challenges, ambitions, lines, actions, programmes, organisations, structure.
    case editRegister
    /// A team's actions, members and progress.
    case editTeam(String)
    case manageAccounts
    case readAudit
    case respondToConsultation
}

extension Permission {
    /// Whether `account` (nil: an anonymous visitor) may do this.
    public func isAllowed(for account: Account?) -> Bool {
        guard let account else { return self == .readPublic }
        switch (account.role, self) {
        case (_, .readPublic), (_, .manageOwnAccount): return true
        case (.administrator, _): return true
        case (.steeringGroup, .editRegister), (.steeringGroup, .editTeam), (.steeringGroup, .readAudit): return true
        case let (.captain, .editTeam(team)): return account.teams.contains(team)
        case (.partner, .respondToConsultation): return true
        default: return false
        }
    }
}

/// Why an account cannot be made as asked.
public enum AccountInputError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidEmail(String)
    case passwordTooShort(minimum: Int)
    case passwordTooLong(maximumBytes: Int)
    case passwordTooCommon
    case captainWithoutTeam
    case teamsForNonCaptain
    case invalidName(String)

    public var description: String {
        switch self {
        case let .invalidEmail(email): "'\(email)' is not an e-mail address"
        case let .passwordTooShort(minimum): "a password needs at least \(minimum) characters"
        case let .passwordTooLong(maximum): "a password may be at most \(maximum) bytes (bcrypt reads no more)"
        case .passwordTooCommon: "this password is among the most used ones (or one of them with digits around it): choose another"
        case .captainWithoutTeam: "an aanvoerder needs at least one team (--team)"
        case .teamsForNonCaptain: "only an aanvoerder is tied to teams"
        case let .invalidName(name): "'\(name.prefix(40))' cannot be a display name: at most 120 characters, and no e-mail address"
        }
    }
}

public enum AccountInput {
    public static let minimumPasswordLength = 12

    /// Lower-cased and trimmed, so one person has one account however they type it.
    public static func normalisedEmail(_ email: String) throws(AccountInputError) -> String {
        let trimmed = email.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !trimmed.contains(" ") else { throw .invalidEmail(email) }
        return trimmed
    }

    /// A display name is shown to anyone: it may not smuggle an e-mail address onto public pages.
    /// Empty means none (the role is shown).
    public static func displayName(_ name: String?) throws(AccountInputError) -> String? {
        let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty { return nil }
        guard !trimmed.contains("@"), trimmed.count <= 120 else { throw .invalidName(trimmed) }
        return trimmed
    }

    /// bcrypt reads the first 72 bytes: anything after them would be ignored without a word.
    public static let maximumPasswordBytes = 72

    public static func check(password: String) throws(AccountInputError) {
        if password.count < minimumPasswordLength { throw .passwordTooShort(minimum: minimumPasswordLength) }
        if password.utf8.count > maximumPasswordBytes { throw .passwordTooLong(maximumBytes: maximumPasswordBytes) }
        if isCommon(password) { throw .passwordTooCommon }
    }

    /// A common password, one with digits or signs around it (`Wachtwoord2021!`), one repeated
    /// (`qwertyqwerty`), or one character over and over.
    static func isCommon(_ password: String) -> Bool {
        let lower = password.lowercased()
        let core = String(lower.drop(while: { !$0.isLetter }).reversed().drop(while: { !$0.isLetter }).reversed())
        if CommonPasswords.words.contains(lower) || CommonPasswords.words.contains(core) { return true }
        if Set(lower).count <= 2 { return true }
        for length in 1...max(1, core.count / 2) where core.count % length == 0 {
            let unit = core.prefix(length)
            if String(repeating: String(unit), count: core.count / length) == core, CommonPasswords.words.contains(String(unit)) || length <= 3 {
                return core.count > length
            }
        }
        return false
    }

    public static func check(role: AccountRole, teams: [String]) throws(AccountInputError) {
        if role == .captain && teams.isEmpty { throw .captainWithoutTeam }
        if role != .captain && !teams.isEmpty { throw .teamsForNonCaptain }
    }
}

/// A bearer token as its owner sees it; the token itself is shown once, when made.
public struct APITokenInfo: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// ISO 8601 instants.
    public var createdAt: String
    public var revokedAt: String?
    /// No use after this instant; nil: until revoked.
    public var expiresAt: String?
    public var lastUsedAt: String?

    public init(id: String, name: String, createdAt: String, revokedAt: String? = nil, expiresAt: String? = nil, lastUsedAt: String? = nil) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.revokedAt = revokedAt
        self.expiresAt = expiresAt
        self.lastUsedAt = lastUsedAt
    }
}

extension Account {
    /// The name others see: the display name, or else the role's name; never the e-mail address.
    public var publicName: String {
        let trimmed = name?.trimmingCharacters(in: .whitespaces) ?? ""
        return trimmed.isEmpty ? role.rawValue : trimmed
    }
}
