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
                                                               teams: teams, fields: ConsultationTriagePage.fields(l, teams: teams), mayModerate: true), l),
                       as: .html, named: "beheer")
        assertSnapshot(of: ConsultationFollowPage.render(.init(answer: answers[0], round: round, sectionTitle: "4.5 Aandachtspunten samenwerking", teams: teams), l),
                       as: .html, named: "volgen")
        assertSnapshot(of: ConsultationPrivacyPage.render(l), as: .html, named: "privacy")
    }
}
