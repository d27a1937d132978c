@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Testing

/// The consultation's pages from an invented round on an invented two-section text: one partner
/// answer disposed of, one public answer waiting.
@Suite struct ConsultationSnapshotTests {
    let l = Localizer()
    let round = ConsultationRound(id: "consultatie-1-0", title: "Consultatie plan 1.0", invitation: "Wij zien het zo.\nHoe ziet u het?", version: "1.0",
                                  opensOn: "2021-01-15", closesOn: "2021-03-01",
                                  invited: Invitation(kinds: [.foreignGovernment], countries: [.de], everyone: true), openedBy: "Regiegroep", openedAt: "2021-01-10T09:00:00Z")
    var document: PlanDocument {
        try! PlanDocumentFile.parse("# 4 | Samenwerking\n\nEen alinea.\n\n## 4.5 | Aandachtspunten samenwerking\n\n### Richting, ruimte, rugdekking…en rekenschap?\n\nHoe leggen we rekenschap af?",
                                    version: "1.0", file: "verzonnen.txt")
    }
    var answers: [ConsultationAnswer] {
        [ConsultationAnswer(id: "00000000-0000-0000-0000-000000000001", round: round.id, about: "4.5-2", enthusiastic: "Rekenschap als vierde R.",
                            differently: "Ook Duitse partners, omdat de grens een opgave is.", participation: .yes, contributions: [.people, .knowledge],
                            how: "Twee mensen", respondent: .partner(account: "p", name: "Anna Schmidt", organisation: "Stadt Aachen"), moderation: .published,
                            submittedAt: "2021-02-01T10:00:00Z",
                            disposition: Disposition(owner: nil, kind: .incorporated, note: "4.5 noemt de buurlanden.", changes: ["section:4.5"],
                                                     decidedBy: "Regiegroep", decidedOn: "2021-03-07"), version: 2),
         ConsultationAnswer(id: "00000000-0000-0000-0000-000000000002", round: round.id, about: "4", enthusiastic: "Dat burgers meedoen.", differently: "",
                            participation: .maybe, contributions: [.place], how: "Ons buurthuis",
                            respondent: .publicMember(name: "Jan Janssen", organisation: "", namePublished: false), moderation: .waiting,
                            submittedAt: "2021-02-02T10:00:00Z")]
    }
    let teams = [FormChoice(value: "team-groene-long", label: "Team groene long")]
    var context: DispositionContext {
        DispositionContext(teams: teams, targets: ["section:4.5": .init(href: "/plan/2.0/verschillen#4.5", label: "2.0: 4.5 Aandachtspunten samenwerking")],
                           capacity: ["2021-team-groene-long-stadt-aachen": "2021: 0,2 fte"])
    }
    /// The partner's answer once the team took up its offer as capacity.
    var takenUp: ConsultationAnswer {
        var answer = answers[0]
        answer.offer = OfferOutcome(kind: .capacity, team: "team-groene-long", reference: "2021-team-groene-long-stadt-aachen", note: "",
                                    decidedBy: "Aanvoerder", decidedOn: "2021-03-10")
        return answer
    }

    @Test func pages() {
        assertSnapshot(of: ConsultationRoundsPage.render(.init(csrf: "csrf", rounds: [round], fields: ConsultationRoundsPage.fields(l), problem: nil), l),
                       as: .html, named: "rondes")
        assertSnapshot(of: ConsultationRoundPage.render(.init(round: round, document: document, open: true, answers: answers.filter { $0.moderation == .published },
                                                              mayTriage: true), l), as: .html, named: "ronde")
        let publicFields = ConsultationAnswerPage.fields(l, about: "4.5-2", document: document, organisations: nil)
        assertSnapshot(of: ConsultationAnswerPage.render(.init(csrf: "csrf", round: round, aboutTitle: "4.5 Aandachtspunten samenwerking", fields: publicFields,
                                                               problem: nil), l), as: .html, named: "reageren-publiek")
        let organisations = [Organisation(id: "stadt-aachen", name: "Stadt Aachen", kind: .foreignGovernment, country: .de)]
        assertSnapshot(of: ConsultationAnswerPage.render(.init(csrf: "csrf", round: round, aboutTitle: "4 Samenwerking",
                                                               fields: ConsultationAnswerPage.fields(l, about: "4", document: document, organisations: organisations), problem: nil,
                                                               followLink: "/consultatie/volg/voorbeeld"), l), as: .html, named: "reageren-bedankt")
        assertSnapshot(of: ConsultationTriagePage.render(.init(csrf: "csrf", round: round, answers: answers, sectionTitles: ["4.5-2": "4.5 Aandachtspunten samenwerking, Alinea 4.5-2", "4": "4 Samenwerking"],
                                                               context: context, fields: ConsultationTriagePage.fields(l, teams: teams), mayModerate: true), l),
                       as: .html, named: "beheer")
        assertSnapshot(of: ConsultationFollowPage.render(.init(answer: takenUp, round: round, sectionTitle: "4.5 Aandachtspunten samenwerking", context: context), l),
                       as: .html, named: "volgen")
        assertSnapshot(of: ConsultationPrivacyPage.render(l), as: .html, named: "privacy")
        let note = ResponseNotePage.Model(round: round, document: document, answers: [takenUp], received: [.published: 1, .waiting: 1], context: context)
        assertSnapshot(of: ResponseNotePage.render(note, l), as: .html, named: "reactienota")
        assertSnapshot(of: ResponseNotePage.csv(note, l), as: .lines, named: "reactienota-csv")
    }

    /// The members page of a team with two offers: one open (a partner's, which can become capacity), one taken up.
    @Test func offers() {
        var open = answers[0]
        open.disposition = nil
        let team = TaskTeam(id: "team-groene-long", name: "Team groene long", actionLine: "groene-long")
        var model = MembersEditPage.Model(csrf: "csrf", team: team, day: "2021-03-10", current: [], people: [], organisations: [],
                                          input: MembershipInput(role: .member, from: "2021-03-10"))
        model.offers = [
            MembersEditPage.Offer(answer: open, sectionTitle: "4.5 Aandachtspunten samenwerking",
                                  capacity: [.init(year: 2021, amount: "0,4 fte", version: 3), .init(year: 2022, amount: nil, version: 0)], outcome: nil),
            MembersEditPage.Offer(answer: takenUp, sectionTitle: "4.5 Aandachtspunten samenwerking", capacity: nil,
                                  outcome: "Vastgelegd als inzet (2021: 0,2 fte) op 10 maart 2021 door Aanvoerder."),
        ]
        assertSnapshot(of: MembersEditPage.render(model, l), as: .html, named: "aanbiedingen")
    }
}
