import Core
import Foundation
import Services
import StipTestSupport
import Storage
import Testing

/// A consultation round on plan 1.0, on each database: a partner answers two sections (one *doe ik
/// mee: ja*), a member of the public answers and waits for moderation, the regiegroep publishes
/// it and disposes of every answer at once; the private links show what became of each; the
/// public respondent's e-mail address is in neither the answer nor the audit trail, and is
/// forgotten a year after the round closed.
@Suite struct ConsultingTests {
    let regiegroep = Account(id: "r", email: "regie@zl.nl", role: .steeringGroup, name: "Regiegroep Zuid-Limburg")
    let partner = Account(id: "p", email: "partner@aachen.de", role: .partner, name: "Anna Schmidt")
    let captain = Account(id: "c", email: "c@zl.nl", role: .captain, teams: ["team-groene-long"], name: "Aanvoerder Groene Long")
    static let invited = Invitation(kinds: [.foreignGovernment, .crossBorderBody, .municipality], countries: [.de, .be, .nl, .eu], everyone: true)

    static func at(_ day: String) -> Date { ISO8601DateFormatter().date(from: "\(day)T10:00:00Z")! }

    func input(_ about: String, enthusiastic: String = "", differently: String = "", participation: String = "", contributions: [String] = [],
               how: String = "") -> ConsultationAnswerInput {
        ConsultationAnswerInput(about: about, enthusiastic: enthusiastic, differently: differently, participation: participation,
                                contributions: contributions, how: how)
    }

    @Test(arguments: ScratchDatabase.available)
    func aRoundFromInvitationToEveryAnswerDisposed(database: ScratchDatabase) async throws {
        try await database.with { db in
            let register = RegisterStore(database: db)
            try await register.load(SeedPlan.register, replacing: false)
            let store = ConsultationStore(beside: register), trail = AuditTrail(database: db)
            func consulting(on day: String) -> Consulting {
                Consulting(store: store, register: register, document: { $0 == "1.0" ? SeedPlan.document : nil }, now: { Self.at(day) })
            }
            await #expect(throws: AccessRefusal.forbidden) {
                try await consulting(on: "2021-01-10").open(title: "x", invitation: "y", version: "1.0", opensOn: "2021-01-15", closesOn: "2021-03-01",
                                                           invited: Self.invited, by: partner)
            }
            await #expect(throws: Consulting.Refusal.round(.unknownVersion("3.0"))) {
                try await consulting(on: "2021-01-10").open(title: "x", invitation: "y", version: "3.0", opensOn: "2021-01-15", closesOn: "2021-03-01",
                                                           invited: Self.invited, by: regiegroep)
            }
            let round = try await consulting(on: "2021-01-10").open(
                title: "Consultatie plan van aanpak 1.0", invitation: "Wij zien het zo. Hoe ziet u het?", version: "1.0",
                opensOn: "2021-01-15", closesOn: "2021-03-01", invited: Self.invited, by: regiegroep)
            #expect(round.id == "consultatie-plan-van-aanpak-1-0")
            await #expect(throws: Consulting.Refusal.closed, "not open yet") {
                try await consulting(on: "2021-01-10").answer(input("4.5", enthusiastic: "x"), in: round.id, organisation: "stadt-aachen",
                                                             followToken: "t0", by: partner)
            }

            // The partner: two sections, one of them *doe ik mee: ja* with people and knowledge.
            let organisation = try #require(Self.invited.organisations(in: SeedPlan.register).first { $0.country == .de })
            let first = try await consulting(on: "2021-02-01").answer(
                input("4.5", enthusiastic: "Rekenschap als vierde R.", differently: "Graag ook Duitse partners in het katalysatorteam, omdat de grens een opgave is."),
                in: round.id, organisation: organisation.id, followToken: "token-partner-1", by: partner)
            let second = try await consulting(on: "2021-02-01").answer(
                input("5-europese-schakelregio-3", participation: "yes", contributions: ["people", "knowledge"], how: "Twee mensen van onze afdeling."),
                in: round.id, organisation: organisation.id, followToken: "token-partner-2", by: partner)
            #expect(first.moderation == .published && second.participation == .yes)
            await #expect(throws: Consulting.Refusal.input(["about": .unknownPlace("9.9")])) {
                try await consulting(on: "2021-02-01").answer(input("9.9", enthusiastic: "x"), in: round.id, organisation: organisation.id,
                                                             followToken: "t1", by: partner)
            }
            await #expect(throws: Consulting.Refusal.input(["enthusiastic": .nothingSaid])) {
                try await consulting(on: "2021-02-01").answer(input("4.5"), in: round.id, organisation: organisation.id, followToken: "t2", by: partner)
            }
            await #expect(throws: Consulting.Refusal.notInvited, "an organisation the round does not invite") {
                try await consulting(on: "2021-02-01").answer(input("4.5", enthusiastic: "x"), in: round.id, organisation: "ministerie-bzk",
                                                             followToken: "t3", by: partner)
            }

            // The public: held for moderation; the e-mail address kept apart.
            await #expect(throws: Consulting.Refusal.input(["name": .nameMissing, "email": .emailInvalid])) {
                try await consulting(on: "2021-02-02").answerAsPublic(input("8", enthusiastic: "Mooi"), in: round.id, name: " ", organisation: "",
                                                                     email: "geen-adres", namePublished: true, followToken: "t4")
            }
            let citizen = try await consulting(on: "2021-02-02").answerAsPublic(
                input("8", enthusiastic: "Dat burgers meedoen.", participation: "maybe", contributions: ["place"], how: "Ons buurthuis in Kerkrade"),
                in: round.id, name: "Jan Janssen", organisation: "", email: "jan@example.nl", namePublished: false, followToken: "token-citizen")
            #expect(citizen.moderation == .waiting && citizen.shownName == nil)
            #expect(Set(try await consulting(on: "2021-02-02").published(in: round.id).map(\.id)) == [first.id, second.id])
            await #expect(throws: AccessRefusal.forbidden) {
                try await consulting(on: "2021-02-03").moderate([citizen.id: 1], in: round.id, publish: true, by: captain)
            }
            _ = try await consulting(on: "2021-02-03").moderate([citizen.id: 1], in: round.id, publish: true, by: regiegroep)
            #expect(try await consulting(on: "2021-02-03").published(in: round.id).count == 3)

            // Triage: two answers to the Groene Long team as already covered, one to the regiegroep for 2.0; stale versions refuse all.
            await #expect(throws: ConsultationConflict.self) {
                try await consulting(on: "2021-03-05").dispose([first.id: 1, citizen.id: 1], in: round.id, owner: nil, kind: .forDiscussion, note: "",
                                                              changes: [], by: regiegroep)
            }
            await #expect(throws: Consulting.Refusal.dispositionIncomplete) {
                try await consulting(on: "2021-03-05").dispose([first.id: 1], in: round.id, owner: nil, kind: .notAdopted, note: " ", changes: [], by: regiegroep)
            }
            let covered = try await consulting(on: "2021-03-05").dispose(
                [second.id: 1, citizen.id: 2], in: round.id, owner: "team-groene-long", kind: .forDiscussion, note: "", changes: [], by: regiegroep)
            #expect(covered.allSatisfy { $0.disposition?.owner == "team-groene-long" } && covered.map(\.version).sorted() == [2, 3])
            // The aanvoerder decides on their team's answers, not on others'.
            _ = try await consulting(on: "2021-03-06").dispose([citizen.id: 3], in: round.id, owner: "team-groene-long", kind: .alreadyCovered,
                                                              note: "Al voorzien in de actie Green Destination.", changes: [], by: captain)
            await #expect(throws: AccessRefusal.forbidden) {
                try await consulting(on: "2021-03-06").dispose([first.id: 1], in: round.id, owner: "team-groene-long", kind: .alreadyCovered,
                                                              note: "x", changes: [], by: captain)
            }
            _ = try await consulting(on: "2021-03-07").dispose([first.id: 1], in: round.id, owner: nil, kind: .incorporated,
                                                              note: "4.5 noemt de buurlanden.", changes: ["section:4.5"], by: regiegroep)

            // The private links show what became of each answer.
            let followed = try #require(try await consulting(on: "2021-03-08").follow("token-citizen"))
            #expect(followed.answer.disposition?.kind == .alreadyCovered && followed.round.id == round.id)
            #expect(try await consulting(on: "2021-03-08").follow("token-partner-1")?.answer.disposition?.changes == ["section:4.5"])
            #expect(try await consulting(on: "2021-03-08").follow("geraden") == nil)

            // The address is in no document and no audit record; the trail has every step.
            let records = try await trail.records().filter { $0.entity.hasPrefix("consultation") }
            let expected = 9 // the round, three answers, a moderation, two disposed at once, the aanvoerder's, the regiegroep's
            #expect(records.count == expected)
            let texts: [String] = records.map { record in [record.before ?? "", record.after ?? "", record.accountEmail].joined(separator: " ") }
            #expect(!texts.contains { $0.contains("jan@example.nl") })
            #expect(try await store.hasContact(citizen.id))

            // A year after the round closed the address is forgotten, with the next answer to any round.
            let later = try await consulting(on: "2022-01-20").open(title: "Consultatie 2022", invitation: "Opnieuw", version: "1.0",
                                                                   opensOn: "2022-02-01", closesOn: "2022-04-01", invited: Self.invited, by: regiegroep)
            _ = try await consulting(on: "2022-02-27").answerAsPublic(input("8", enthusiastic: "Nog steeds goed."), in: later.id, name: "Els", organisation: "",
                                                                     email: "els@example.nl", namePublished: true, followToken: "token-els")
            #expect(try await store.hasContact(citizen.id), "363 days after closing it is still kept")
            _ = try await consulting(on: "2022-03-03").answerAsPublic(input("8", enthusiastic: "En nog eens."), in: later.id, name: "Piet", organisation: "",
                                                                     email: "piet@example.nl", namePublished: true, followToken: "token-piet")
            #expect(try await !store.hasContact(citizen.id))
        }
    }
}
