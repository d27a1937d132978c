import Core
import Foundation
import Storage

/// The consultation on the plan: the regiegroep opens a round; partners answer with their account
/// and organisation (shown at once), members of the public with a name and an e-mail address
/// (held for moderation); the regiegroep publishes or rejects public answers, assigns each answer
/// to a section owner and records what became of it. A respondent follows their answer by a
/// private link whose token the caller makes (only its hash is kept).
public struct Consulting: Sendable {
    public let store: ConsultationStore
    let register: RegisterStore
    let document: @Sendable (String) -> PlanDocument?
    let now: @Sendable () -> Date

    /// `document` gives the plan's text of a version, nil for a version that does not exist.
    public init(store: ConsultationStore, register: RegisterStore, document: @escaping @Sendable (String) -> PlanDocument?,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.register = register
        self.document = document
        self.now = now
    }

    public enum Refusal: Error, Sendable, Equatable {
        case noSuchRound(String)
        case closed
        case notInvited
        case round(ConsultationRoundProblem)
        case input([String: ConsultationAnswerInput.Problem])
        case nothingChosen
        case dispositionIncomplete
    }

    private var today: String { ProgrammeDay.of(now()) }
    private var instant: String { now().formatted(.iso8601) }

    public func open(title: String, invitation: String, version: String, opensOn: String, closesOn: String, invited: Invitation,
                     by account: Account?) async throws -> ConsultationRound {
        try Permission.require(anyOf: [.editRegister], for: account)
        let title = String(title.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        let invitation = String(invitation.trimmingCharacters(in: .whitespacesAndNewlines).prefix(ConsultationAnswerInput.textLimit))
        do {
            try ConsultationRound.check(title: title, invitation: invitation, opensOn: opensOn, closesOn: closesOn, invited: invited)
        } catch { throw Refusal.round(error) }
        guard document(version) != nil else { throw Refusal.round(.unknownVersion(version)) }
        return try await store.open(ConsultationRound(id: "", title: title, invitation: invitation, version: version, opensOn: opensOn,
                                                      closesOn: closesOn, invited: invited, openedBy: account!.publicName, openedAt: instant), by: account!)
    }

    /// A signed-in person answers for an organisation the round invites; the answer is published at once.
    public func answer(_ input: ConsultationAnswerInput, in round: String, organisation: String, followToken: String,
                       by account: Account?) async throws -> ConsultationAnswer {
        guard let account else { throw AccessRefusal.notLoggedIn }
        let (found, plan) = try await openRound(round)
        guard let register = try await register.current(),
              let chosen = found.invited.organisations(in: register).first(where: { $0.id == organisation }) else { throw Refusal.notInvited }
        let answer = try made(input, in: found, plan: plan,
                              respondent: .partner(account: account.id, name: account.publicName, organisation: chosen.name), moderation: .published)
        try await store.answer(answer, followToken: followToken, contactEmail: nil, by: account, today: today)
        return answer
    }

    /// A member of the public answers, when the round invites everyone; the answer waits for moderation.
    public func answerAsPublic(_ input: ConsultationAnswerInput, in round: String, name: String, organisation: String, email: String,
                               namePublished: Bool, followToken: String) async throws -> ConsultationAnswer {
        let (found, plan) = try await openRound(round)
        guard found.invited.everyone else { throw Refusal.notInvited }
        var problems = input.problems(in: plan)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines), email = email.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems["name"] = .nameMissing }
        if name.count > ConsultationAnswerInput.nameLimit { problems["name"] = .tooLong(field: "name", limit: ConsultationAnswerInput.nameLimit) }
        let organisation = organisation.trimmingCharacters(in: .whitespacesAndNewlines)
        if organisation.count > ConsultationAnswerInput.nameLimit {
            problems["organisation"] = .tooLong(field: "organisation", limit: ConsultationAnswerInput.nameLimit)
        }
        if !ConsultationAnswerInput.isEmail(email) { problems["email"] = .emailInvalid }
        guard problems.isEmpty else { throw Refusal.input(problems) }
        let answer = try made(input, in: found, plan: plan, respondent: .publicMember(name: name, organisation: organisation, namePublished: namePublished),
                              moderation: .waiting)
        try await store.answer(answer, followToken: followToken, contactEmail: email, by: nil, today: today)
        return answer
    }

    /// The regiegroep publishes or rejects waiting public answers, each from the version it saw.
    public func moderate(_ answers: [String: Int], in round: String, publish: Bool, by account: Account?) async throws -> [ConsultationAnswer] {
        try Permission.require(anyOf: [.editRegister], for: account)
        guard !answers.isEmpty else { throw Refusal.nothingChosen }
        return try await store.change(answers, in: round, by: account!) { answer in
            var answer = answer
            answer.moderation = publish ? .published : .rejected
            return answer
        }
    }

    /// Assigns answers to a section owner (a team, or nil for the regiegroep) and records what
    /// became of them, many at once. The regiegroep may do it for any answer; an aanvoerder for
    /// answers already with their team, keeping them there.
    public func dispose(_ answers: [String: Int], in round: String, owner: String?, kind: Disposition.Kind?, note: String, changes: [String],
                        by account: Account?) async throws -> [ConsultationAnswer] {
        guard let account else { throw AccessRefusal.notLoggedIn }
        guard !answers.isEmpty else { throw Refusal.nothingChosen }
        let note = String(note.trimmingCharacters(in: .whitespacesAndNewlines).prefix(ConsultationAnswerInput.textLimit))
        // A decision that is not *ter bespreking* says why, where or what changed.
        if let kind, kind != .forDiscussion, note.isEmpty && changes.isEmpty { throw Refusal.dispositionIncomplete }
        let mayAll = Permission.editRegister.isAllowed(for: account)
        if !mayAll { guard let owner, Permission.editTeam(owner).isAllowed(for: account) else { throw AccessRefusal.forbidden } }
        let current = try await register.current()
        if let owner, current?.team(owner) == nil { throw Refusal.input(["owner": .unknownPlace(owner)]) }
        // A change names a section of the round's plan or a record that exists: the link must lead somewhere.
        if let current, let plan = try await store.round(round).flatMap({ document($0.version) }),
           let wrong = changes.first(where: { ChangeLink($0).map { !$0.exists(in: plan, register: current) } ?? true }) {
            throw Refusal.input(["changes": .unknownChange(wrong)])
        }
        let day = today, name = account.publicName
        return try await store.change(answers, in: round, by: account) { answer in
            if !mayAll, answer.disposition?.owner != owner { throw AccessRefusal.forbidden }
            var answer = answer
            answer.disposition = Disposition(owner: owner, kind: kind, note: note, changes: changes, decidedBy: name, decidedOn: day)
            return answer
        }
    }

    /// The answers anyone may read: partners' and published public ones.
    public func published(in round: String) async throws -> [ConsultationAnswer] {
        try await store.answers(in: round).filter { $0.moderation == .published }
    }

    /// Every answer with its moderation, for the regiegroep and the aanvoerders.
    public func all(in round: String, for account: Account?) async throws -> [ConsultationAnswer] {
        guard let account, account.role != .partner else { throw account == nil ? AccessRefusal.notLoggedIn : AccessRefusal.forbidden }
        return try await store.answers(in: round)
    }

    public func follow(_ token: String) async throws -> (answer: ConsultationAnswer, round: ConsultationRound)? {
        guard let answer = try await store.answer(following: token), let round = try await store.round(answer.round) else { return nil }
        return (answer, round)
    }

    private func openRound(_ id: String) async throws -> (ConsultationRound, PlanDocument) {
        guard let round = try await store.round(id), let plan = document(round.version) else { throw Refusal.noSuchRound(id) }
        guard round.isOpen(on: today) else { throw Refusal.closed }
        return (round, plan)
    }

    private func made(_ input: ConsultationAnswerInput, in round: ConsultationRound, plan: PlanDocument,
                      respondent: ConsultationAnswer.Respondent, moderation: ConsultationAnswer.Moderation) throws -> ConsultationAnswer {
        let problems = input.problems(in: plan)
        guard problems.isEmpty else { throw Refusal.input(problems) }
        let participation = ConsultationAnswer.Participation(rawValue: input.participation)
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
        return ConsultationAnswer(
            id: UUID().uuidString.lowercased(), round: round.id, about: input.about, enthusiastic: trimmed(input.enthusiastic),
            differently: trimmed(input.differently), participation: participation,
            contributions: participation == .no ? [] : input.contributions.compactMap(ConsultationAnswer.Contribution.init),
            how: participation == .no ? "" : trimmed(input.how), respondent: respondent, moderation: moderation, submittedAt: instant)
    }
}
