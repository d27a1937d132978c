import Core
import Storage

/// What a page needs to say what became of answers: the teams by name, where each named change
/// leads (a section in the version that changed it, a record's page), and what each offer became.
struct DispositionContext: Equatable {
    struct Target: Equatable {
        var href: String
        var label: String
    }

    var teams: [FormChoice]
    /// By the change's text as the disposition holds it (`section:4.5`, `actions:ID`).
    var targets: [String: Target] = [:]
    /// By offer reference (a capacity cell's id): what the table holds now.
    var capacity: [String: String] = [:]

    func team(_ id: String) -> String { teams.first { $0.value == id }?.label ?? id }

    /// `sectionVersions`: per section id, the newest version whose edits changed it.
    static func make(teams: [FormChoice], answers: [ConsultationAnswer], register: Register, roundVersion: String, plan: PlanDocument?,
                     sectionVersions: [String: String], capacity: [String: String] = [:]) -> DispositionContext {
        var context = DispositionContext(teams: teams, capacity: capacity)
        for text in Set(answers.flatMap { $0.disposition?.changes ?? [] }) {
            switch ChangeLink(text) {
            case let .section(id)?:
                let title = plan?.section(id)?.numberedTitle ?? id
                if let version = sectionVersions[id] {
                    context.targets[text] = Target(href: SiteURL.planDifferences(version: version).path + "#" + id, label: "\(version): \(title)")
                } else {
                    context.targets[text] = Target(href: SiteURL.planDocument(version: roundVersion).path + "#" + id, label: title)
                }
            case let .record(reference)? where register.contains(reference):
                context.targets[text] = Target(href: SiteURL.page(of: reference).path, label: register.title(of: reference))
            default: continue
            }
        }
        return context
    }

    /// Names, links and offer outcomes for the answers of a round, from the register, the
    /// versions of the plan and the people and money table as they are now.
    static func load(_ answers: [ConsultationAnswer], of round: ConsultationRound, register: Register, versions: PlanVersionStore,
                     money: PeopleAndMoneyStore, l: Localizer) async throws -> DispositionContext {
        var sectionVersions: [String: String] = [:]
        for version in try await versions.versions() {
            for edit in try await versions.edits(of: version.version) { sectionVersions[edit.section] = version.version }
        }
        let capacity = Self.capacity(of: answers, in: try await money.current()?.data, l)
        let teams = register.teams.filter { !$0.isSubTeam }.map { FormChoice(value: $0.id, label: $0.name) }
        return make(teams: teams, answers: answers, register: register, roundVersion: round.version, plan: PlanDocumentRoutes.document(round.version),
                    sectionVersions: sectionVersions, capacity: capacity)
    }

    /// What the capacity table holds now for each offer taken up as capacity (`2021: 0,2 fte`).
    static func capacity(of answers: [ConsultationAnswer], in table: PeopleAndMoney?, _ l: Localizer) -> [String: String] {
        var capacity: [String: String] = [:]
        for reference in answers.compactMap({ $0.offer?.kind == .capacity ? $0.offer?.reference : nil }) {
            if let cell = table?.commitments.first(where: { $0.id == reference }) { capacity[reference] = "\(cell.year): \(l.capacity(cell.amount))" }
        }
        return capacity
    }

    /// What a team made of an offer, in words.
    func outcome(of offer: OfferOutcome, _ l: Localizer) -> String {
        let detail = switch offer.kind {
        case .membership: ""
        case .capacity: capacity[offer.reference] ?? ""
        case .declined: offer.note
        }
        return l(.consultation(.offerOutcome(offer.kind, detail: detail, day: l.date(offer.decidedOn), by: offer.decidedBy)))
    }
}
