@testable import App
import Core
import Foundation
import StipTestSupport
import Testing
import VaporTesting

/// The plan's Tabel Mensen and Tabel Middelen as a board member reads them, the forms that
/// change them (for the regiegroep only), and the same figures as CSV and JSON.
@Suite struct PeopleAndMoneyPageTests {
    @Test func capacity2021ShowsStipsSumsBesideThePlansTotalsAndTheEuros() async throws {
        try await withStipMoney { app, _ in
            let response = try await app.get("/middelen/inzet/2021")
            #expect(response.status == .ok)
            let page = response.body.string
            // Computed per party, then as the plan states them.
            for text in ["circa 10,9 fte", "circa 3,2 fte", "circa 1,6 fte + PM", "circa 0,4 fte + PM", "circa 16,1 fte + PM",
                         "circa 11 fte", "circa 3 fte", "circa 2 fte", "circa 16 fte", "Totaal geschat 2021",
                         "-0,1 fte", "+0,2 fte", "-0,4 fte + PM", "plan: circa 8,5 fte (-0,1 fte)"] {
                #expect(page.contains(text), "\(text)")
            }
            // The plan's euro row (stated totals at 75 K) beside the same for Stip's sums.
            for text in ["€\u{00A0}825.000", "€\u{00A0}225.000", "€\u{00A0}150.000", "€\u{00A0}1.200.000", "€\u{00A0}75.000 per fte", "€\u{00A0}817.500", "€\u{00A0}240.000", "€\u{00A0}120.000 + PM"] {
                #expect(page.contains(text), "\(text)")
            }
            #expect(page.contains("1,5 d/w × 4"))
            #expect(page.contains("<svg"))
            #expect(page.contains("Er is nog geen bespreking gehouden."))
        }
    }

    @Test func capacity2020HasThePlansOneRowAndNoRate() async throws {
        try await withStipMoney { app, _ in
            let page = try await app.get("/middelen/inzet/2020").body.string
            for text in ["Voorbereiden en opstellen PvA NOVI-gebied", "Totaal gerealiseerd 2020", "2 fte", "0,4 fte", "PM",
                         "Geen tarief per fte voor dit jaar"] {
                #expect(page.contains(text), "\(text)")
            }
            #expect(!page.contains("differs"))
        }
    }

    @Test func budget2020IsFlaggedForTwoThousandMoreCoverThanBudget() async throws {
        try await withStipMoney { app, _ in
            let page = try await app.get("/middelen/begroting/2020").body.string
            for text in ["Opstellen Plan van aanpak NOVI-gebied", "€\u{00A0}125.000", "€\u{00A0}127.000", "€\u{00A0}25.000", "€\u{00A0}60.000", "€\u{00A0}30.000", "€\u{00A0}12.000",
                         "Saldo +€\u{00A0}2.000: er is €\u{00A0}2.000 meer dekking dan begroot.", "class=\"flag\""] {
                #expect(page.contains(text), "\(text)")
            }
        }
    }

    @Test func budget2021BalancesAt630000() async throws {
        try await withStipMoney { app, _ in
            let page = try await app.get("/middelen/begroting/2021").body.string
            for text in ["€\u{00A0}630.000", "€\u{00A0}130.000", "€\u{00A0}500.000", "€\u{00A0}250.000", "Sluitend", "Dekking voor 2021 als geheel",
                         "Onderzoek, advies, versnellers t.b.v. opgegavegerichte teams en regieteam"] {
                #expect(page.contains(text), "\(text)")
            }
            #expect(!page.contains("class=\"flag\""))
        }
    }

    @Test func theOverviewLinksEveryTable() async throws {
        try await withStipMoney { app, _ in
            let page = try await app.get("/middelen").body.string
            for path in ["/middelen/inzet/2020", "/middelen/inzet/2021", "/middelen/begroting/2020", "/middelen/begroting/2021",
                         "/middelen/besprekingen", "/middelen/investeringsagenda"] {
                #expect(page.contains("href=\"\(path)\""), "\(path)")
            }
            #expect(page.contains("aria-current=\"page\">Mensen en middelen"))
            #expect(try await app.get("/").body.string.contains("href=\"/middelen\""))
        }
    }

    @Test func aTypedCommitmentIsSavedAndShownInFTEAndEuros() async throws {
        try await withStipMoney { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let form = try await app.get("/middelen/inzet/invullen?jaar=2021&activiteit=vereniging-van-programmamanagers&partij=provincie-limburg", cookies: session)
            #expect(form.status == .ok)
            let saved = try await app.postForm("/middelen/inzet/invullen", [
                ("jaar", "2021"), ("activiteit", "vereniging-van-programmamanagers"), ("partij", "provincie-limburg"),
                ("inzet", "1,5 d/w x 4"), ("toelichting", ""), ("version", "0"),
            ], cookies: session)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers.first(name: .location))
            #expect(location.hasPrefix("/middelen/inzet/2021?opgeslagen="))
            let page = try await app.get(location).body.string
            #expect(page.contains("1,5 d/w × 4 = 1,2 fte · €\u{00A0}90.000 bij €\u{00A0}75.000 per fte"))
            // The province's total grows by 1,2 fte: 3,2 + 1,2.
            #expect(page.contains("circa 4,4 fte"))

            // Editing it again starts from what is stored, and a stale version is refused with both versions shown.
            let edit = try await app.get("/middelen/inzet/invullen?jaar=2021&activiteit=vereniging-van-programmamanagers&partij=provincie-limburg", cookies: session)
            #expect(edit.body.string.contains("value=\"1,5 d/w x 4\""))
            #expect(edit.body.string.contains("name=\"version\" value=\"1\""))
            let stale = try await app.postForm("/middelen/inzet/invullen", [
                ("jaar", "2021"), ("activiteit", "vereniging-van-programmamanagers"), ("partij", "provincie-limburg"),
                ("inzet", "2 fte"), ("version", "0"),
            ], cookies: session)
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("name=\"version\" value=\"1\""))
        }
    }

    @Test(arguments: [
        ("1,5 x", "Na ‘x’ komt het aantal personen"),
        ("-1 fte", "Inzet kan niet negatief zijn."),
        ("veel", "‘veel’ is geen hoeveelheid inzet"),
        ("1,5 x 4", "schrijf ‘d/w’"),
    ])
    func aWrongAmountIsRefusedWithAMessageOnTheField(amount: String, message: String) async throws {
        try await withStipMoney { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let response = try await app.postForm("/middelen/inzet/invullen", [
                ("jaar", "2021"), ("activiteit", "communicatieteam"), ("partij", "rijk"), ("inzet", amount), ("version", "0"),
            ], cookies: session)
            #expect(response.status == .unprocessableEntity)
            let page = response.body.string
            #expect(page.contains("id=\"inzet-error\""))
            #expect(page.contains(message), "\(message)")
            #expect(page.contains("aria-invalid=\"true\""))
            #expect(page.contains("value=\"\(amount)\""), "what was typed is kept")
        }
    }

    @Test func visitorsLogInAndPartnersMayNotEdit() async throws {
        try await withStipMoney { app, accounts in
            for path in ["/middelen/inzet/invullen", "/middelen/begroting/realisatie", "/middelen/besprekingen/nieuw",
                         "/middelen/investeringsagenda/nieuw", "/middelen/inzet/2021/tarief"] {
                let anonymous = try await app.get(path)
                #expect(anonymous.status == .seeOther, "\(path)")
                #expect(anonymous.headers.first(name: .location)?.hasPrefix("/inloggen?next=") == true)
                for role in [AccountRole.partner, .captain] {
                    let session = try await app.logIn(accounts[role]!.email).cookies
                    #expect(try await app.get(path, cookies: session).status == .forbidden, "\(path) as \(role)")
                }
            }
            let partner = try await app.logIn(accounts[.partner]!.email).cookies
            let refused = try await app.postForm("/middelen/inzet/invullen", [
                ("jaar", "2021"), ("activiteit", "communicatieteam"), ("partij", "rijk"), ("inzet", "1 fte"), ("version", "0"),
            ], cookies: partner)
            #expect(refused.status == .forbidden)
        }
    }

    @Test func aSpendingAReviewAndAnInvestmentAreRecorded() async throws {
        try await withStipMoney { app, accounts in
            let session = try await app.logIn(accounts[.steeringGroup]!.email).cookies
            let spending = try await app.postForm("/middelen/begroting/realisatie", [
                ("post", "monitoring-2021"), ("van", "2021-01"), ("tot", "2021-06"), ("bedrag", "12.500,50"), ("toelichting", "eerste helft"),
            ], cookies: session)
            #expect(spending.status == .seeOther)
            let budget = try await app.get("/middelen/begroting/2021").body.string
            #expect(budget.contains("€\u{00A0}12.500,50"))
            #expect(budget.contains("€\u{00A0}62.499,50"))
            #expect(budget.contains("januari 2021 – juni 2021"))

            let wrongMonths = try await app.postForm("/middelen/begroting/realisatie", [
                ("post", "monitoring-2021"), ("van", "2021-06"), ("tot", "2021-01"), ("bedrag", "125.50"),
            ], cookies: session)
            #expect(wrongMonths.status == .unprocessableEntity)
            #expect(wrongMonths.body.string.contains("id=\"tot-error\""))
            #expect(wrongMonths.body.string.contains("id=\"bedrag-error\""))

            let review = try await app.postForm("/middelen/besprekingen/nieuw", [
                ("datum", "2021-05-10"), ("gremium", "directeurennetwerk"),
                ("besluit-team-groene-long", "scaleUp"), ("reden-team-groene-long", "meer vraag dan verwacht"),
            ], cookies: session)
            #expect(review.status == .seeOther)
            let reviews = try await app.get("/middelen/besprekingen").body.string
            #expect(reviews.contains("bijschakelen"))
            #expect(reviews.contains("meer vraag dan verwacht"))
            #expect(try await app.get("/middelen/inzet/2021").body.string.contains("bijschakelen"))

            let noReason = try await app.postForm("/middelen/besprekingen/nieuw", [
                ("datum", "2021-11-10"), ("gremium", "directeurennetwerk"), ("besluit-communicatieteam", "maintain"),
            ], cookies: session)
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("Geef de reden van het besluit."))

            let investment = try await app.postForm("/middelen/investeringsagenda/nieuw", [
                ("omschrijving", "Interreg Groene Long"), ("actielijn", "groene-long"), ("bron", "eu"), ("status", "desired"), ("bedrag", "1.000.000"),
            ], cookies: session)
            #expect(investment.status == .seeOther)
            let agenda = try await app.get("/middelen/investeringsagenda").body.string
            #expect(agenda.contains("Interreg Groene Long"))
            #expect(agenda.contains("€\u{00A0}1.000.000"))
            let edit = try await app.get("/middelen/investeringsagenda/ria-groene-long-eu/bewerken", cookies: session)
            #expect(edit.status == .ok)
            let changed = try await app.postForm("/middelen/investeringsagenda/ria-groene-long-eu/bewerken", [
                ("omschrijving", "Interreg Groene Long"), ("actielijn", "groene-long"), ("bron", "eu"), ("status", "committed"),
                ("bedrag", "1.000.000"), ("version", "1"),
            ], cookies: session)
            #expect(changed.status == .seeOther)
            let stale = try await app.postForm("/middelen/investeringsagenda/ria-groene-long-eu/bewerken", [
                ("omschrijving", "Interreg"), ("actielijn", "groene-long"), ("bron", "eu"), ("status", "realised"),
                ("bedrag", "900.000"), ("version", "1"),
            ], cookies: session)
            #expect(stale.status == .conflict)
            #expect(try await app.get("/middelen/investeringsagenda").body.string.contains("toegezegd"))

            let audit = try await app.get("/api/v1/audit?entity=investments", bearer: nil)
            #expect(audit.status == .unauthorized)
        }
    }

    @Test func everyTableAnswersAsCSVWithPlainNumbers() async throws {
        try await withStipMoney { app, _ in
            let capacity = try await app.get("/middelen/inzet/2021.csv")
            #expect(capacity.status == .ok)
            #expect(capacity.headers.contentType?.description.hasPrefix("text/csv") == true)
            let text = capacity.body.string
            #expect(text.hasPrefix("year,row,activity_id,activity,party_id,party,amount,fte,pm,approximate,eur,note\r\n"))
            #expect(text.contains("2021,total,,,gemeenten-zuid-limburg,Gemeenten incl. Parkstad,ca 10.9 fte,10.9,false,true,817500,"))
            #expect(text.contains("2021,stated_total,,,gemeenten-zuid-limburg,Gemeenten incl. Parkstad,ca 11 fte,11,false,true,825000,"))
            #expect(text.contains("2021,commitment,team-groene-long,Team groene long,gemeenten-zuid-limburg,Gemeenten incl. Parkstad,ca 4 d/w x 4,3.2,false,true,240000,"))

            let budget = try await app.get("/middelen/begroting/2020.csv").body.string
            #expect(budget.contains("2020,line,opstellen-pva-2020,Opstellen Plan van aanpak NOVI-gebied,125000,127000,25000,60000,30000,12000,0,125000,,"))
            #expect(budget.contains("2020,balance_surplus,,,,2000,"))
            #expect(try await app.get("/middelen/besprekingen.csv").status == .ok)
            #expect(try await app.get("/middelen/investeringsagenda.csv").body.string.hasPrefix("id,action_line,source,status,amount_eur,description"))
        }
    }

    @Test func theAPIAnswersInCentsAndPlainFTE() async throws {
        try await withStipMoney { app, _ in
            let capacity = try await app.get("/api/v1/capacity?year=2021")
            #expect(capacity.status == .ok)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: capacity.body)) as? [String: Any])
            let years = try #require(object["years"] as? [[String: Any]])
            #expect(years.count == 1)
            let totals = try #require(years[0]["totals"] as? [[String: Any]])
            let gemeenten = try #require(totals.first { $0["party"] as? String == "gemeenten-zuid-limburg" })
            let computed = try #require(gemeenten["computed"] as? [String: Any])
            #expect(computed["fteThousandths"] as? Int == 10_900)
            #expect((computed["fte"] as? NSNumber)?.doubleValue == 10.9)
            #expect(gemeenten["costStatedCents"] as? Int == 82_500_000)
            #expect(gemeenten["differenceThousandths"] as? Int == -100)
            #expect(years[0]["ratePerFTECents"] as? Int == 7_500_000)

            let budget = try await app.get("/api/v1/budget?year=2020").body
            let budgetYears = try #require((try JSONSerialization.jsonObject(with: Data(buffer: budget)) as? [String: Any])?["years"] as? [[String: Any]])
            #expect(budgetYears[0]["balance"] as? String == "surplus")
            #expect(budgetYears[0]["differenceCents"] as? Int == 200_000)
            #expect(budgetYears[0]["budgetedCents"] as? Int == 12_500_000)

            let all = try await app.get("/api/v1/budget").body
            let allYears = (try JSONSerialization.jsonObject(with: Data(buffer: all)) as? [String: Any])?["years"] as? [Any]
            #expect(allYears?.count == 2)
            let unknownYear = try await app.get("/api/v1/budget?year=2019")
            #expect(unknownYear.status == .notFound)
            let investments = try await app.get("/api/v1/investments").body.string
            #expect(investments.contains("\"count\":0"))
        }
    }

    @Test func withoutPeopleAndMoneyThePagesSaySo() async throws {
        try await withStip { app in
            let overview = try await app.get("/middelen").body.string
            #expect(overview.contains("Er zijn nog geen mensen en middelen vastgelegd."))
            let empty = try await app.get("/middelen/inzet/2021")
            #expect(empty.status == .ok)
            let nonsense = try await app.get("/middelen/inzet/twintig")
            #expect(nonsense.status == .notFound)
        }
    }
}
