import Core
import Foundation
import Storage

/// *Doe ik mee: ja* as an offer to the team it concerns: the team's aanvoerder (or the
/// regiegroep) takes it up as a membership of the team or as a capacity commitment to the
/// team's row of the people and money table, or declines it with a note. The answer and what
/// it became are written in one transaction, so neither stands without the other.
public struct OfferDeciding: Sendable {
    let consultation: ConsultationStore
    let register: RegisterStore
    public let money: PeopleAndMoneyStore
    /// The plan's text an answer's round is on, and where the register's entries sit in it.
    let document: @Sendable (String) -> PlanDocument?
    let sources: DocumentSources
    let now: @Sendable () -> Date

    public init(consultation: ConsultationStore, register: RegisterStore, money: PeopleAndMoneyStore,
                document: @escaping @Sendable (String) -> PlanDocument?, sources: DocumentSources, now: @escaping @Sendable () -> Date = Date.init) {
        self.consultation = consultation
        self.register = register
        self.money = money
        self.document = document
        self.sources = sources
        self.now = now
    }

    public enum Refusal: Error, Sendable, Equatable {
        /// Not a published *ja*, or not to this team.
        case notAnOfferToTheTeam
        case alreadyDecided
        case membership([MembershipInput.Problem])
        /// The team has no row in the capacity table, or the respondent's organisation is no party.
        case noCapacityRow
        case noParty
        case noteMissing
    }

    /// The offers to a team, open ones first, for whoever may change its members.
    public func offers(to team: String, by account: Account?) async throws -> [ConsultationAnswer] {
        guard let register = try await register.current(), let found = register.team(team) else { throw ChangeRefusal.notFound }
        try RegisterEditRights.requireMembers(of: found, by: account)
        var offers: [ConsultationAnswer] = []
        for round in try await consultation.rounds() {
            guard let plan = document(round.version) else { continue }
            offers += try await consultation.answers(in: round.id).filter {
                $0.isOffer && $0.offeredTeams(register: register, document: plan, sources: sources).contains(team)
            }
        }
        return offers.sorted { ($0.offer == nil ? 0 : 1, $0.submittedAt) < ($1.offer == nil ? 0 : 1, $1.submittedAt) }
    }

    /// The team's row in the capacity table, if the plan gave it one.
    public func capacityActivity(of team: String) async throws -> CapacityActivity? {
        try await money.current()?.data.activities.first { $0.team == team }
    }

    /// The respondent joins the team (a new person, of their organisation when it is in the register).
    public func takeUpAsMembership(_ answer: String, version: Int, team: String, role: Membership.Role, from day: String,
                                   by account: Account?) async throws -> Membership {
        let (register, offer) = try await open(answer, to: team, by: account)
        let organisation: String? = switch offer.respondent {
        case let .partner(_, _, name), let .publicMember(_, name, _): register.organisations.first { $0.name == name }?.id
        }
        let input = MembershipInput(name: offer.respondentName, organisation: organisation, role: role, from: day)
        let problems = input.problems(in: register)
        guard problems.isEmpty else { throw Refusal.membership(problems) }
        let (decidedBy, decidedOn) = (account!.publicName, ProgrammeDay.of(now()))
        return try await self.register.addMembership(to: team, input, by: account!) { db, membership in
            _ = try await consultation.change(alongside: db, [answer: version], in: offer.round, by: account!) { saved in
                try Self.stillOpen(saved)
                var saved = saved
                saved.offer = OfferOutcome(kind: .membership, team: team, reference: membership.id, note: "", decidedBy: decidedBy, decidedOn: decidedOn)
                return saved
            }
        }
    }

    /// The respondent's organisation commits `amount` to the team's row for `year`: a new cell
    /// (`commitmentVersion` 0) or the cell as it stood when the form was drawn.
    public func takeUpAsCapacity(_ answer: String, version: Int, team: String, year: Int, amount: CapacityAmount, commitmentVersion: Int,
                                 by account: Account?) async throws -> CapacityCommitment {
        let (register, offer) = try await open(answer, to: team, by: account)
        guard let activity = try await capacityActivity(of: team) else { throw Refusal.noCapacityRow }
        guard case let .partner(_, _, name) = offer.respondent, let party = register.organisations.first(where: { $0.name == name })?.id,
              try await money.current()?.data.parties.contains(where: { $0.id == party }) == true else { throw Refusal.noParty }
        let commitment = CapacityCommitment(year: year, activity: activity.id, party: party, amount: amount, note: nil)
        let (decidedBy, decidedOn) = (account!.publicName, ProgrammeDay.of(now()))
        try await money.saveCommitment(commitment, version: commitmentVersion, by: account!) { db in
            _ = try await consultation.change(alongside: db, [answer: version], in: offer.round, by: account!) { saved in
                try Self.stillOpen(saved)
                var saved = saved
                saved.offer = OfferOutcome(kind: .capacity, team: team, reference: commitment.id, note: "", decidedBy: decidedBy, decidedOn: decidedOn)
                return saved
            }
        }
        return commitment
    }

    /// Thanks, but not now: the note says why, and the respondent reads it on their private link.
    public func decline(_ answer: String, version: Int, team: String, note: String, by account: Account?) async throws {
        let (_, offer) = try await open(answer, to: team, by: account)
        let note = String(note.trimmingCharacters(in: .whitespacesAndNewlines).prefix(ConsultationAnswerInput.textLimit))
        guard !note.isEmpty else { throw Refusal.noteMissing }
        let (decidedBy, decidedOn) = (account!.publicName, ProgrammeDay.of(now()))
        _ = try await consultation.change([answer: version], in: offer.round, by: account!) { saved in
            try Self.stillOpen(saved)
            var saved = saved
            saved.offer = OfferOutcome(kind: .declined, team: team, reference: "", note: note, decidedBy: decidedBy, decidedOn: decidedOn)
            return saved
        }
    }

    /// The register and the offer, once `account` may decide on the team's offers and the answer is one of them.
    private func open(_ answer: String, to team: String, by account: Account?) async throws -> (Register, ConsultationAnswer) {
        let offers = try await offers(to: team, by: account)
        guard let offer = offers.first(where: { $0.id == answer }), let register = try await register.current() else { throw Refusal.notAnOfferToTheTeam }
        try Self.stillOpen(offer)
        return (register, offer)
    }

    private static func stillOpen(_ answer: ConsultationAnswer) throws {
        guard answer.offer == nil else { throw Refusal.alreadyDecided }
    }
}
