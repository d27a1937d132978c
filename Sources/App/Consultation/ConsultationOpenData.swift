import Core
import Foundation
import Vapor

/// The consultation as open data: `/api/v1/consultations` (every round) and
/// `/api/v1/consultations/{round}/answers` (a round's published answers with what became of
/// them). Only what the reactienota shows: a member of the public's name only with consent, no
/// account, no address.
struct APIConsultationRounds: Encodable {
    struct Item: Encodable {
        var id: String
        var title: String
        var version: String
        var opensOn: String
        var closesOn: String
        var links: [String: String]

        init(_ round: ConsultationRound) {
            id = round.id
            title = round.title
            version = round.version
            opensOn = round.opensOn
            closesOn = round.closesOn
            links = ["self": SiteURL.consultation(.apiAnswers(round.id)).path, "page": SiteURL.consultation(.round(round.id)).path,
                     "responseNote": SiteURL.consultation(.responseNote(round.id)).path, "csv": SiteURL.consultation(.responseNoteCSV(round.id)).path]
        }
    }

    var items: [Item]
    var count: Int

    init(_ rounds: [ConsultationRound]) {
        items = rounds.map(Item.init)
        count = items.count
    }
}

struct APIConsultationAnswers: Encodable {
    struct Change: Encodable {
        var text: String
        var href: String?
        var label: String?
    }

    struct Decision: Encodable {
        var owner: String?
        var ownerName: String
        var kind: String?
        var note: String
        var changes: [Change]
        var decidedOn: String
    }

    struct Offer: Encodable {
        var kind: String
        var team: String
        var detail: String
        var decidedOn: String
    }

    struct Item: Encodable {
        var id: String
        var about: String
        var section: String
        var submittedAt: String
        /// Nil for a member of the public who did not consent to publishing their name.
        var respondent: String?
        var enthusiastic: String
        var differently: String
        var participation: String?
        var contributions: [String]
        var how: String
        var disposition: Decision?
        var offer: Offer?
    }

    var round: APIConsultationRounds.Item
    var items: [Item]
    var count: Int

    init(round: ConsultationRound, answers: [ConsultationAnswer], context: DispositionContext, regiegroep: String) {
        self.round = APIConsultationRounds.Item(round)
        items = answers.map { answer in
            Item(id: answer.id, about: answer.about, section: answer.section, submittedAt: answer.submittedAt, respondent: answer.shownName,
                 enthusiastic: answer.enthusiastic, differently: answer.differently, participation: answer.participation?.rawValue,
                 contributions: answer.contributions.map(\.rawValue), how: answer.how,
                 disposition: answer.disposition.map { disposition in
                     Decision(owner: disposition.owner, ownerName: disposition.owner.map(context.team) ?? regiegroep, kind: disposition.kind?.rawValue,
                              note: disposition.note,
                              changes: disposition.changes.map { Change(text: $0, href: context.targets[$0]?.href, label: context.targets[$0]?.label) },
                              decidedOn: disposition.decidedOn)
                 },
                 offer: answer.offer.map { offer in
                     Offer(kind: offer.kind.rawValue, team: offer.team, detail: offer.kind == .capacity ? context.capacity[offer.reference] ?? "" : offer.note,
                           decidedOn: offer.decidedOn)
                 })
        }
        count = items.count
    }
}
