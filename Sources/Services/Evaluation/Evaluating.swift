import Core
import Foundation
import Storage

/// The yearly evaluation of the collaboration: the regiegroep opens it; everyone in a team or
/// body (an aanvoerder for their own teams; the regiegroep and the beheerder for any team or
/// body) answers once while it is open; results are shown as `EvaluationResults` allows; the
/// regiegroep records decisions, and *afschakelen* of a team ends its memberships.
public struct Evaluating: Sendable {
    public let store: EvaluationStore
    let register: RegisterStore
    let now: @Sendable () -> Date

    public init(store: EvaluationStore, register: RegisterStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.register = register
        self.now = now
    }

    private var today: String { ProgrammeDay.of(now()) }

    public func open(year: Int, name: String, opensOn: String, closesOn: String, by account: Account?) async throws -> Evaluation {
        try Permission.require(anyOf: [.editRegister], for: account)
        let name = String(name.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        guard !name.isEmpty else { throw EvaluationProblem.nameMissing }
        for day in [opensOn, closesOn] where !ISODate.isValid(day) { throw EvaluationProblem.notADate(day) }
        guard opensOn <= closesOn else { throw EvaluationProblem.periodReversed }
        return try await store.open(Evaluation(id: "", year: year, name: name, opensOn: opensOn, closesOn: closesOn, openedBy: account!.publicName,
                                               openedAt: now().formatted(.iso8601)), by: account!)
    }

    /// The teams and bodies `account` may answer for.
    public func units(for account: Account?) async throws -> [EvaluationUnit] {
        guard let account, account.role != .partner, let current = try await register.current() else { return [] }
        if account.role == .captain { return account.teams.filter { current.team($0) != nil }.map { EvaluationUnit(.team, $0) } }
        return current.bodies.map { EvaluationUnit(.body, $0.id) } + current.teams.map { EvaluationUnit(.team, $0.id) }
    }

    public func answer(_ response: EvaluationResponse, by account: Account?) async throws {
        try ReportRights.requireRead(by: account)
        guard let evaluation = try await store.evaluation(response.evaluation) else { throw ChangeRefusal.notFound }
        guard evaluation.isOpen(on: today) else { throw EvaluationProblem.closed }
        guard try await units(for: account).contains(response.unit) else { throw EvaluationProblem.notYourUnit }
        try response.check()
        var kept = response
        kept.comment = response.comment.trimmingCharacters(in: .whitespacesAndNewlines)
        try await store.answer(kept, by: account!)
    }

    public func hasAnswered(_ evaluation: String, by account: Account?) async throws -> Bool {
        guard let account else { return false }
        return try await store.hasAnswered(evaluation, by: account)
    }

    public func results(_ evaluation: String, for account: Account?) async throws -> EvaluationResults {
        try ReportRights.requireRead(by: account)
        guard let found = try await store.evaluation(evaluation) else { throw ChangeRefusal.notFound }
        return EvaluationResults(found, responses: try await store.responses(to: evaluation))
    }

    public func decide(
        evaluation: String, subject: EvaluationDecision.Subject, verdict: EvaluationDecision.Verdict, reason: String, decidedOn: String, by account: Account?
    ) async throws -> EvaluationDecision {
        try Permission.require(anyOf: [.editRegister], for: account)
        guard try await store.evaluation(evaluation) != nil else { throw ChangeRefusal.notFound }
        guard ISODate.isValid(decidedOn) else { throw EvaluationProblem.notADate(decidedOn) }
        guard let current = try await register.current() else { throw ChangeRefusal.notFound }
        let known: Bool = switch subject {
        case let .team(id): current.team(id) != nil
        case let .body(id): current.body(id) != nil
        case let .programme(id): current.programme(id) != nil
        }
        guard known else { throw EvaluationProblem.unknownUnit }
        let decision = EvaluationDecision(evaluation: evaluation, subject: subject, verdict: verdict,
                                          reason: String(reason.trimmingCharacters(in: .whitespacesAndNewlines).prefix(4_000)),
                                          decidedOn: decidedOn, recordedBy: account!.publicName)
        return try await store.decide(decision, ending: EvaluationDecision.membershipsToEnd(subject, verdict, on: decidedOn, in: current), by: account!)
    }
}
