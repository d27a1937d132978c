import Core

/// The words of *Mensen en middelen*: capacity, budget, reviews, the investment agenda and their forms.
enum MoneyPhrase: Equatable, Sendable {
    case nav, peopleAndMoney, overviewIntro, nothingLoaded, years, year, party, activity, total, explanation, circa, fteAmount(String)
    // Capacity (Tabel Mensen)
    case capacityHeading, capacityTitle(Int), capacityIntro, capacityCaption(Int), yearNote
    case computedTotal(Int), computedExplanation, statedTotal, statedExplanation, difference, differenceExplanation, agrees, statedPM
    case eurosStated(String), eurosComputed(String), eurosComputedExplanation, noRate, setRate, changeRate, inEuros
    case rateNoteLabel, computedColumn, statedColumn, planSays, editCell(String, String), saved, costAtRate(String, String), nowStored
    case chartHeading, chartTitle(Int), chartDescription(Int), chartLegend
    case fillInCommitment, commitmentIntro, amountField, amountHint, amountProblem(CapacityAmountError)
    case rateTitle(Int), rateIntro, ratePerFTE
    // Budget (Tabel Middelen)
    case budgetHeading, budgetTitle(Int), budgetIntro, budgetCaption(Int), expense, budgeted, coverage, realisation, spent, remaining
    case yearCoverage(Int), budgetTotal(Int), balanceHeading, balanced, surplus(String), shortfall(String)
    case recordSpending, spendingIntro, spendingsHeading, noSpendings, budgetLine, period, amount, fromMonth, untilMonth, monthHint
    case spendingHint, moneyHint, moneyProblem(MoneyError), notAMonth(String), notAYear(String)
    // Reviews
    case reviewsTitle, reviewIntro, latestReview, latestPerActivity, reviewHistory, reviewHistoryLink, noReviewsYet, reviewCount(Int)
    case decision, reviewDate, reason, verdict(CapacityReview.Verdict), addReview, reviewFormIntro, reasonRequired, noDecisions
    // Investment agenda
    case investmentsTitle, investmentsIntro, investmentsLink, noInvestmentsYet, investmentTotal(Int, String), perActionLine, perStatus
    case allInvestments, investment, addInvestment, editInvestment, description, sourceHeading
    case source(Investment.Source), status(Investment.Status)
    case conflictExplanation


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .nav: "Mensen en middelen"
        case .peopleAndMoney: "Mensen en middelen"
        case .overviewIntro: "Wat de partners aan mensen inzetten en wat het programma kost en wie het dekt, zoals hoofdstuk 6 van het plan het voorstelt. Stip telt alles op uit de regels en zet de totalen van het plan ernaast."
        case .nothingLoaded: "Er zijn nog geen mensen en middelen vastgelegd. Laad ze met ‘stip seed Seeds/zuid-limburg-middelen-2020-2021.yaml’."
        case .years: "Jaren"
        case .year: "Jaar"
        case .party: "Partij"
        case .activity: "Activiteit"
        case .total: "Totaal"
        case .explanation: "Toelichting"
        case .circa: "circa"
        case let .fteAmount(amount): "\(amount) fte"

        case .capacityHeading: "Inzet van mensen (Tabel Mensen)"
        case let .capacityTitle(year): "Inzet \(year)"
        case .capacityIntro: "De aanvullende ambtelijke inzet per activiteit en partij, in fte (5 dagen per week is 1 fte). Stip rekent de totalen uit; de totalen die het plan zelf noemt staan eronder, met het verschil. PM (pro memorie) is genoemd maar nog niet gekwantificeerd: het is geen nul en telt mee als ‘+ PM’."
        case let .capacityCaption(year): "Tabel Mensen \(year): inzet in fte per activiteit en partij"
        case .yearNote: "Bij dit jaar"
        case let .computedTotal(year): "Totaal \(year), berekend"
        case .computedExplanation: "door Stip opgeteld uit de regels hierboven."
        case .statedTotal: "Totaal volgens het plan"
        case .statedExplanation: "het totaal zoals het plan het noemt."
        case .difference: "Verschil berekend − plan"
        case .differenceExplanation: "waar de regels en het totaal van het plan uiteenlopen; rood als ze verschillen."
        case .agrees: "gelijk"
        case .statedPM: "plan: PM"
        case let .eurosStated(rate): "In euro’s volgens het plan (\(rate) per fte)"
        case let .eurosComputed(rate): "In euro’s, berekend (\(rate) per fte)"
        case .eurosComputedExplanation: "de eerste euro-regel is de vertaling van het plan (zijn totalen maal het tarief), de tweede die van de berekende totalen; PM heeft nog geen prijs."
        case .noRate: "Geen tarief per fte voor dit jaar"
        case .setRate: "Tarief vastleggen"
        case .changeRate: "Tarief per fte aanpassen"
        case .inEuros: "In euro’s"
        case .rateNoteLabel: "Het plan over de vertaling in euro’s"
        case .computedColumn: "Berekend"
        case .statedColumn: "Volgens het plan"
        case .planSays: "plan:"
        case let .editCell(activity, party): "Inzet van \(party) voor \(activity) invullen"
        case .saved: "Opgeslagen"
        case let .costAtRate(cost, rate): "\(cost) bij \(rate) per fte"
        case .nowStored: "Nu vastgelegd"
        case .chartHeading: "Inzet per partij"
        case let .chartTitle(year): "Inzet per partij in \(year)"
        case let .chartDescription(year): "Gestapelde balken: per partij de berekende inzet in \(year) in fte, per activiteit; een gestreepte rand betekent dat er PM meetelt; de stippellijn is het totaal dat het plan noemt."
        case .chartLegend: "Elke balk is de berekende inzet van een partij, opgebouwd per activiteit. Het gearceerde blokje staat voor PM; de stippellijn is het totaal dat het plan noemt."
        case .fillInCommitment: "Inzet invullen"
        case .commitmentIntro: "Eén vakje van de Tabel Mensen: wat een partij in een jaar aan een activiteit bijdraagt. Bestaat het vakje al, dan vervang je de inzet."
        case .amountField: "Inzet"
        case .amountHint: "Bijvoorbeeld ‘1,2 fte’, ‘circa 2 fte’, ‘1,5 d/w x 4’ (dagen per week maal personen) of ‘PM’."
        case let .amountProblem(error): Self.dutchAmountProblem(error)
        case let .rateTitle(year): "Tarief per fte in \(year)"
        case .rateIntro: "Wat één fte een jaar kost, om de inzet in euro’s te vertalen (het plan rekent met € 75.000 voor 2021). Laat leeg om geen tarief te gebruiken."
        case .ratePerFTE: "Euro per fte per jaar"

        case .budgetHeading: "Kosten en dekking (Tabel Middelen)"
        case let .budgetTitle(year): "Begroting \(year)"
        case .budgetIntro: "De out-of-pocketkosten per post met wat ervoor begroot is, de dekking per financier (per post of voor het jaar als geheel), de totalen en het saldo. De realisatie staat ernaast."
        case let .budgetCaption(year): "Tabel Middelen \(year): begroot, dekking en realisatie in euro’s"
        case .expense: "Uitgave"
        case .budgeted: "Begroot"
        case .coverage: "Dekking"
        case .realisation: "Realisatie"
        case .spent: "Gerealiseerd"
        case .remaining: "Resterend"
        case let .yearCoverage(year): "Dekking voor \(year) als geheel"
        case let .budgetTotal(year): "Totaal \(year)"
        case .balanceHeading: "Saldo dekking − begroting"
        case .balanced: "Sluitend: de dekking is gelijk aan de begroting."
        case let .surplus(amount): "Saldo +\(amount): er is \(amount) meer dekking dan begroot."
        case let .shortfall(amount): "Tekort van \(amount): er is minder dekking dan begroot."
        case .recordSpending: "Realisatie vastleggen"
        case .spendingIntro: "Wat er over een periode van maanden op een post is uitgegeven. Een negatief bedrag corrigeert een eerdere boeking."
        case .spendingsHeading: "Realisatie per periode"
        case .noSpendings: "Er is nog geen realisatie vastgelegd."
        case .budgetLine: "Post"
        case .period: "Periode"
        case .amount: "Bedrag"
        case .fromMonth: "Van (maand)"
        case .untilMonth: "Tot en met (maand)"
        case .monthHint: "jjjj-mm, bijvoorbeeld 2021-01"
        case .spendingHint: "In euro’s, bijvoorbeeld 12.500 of 12.500,50; negatief voor een correctie."
        case .moneyHint: "In euro’s, bijvoorbeeld 75.000 of 1.000.000."
        case let .moneyProblem(error): Self.dutchMoneyProblem(error)
        case let .notAMonth(text): "‘\(text)’ is geen maand (jjjj-mm)."
        case let .notAYear(text): "‘\(text)’ is geen jaar (bijvoorbeeld 2021)."

        case .reviewsTitle: "Halfjaarlijkse besprekingen van de inzet"
        case .reviewIntro: "Halfjaarlijks bespreekt het directeurenoverleg of de inzet toereikend is en of er moet worden bij- of afgeschakeld (hoofdstuk 6)."
        case .latestReview: "Laatste besluit per activiteit"
        case .latestPerActivity: "Laatste besluit per activiteit"
        case .reviewHistory: "Alle besprekingen, nieuwste eerst"
        case .reviewHistoryLink: "Alle besprekingen"
        case .noReviewsYet: "Er is nog geen bespreking gehouden."
        case let .reviewCount(count): count == 1 ? "Eén bespreking." : "\(count) besprekingen."
        case .decision: "Besluit"
        case .reviewDate: "Datum"
        case .reason: "Reden"
        case let .verdict(verdict):
            switch verdict {
            case .scaleUp: "bijschakelen"
            case .scaleDown: "afschakelen"
            case .maintain: "handhaven"
            }
        case .addReview: "Bespreking vastleggen"
        case .reviewFormIntro: "De datum, het gremium en per activiteit waarover besloten is: bijschakelen, afschakelen of handhaven, met de reden. Laat een activiteit leeg als er niet over besloten is."
        case .reasonRequired: "Geef de reden van het besluit."
        case .noDecisions: "Kies voor minstens één activiteit een besluit."

        case .investmentsTitle: "Regionale Investeringsagenda"
        case .investmentsIntro: "Investeringen per actielijn en bron (bedrijfsleven, regio, Rijk, EU), van gewenst tot gerealiseerd. De totalen rekent Stip uit."
        case .investmentsLink: "Naar de investeringsagenda"
        case .noInvestmentsYet: "Nog geen investeringen: het plan noemt de bronnen (bedrijfsleven, regio, Rijk, EU) maar nog geen bedragen; het gesprek erover staat voor het voorjaar van 2021 gepland."
        case let .investmentTotal(count, total): "\(count) investeringen, samen \(total)."
        case .perActionLine: "Per actielijn en bron"
        case .perStatus: "Per status"
        case .allInvestments: "Alle investeringen"
        case .investment: "Investering"
        case .addInvestment: "Investering toevoegen"
        case .editInvestment: "Investering bewerken"
        case .description: "Omschrijving"
        case .sourceHeading: "Bron"
        case let .source(source):
            switch source {
            case .business: "Bedrijfsleven"
            case .region: "Regio"
            case .nationalGovernment: "Rijk"
            case .eu: "EU"
            }
        case let .status(status):
            switch status {
            case .desired: "gewenst"
            case .expected: "verwacht"
            case .committed: "toegezegd"
            case .realised: "gerealiseerd"
            }
        case .conflictExplanation: "Iemand anders heeft dit opgeslagen nadat jij begon. Jouw invoer is niet opgeslagen en niet verloren: hieronder staan de opgeslagen waarden naast de jouwe. Sla opnieuw op om de jouwe te bewaren."
        }
    }

    private static func dutchAmountProblem(_ error: CapacityAmountError) -> String {
        let example = "schrijf bijvoorbeeld ‘1,2 fte’, ‘1,5 d/w x 4’, ‘circa 2 fte’ of ‘PM’"
        switch error {
        case .empty: return "Vul de inzet in (\(example))."
        case let .notANumber(text): return "‘\(text)’ is geen hoeveelheid inzet (\(example))."
        case .negative: return "Inzet kan niet negatief zijn."
        case .missingPersons: return "Na ‘x’ komt het aantal personen, bijvoorbeeld ‘1,5 d/w x 4’."
        case let .invalidPersons(text): return "‘\(text)’ is geen aantal personen (een geheel getal boven nul)."
        case .missingDaysUnit: return "Een vermenigvuldiging is dagen per week maal personen: schrijf ‘d/w’, bijvoorbeeld ‘1,5 d/w x 4’."
        case let .unknownUnit(text): return "‘\(text)’ is geen eenheid die Stip kent (gebruik ‘fte’ of dagen per week, ‘d/w’)."
        case let .unexpectedText(text): return "‘\(text)’ na de hoeveelheid wordt niet begrepen."
        case let .tooPrecise(decimals): return "Hier hoogstens \(decimals) decimalen."
        case let .tooManyDays(days): return "\(days.description.replacingOccurrences(of: ".", with: ",")) dagen per week is meer dan een week heeft."
        case let .daysTotalMismatch(_, computed):
            return "De vermenigvuldiging geeft \(computed.description.replacingOccurrences(of: ".", with: ",")) dagen per week."
        case .tooLarge: return "Die hoeveelheid is te groot."
        }
    }

    private static func dutchMoneyProblem(_ error: MoneyError) -> String {
        switch error {
        case .empty: return "Vul een bedrag in."
        case let .notAnAmount(text): return "‘\(text)’ is geen bedrag in euro’s (schrijf bijvoorbeeld 125.000 of 125.000,50)."
        case .tooPrecise: return "Een bedrag heeft hoogstens twee decimalen (centen)."
        case .negative: return "Het bedrag kan hier niet negatief zijn."
        case .tooLarge: return "Het bedrag is te groot."
        }
    }
}
