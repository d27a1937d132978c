/// One answer to a consultation, about a section or a block of the plan, with the foreword's
/// three questions: what the respondent is enthusiastic about, what they see differently (and
/// why), and whether they take part, and how.
public struct ConsultationAnswer: Codable, Sendable, Equatable, Identifiable {
    public enum Participation: String, Codable, Sendable, CaseIterable {
        case yes, no, maybe
    }

    /// What a respondent who takes part brings.
    public enum Contribution: String, Codable, Sendable, CaseIterable {
        case people, money, knowledge, network, place
    }

    /// A partner answers with their account and organisation; a member of the public with a
    /// name, perhaps an organisation, and an e-mail address kept apart from the answer (never
    /// shown, never in this document).
    public enum Respondent: Codable, Sendable, Equatable {
        case partner(account: String, name: String, organisation: String)
        case publicMember(name: String, organisation: String, namePublished: Bool)
    }

    /// Public answers wait for the regiegroep before anyone else sees them; partners' appear at once.
    public enum Moderation: String, Codable, Sendable, CaseIterable {
        case waiting, published, rejected
    }

    public var id: String
    public var round: String
    /// A section id (`4.5`) or a block id (`4.5-2`) of the round's version.
    public var about: String
    public var enthusiastic: String
    public var differently: String
    public var participation: Participation?
    public var contributions: [Contribution]
    public var how: String
    public var respondent: Respondent
    public var moderation: Moderation
    public var submittedAt: String
    public var disposition: Disposition?
    /// What became of a *doe ik mee: ja*; nil while it is open (or the answer offered nothing).
    public var offer: OfferOutcome?
    public var version: Int

    public init(id: String, round: String, about: String, enthusiastic: String, differently: String, participation: Participation?,
                contributions: [Contribution], how: String, respondent: Respondent, moderation: Moderation, submittedAt: String,
                disposition: Disposition? = nil, version: Int = 1) {
        self.id = id
        self.round = round
        self.about = about
        self.enthusiastic = enthusiastic
        self.differently = differently
        self.participation = participation
        self.contributions = contributions
        self.how = how
        self.respondent = respondent
        self.moderation = moderation
        self.submittedAt = submittedAt
        self.disposition = disposition
        self.version = version
    }

    /// The name shown with the answer: a partner's organisation and name; a member of the
    /// public's name only with their consent, else *een inwoner* (in the page's words).
    public var shownName: String? {
        switch respondent {
        case let .partner(_, name, organisation): organisation.isEmpty ? name : "\(name) (\(organisation))"
        case let .publicMember(name, organisation, published): published ? (organisation.isEmpty ? name : "\(name) (\(organisation))") : nil
        }
    }

    public var isPublic: Bool { if case .publicMember = respondent { true } else { false } }

    /// *Doe ik mee: ja* is an offer to the team the answer concerns, once anyone may read it.
    public var isOffer: Bool { participation == .yes && moderation == .published }

    /// The respondent's name as given, whatever they chose to publish (for the team that takes up their offer).
    public var respondentName: String {
        switch respondent {
        case let .partner(_, name, _), let .publicMember(name, _, _): name
        }
    }

    /// The section the answer is about: the block id without its place.
    public var section: String {
        guard let dash = about.lastIndex(of: "-"), about[about.index(after: dash)...].allSatisfy(\.isNumber), !about[about.index(after: dash)...].isEmpty
        else { return about }
        return String(about[..<dash])
    }
}

/// What became of an answer: who handles it (a team, or the regiegroep) and what was decided.
public struct Disposition: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// *verwerkt in 2.0*, linked to the change.
        case incorporated
        /// *niet overgenomen*, with the reason.
        case notAdopted
        /// *al voorzien*, with where.
        case alreadyCovered
        /// *ter bespreking*.
        case forDiscussion
    }

    /// A team id, or nil for the regiegroep.
    public var owner: String?
    public var kind: Kind?
    /// The reason, the place it is already covered, or the change.
    public var note: String
    /// Links to what changed for it: `section:4.5` in the next version, `actions:id`, `programmes:id` ...
    public var changes: [String]
    public var decidedBy: String
    public var decidedOn: String

    public init(owner: String?, kind: Kind?, note: String, changes: [String] = [], decidedBy: String, decidedOn: String) {
        self.owner = owner
        self.kind = kind
        self.note = note
        self.changes = changes
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }
}

/// What a team made of an offer: a membership, a capacity commitment, or a thanks-but-no.
public struct OfferOutcome: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case membership, capacity, declined
    }

    public var kind: Kind
    public var team: String
    /// The membership's id, or the commitment's (`year-activity-party`); empty when declined.
    public var reference: String
    public var note: String
    public var decidedBy: String
    public var decidedOn: String

    public init(kind: Kind, team: String, reference: String, note: String, decidedBy: String, decidedOn: String) {
        self.kind = kind
        self.team = team
        self.reference = reference
        self.note = note
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }
}

extension ConsultationAnswer {
    /// The teams an offer goes to: the team the answer was assigned to; otherwise the teams of
    /// the action lines the plan's text places where the answer points (the lines themselves,
    /// or their actions, in that block or, for a whole section, any of its blocks).
    public func offeredTeams(register: Register, document: PlanDocument, sources: DocumentSources) -> [String] {
        if let owner = disposition?.owner { return [owner] }
        let blocks: [String] = if let found = document.block(about) { [found.block.id] } else { document.section(about)?.blocks.map(\.id) ?? [] }
        var lines: [String] = []
        for reference in blocks.flatMap(sources.entries(in:)) {
            let line: String? = switch reference.kind {
            case .actionLines: reference.id
            case .actions: register.action(reference.id)?.line
            default: nil
            }
            if let line, !lines.contains(line) { lines.append(line) }
        }
        return register.teams.filter { team in !team.isSubTeam && team.actionLine.map(lines.contains) == true }.map(\.id)
    }
}
