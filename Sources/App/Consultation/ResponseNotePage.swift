import Core
import Monitor
import Plot
import Storage

/// `/consultatie/{round}/reactienota`: every published answer of a round, by section of the plan
/// in the plan's order, with what became of it (who handles it, the decision, the change it led
/// to, what a team made of an offer). Names of members of the public only with their consent.
enum ResponseNotePage {
    struct Model: Equatable {
        var round: ConsultationRound
        var document: PlanDocument
        var answers: [ConsultationAnswer]
        /// Every answer received, published or not (only counted).
        var received: [ConsultationAnswer.Moderation: Int]
        var context: DispositionContext

        static func load(_ round: ConsultationRound, store: ConsultationStore, register: Register, versions: PlanVersionStore,
                         money: PeopleAndMoneyStore, l: Localizer) async throws -> Model {
            let all = try await store.answers(in: round.id)
            let published = all.filter { $0.moderation == .published }
            return Model(round: round, document: PlanDocumentRoutes.document(round.version) ?? PlanDocument(version: round.version, sections: []),
                         answers: published, received: Dictionary(grouping: all, by: \.moderation).mapValues(\.count),
                         context: try await DispositionContext.load(published, of: round, register: register, versions: versions, money: money, l: l))
        }

        /// The published answers by section, in the plan's order.
        var bySection: [(section: DocumentSection, answers: [ConsultationAnswer])] {
            document.sections.compactMap { section in
                let found = answers.filter { $0.section == section.id }
                return found.isEmpty ? nil : (section, found)
            }
        }
    }

    static func render(_ model: Model, _ l: Localizer) -> String {
        let round = model.round
        let title = l(.consultation(.responseNoteTitle(round.title)))
        let decided = Dictionary(grouping: model.answers) { $0.disposition?.kind }.mapValues(\.count)
        return Layout(l: l, title: title, section: .consultation, source: nil).render(
            .p(.class("crumbs no-print"), .a(.href(SiteURL.consultation(.round(round.id)).path), .text(round.title))),
            .h1(.text(title)),
            .p(.class("lead"), .text(l(.consultation(.responseNoteIntro(version: round.version, from: l.date(round.opensOn), to: l.date(round.closesOn)))))),
            .p(.text(l(.consultation(.receivedCounts(published: model.received[.published] ?? 0, waiting: model.received[.waiting] ?? 0,
                                                     rejected: model.received[.rejected] ?? 0))))),
            .table(
                .caption(.text(l(.consultation(.whatBecame)))),
                .thead(.tr(ReportingNodes.th(l(.consultation(.kind))), ReportingNodes.th(l(.consultation(.countColumn))))),
                .tbody(
                    .forEach(Disposition.Kind.allCases) { kind in
                        .tr(.td(.text(l(.consultation(.disposition(kind))))), .td(.class("num"), .text(String(decided[kind] ?? 0))))
                    },
                    .tr(.td(.text(l(.consultation(.undecided)))), .td(.class("num"), .text(String(decided[nil] ?? 0)))))),
            .p(.class("no-print"),
               .a(.href(SiteURL.consultation(.responseNoteCSV(round.id)).path), .text(l(.consultation(.downloadCSV)))), .text(" · "),
               .a(.href(SiteURL.consultation(.apiAnswers(round.id)).path), .text(l(.consultation(.openDataJSON))))),
            .if(model.answers.isEmpty, .p(.class("muted"), .text(l(.consultation(.noAnswers))))),
            .forEach(model.bySection) { section, answers in
                .section(.class("response-section"), .id("onderdeel-" + section.id),
                    .h2(.a(.href(SiteURL.planDocument(version: round.version).path + "#" + section.id), .text(section.numberedTitle))),
                    .forEach(answers) { answer in
                        .article(.class("response"), .id("reactie-" + answer.id),
                            ConsultationNodes.answer(answer, l),
                            .div(.class("what-became"), .h3(.text(l(.consultation(.whatBecame)))), ConsultationNodes.disposition(answer, model.context, l)))
                    })
            })
    }

    /// The same as a spreadsheet: one row per published answer, in the plan's order.
    static func csv(_ model: Model, _ l: Localizer) -> String {
        var writer = CSVWriter(header: ["onderdeel", l(.consultation(.sectionColumn)), "id", l(.consultation(.submitted)), l(.consultation(.respondent)),
                                        l(.consultation(.enthusiastic)), l(.consultation(.differently)), l(.consultation(.participation)),
                                        l(.consultation(.contributions)), l(.consultation(.how)), l(.consultation(.owner)), l(.consultation(.kind)),
                                        l(.consultation(.note)), l(.consultation(.changes)), l(.consultation(.offerColumn))],
                               lineEnd: .crlf)
        for (section, answers) in model.bySection {
            for answer in answers {
                let disposition = answer.disposition
                let changes = (disposition?.changes ?? []).map { model.context.targets[$0]?.label ?? $0 }.joined(separator: "; ")
                let offer = answer.offer.map { model.context.team($0.team) + ": " + model.context.outcome(of: $0, l) } ?? ""
                writer.row([section.id, section.numberedTitle, answer.id, answer.submittedAt, answer.shownName ?? l(.consultation(.anInhabitant)),
                            answer.enthusiastic, answer.differently, answer.participation.map { l(.consultation(.participationChoice($0))) } ?? "",
                            answer.contributions.map { l(.consultation(.contribution($0))) }.joined(separator: ", "), answer.how,
                            disposition.map { $0.owner.map(model.context.team) ?? l(.consultation(.regiegroep)) } ?? "",
                            disposition?.kind.map { l(.consultation(.disposition($0))) } ?? l(.consultation(.undecided)),
                            disposition?.note ?? "", changes, offer])
            }
        }
        return writer.text
    }
}

/// The reactienota as one HTML file that needs nothing else, for `stip consultation pdf`.
public enum ResponseNotePrinting {
    public static func html(round id: String, store register: RegisterStore) async throws -> String? {
        let store = ConsultationStore(beside: register)
        guard let round = try await store.round(id), let current = try await register.current() else { return nil }
        let l = Localizer()
        let model = try await ResponseNotePage.Model.load(round, store: store, register: current, versions: PlanVersionStore(beside: register),
                                                          money: PeopleAndMoneyStore(beside: register), l: l)
        return Stylesheet.inlined(into: ResponseNotePage.render(model, l))
    }
}
