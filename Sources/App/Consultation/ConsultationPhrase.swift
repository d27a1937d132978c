import Core
import Services

/// The words of the consultation on the plan. Dates arrive formatted in the person's language.
enum ConsultationPhrase: Equatable, Sendable {
    case nav, title, intro, noRounds, openTitle, roundTitle, invitation, version, opensOn, closesOn, kinds, countries, everyone, open, opened
    case period(String, String), isOpen, isClosed, answerHere, answersCount(Int), publishedAnswers, noAnswers, sectionColumn
    case formTitle(String), about, enthusiastic, enthusiasticHint, differently, differentlyHint, participation, participationHint, contributions, how
    case organisation, organisationHint, name, email, emailHint, namePublished, send, honeypot, privacyLink, thanks, followLink, followHint
    case participationChoice(ConsultationAnswer.Participation), contribution(ConsultationAnswer.Contribution), noChoice, anInhabitant
    case triageTitle(String), triageIntro, waiting, rejected, published, moderation, publish, reject, dispose, owner, regiegroep, kind, note, changes, changesHint
    case disposition(Disposition.Kind), undecided, chosen(Int), followTitle, yourAnswer, whatBecame, notYetDecided, handledBy(String)
    case privacyTitle, privacyText, refusal(Consulting.Refusal), problem(ConsultationAnswerInput.Problem), roundProblem(ConsultationRoundProblem)
    case tooMany, conflict, answerColumn, choose, kindName(Organisation.Kind), countryName(Organisation.Country)
    case offersTitle, offersIntro, noOffers, takeUpAsMember, takeUpAsCapacity, declineOffer, capacityYear, capacityAmount, capacityAmountHint
    case currentCapacity(String), declineNote, offerOutcome(OfferOutcome.Kind, detail: String, day: String, by: String), offerRefusal(OfferDeciding.Refusal)
    case offerDecided, noCapacityOffer, amountProblem
    case responseNoteTitle(String), responseNoteIntro(version: String, from: String, to: String), receivedCounts(published: Int, waiting: Int, rejected: Int)
    case downloadCSV, openDataJSON, submitted, respondent, responseNoteLink, answerThisBlock, countColumn, offerColumn


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .nav: "Consultatie"
        case .title: "Consultatie op het plan"
        case .intro: "‘Wij zien het zo. Hoe ziet u het?’ Het plan van aanpak is een groeidocument. Per ronde kunnen partners in de (Eu)regio, de rijkspartners en, als de ronde dat zegt, iedereen reageren: waar bent u enthousiast over, wat ziet u anders (en waarom), en doet u mee? Elke reactie krijgt een antwoord."
        case .noRounds: "Er is nog geen consultatieronde geopend."
        case .openTitle: "Een ronde openen"
        case .roundTitle: "Titel"
        case .invitation: "Uitnodiging"
        case .version: "Versie van het plan"
        case .opensOn: "Open vanaf"
        case .closesOn: "Open tot en met"
        case .kinds: "Uitgenodigde soorten organisaties"
        case .countries: "Uit de landen"
        case .everyone: "Ook inwoners en andere belangstellenden (reacties worden eerst beoordeeld)"
        case .open: "Ronde openen"
        case .opened: "De ronde is geopend."
        case let .period(from, to): "Open van \(from) tot en met \(to)"
        case .isOpen: "Deze ronde is open voor reacties."
        case .isClosed: "Deze ronde is nu niet open voor reacties."
        case .answerHere: "Reageren"
        case let .answersCount(count): count == 1 ? "1 reactie" : "\(count) reacties"
        case .publishedAnswers: "Reacties"
        case .noAnswers: "Nog geen reacties."
        case .sectionColumn: "Onderdeel van het plan"
        case let .formTitle(round): "Reageren · \(round)"
        case .about: "Over"
        case .enthusiastic: "Waar bent u enthousiast over?"
        case .enthusiasticHint: "Platte tekst, hoogstens 4.000 tekens."
        case .differently: "Wat ziet u anders, en waarom?"
        case .differentlyHint: "Platte tekst, hoogstens 4.000 tekens."
        case .participation: "Doet u mee?"
        case .participationHint: "Zegt u ja of misschien, vertel dan hoe."
        case .contributions: "Wat brengt u in?"
        case .how: "Hoe doet u mee?"
        case .organisation: "Namens"
        case .organisationHint: "De organisaties die deze ronde uitnodigt."
        case .name: "Uw naam"
        case .email: "Uw e-mailadres"
        case .emailHint: "Wordt nooit getoond; zie de privacyverklaring."
        case .namePublished: "Mijn naam mag bij mijn reactie worden gepubliceerd"
        case .send: "Reactie versturen"
        case .honeypot: "Laat dit veld leeg"
        case .privacyLink: "Privacyverklaring"
        case .thanks: "Dank u wel: uw reactie is ontvangen."
        case .followLink: "Volg wat er met uw reactie gebeurt via deze persoonlijke link:"
        case .followHint: "Bewaar de link; hij wordt maar één keer getoond en wie hem heeft, kan uw reactie en het antwoord erop lezen."
        case let .participationChoice(choice):
            switch choice {
            case .yes: "ja"
            case .no: "nee"
            case .maybe: "misschien"
            }
        case let .contribution(contribution):
            switch contribution {
            case .people: "mensen"
            case .money: "geld"
            case .knowledge: "kennis"
            case .network: "netwerk"
            case .place: "een plek"
            }
        case .noChoice: "—"
        case .offersTitle: "Aanbiedingen uit de consultatie"
        case .offersIntro: "Wie in de consultatie ‘doe ik mee: ja’ antwoordde over het werk van dit team. Neem het aanbod op als lid van het team of als inzet in de tabel mensen en middelen, of wijs het af met een toelichting; de indiener leest het via de persoonlijke link."
        case .noOffers: "Geen aanbiedingen."
        case .takeUpAsMember: "Opnemen als lid"
        case .takeUpAsCapacity: "Vastleggen als inzet"
        case .declineOffer: "Afwijzen"
        case .capacityYear: "Jaar"
        case .capacityAmount: "Inzet"
        case .capacityAmountHint: "Zoals 0,2 fte, 1,5 d/w x 4 of PM. Staat er al inzet van deze organisatie in dat jaar, dan komt dit ervoor in de plaats."
        case let .currentCapacity(amount): "Nu in de tabel: \(amount)"
        case .declineNote: "Toelichting bij afwijzen"
        case let .offerOutcome(kind, detail, day, by):
            switch kind {
            case .membership: "Opgenomen als lid van het team op \(day) door \(by)."
            case .capacity: "Vastgelegd als inzet (\(detail)) op \(day) door \(by)."
            case .declined: "Afgewezen op \(day) door \(by): \(detail)"
            }
        case let .offerRefusal(refusal):
            switch refusal {
            case .notAnOfferToTheTeam: "Dit is geen aanbod aan dit team."
            case .alreadyDecided: "Over dit aanbod is al besloten."
            case .membership: "Het lidmaatschap kon niet worden vastgelegd; zie de velden."
            case .noCapacityRow: "Dit team heeft geen regel in de tabel mensen en middelen."
            case .noParty: "De organisatie van de indiener levert geen inzet in de tabel mensen en middelen."
            case .noteMissing: "Zeg waarom het aanbod wordt afgewezen."
            }
        case let .responseNoteTitle(round): "Reactienota · \(round)"
        case let .responseNoteIntro(version, from, to): "Alle gepubliceerde reacties op versie \(version) van het plan, ontvangen van \(from) tot en met \(to), per onderdeel van het plan, met wat ermee gebeurde. Namen van inwoners staan er alleen bij als zij daarvoor toestemming gaven."
        case let .receivedCounts(published, waiting, rejected): "Gepubliceerd: \(published). Nog te beoordelen: \(waiting). Geweigerd (niet getoond): \(rejected)."
        case .downloadCSV: "Als spreadsheet (CSV)"
        case .openDataJSON: "Als open data (JSON)"
        case .submitted: "Ingediend"
        case .respondent: "Indiener"
        case .responseNoteLink: "Reactienota"
        case .answerThisBlock: "Reageren op deze alinea"
        case .countColumn: "Aantal reacties"
        case .offerColumn: "Wat het aanbod werd"
        case .offerDecided: "Het aanbod is afgehandeld."
        case .noCapacityOffer: "Als inzet vastleggen kan alleen voor een partnerorganisatie die inzet levert, in een team met een regel in de tabel mensen en middelen."
        case .amountProblem: "Schrijf de inzet zoals 0,2 fte, 1,5 d/w x 4 of PM."
        case .anInhabitant: "Een inwoner"
        case let .triageTitle(round): "Reacties afhandelen · \(round)"
        case .triageIntro: "Kies reacties en publiceer of weiger ze (reacties van inwoners wachten daarop), of wijs ze toe aan een eigenaar met wat ermee gebeurt. Alle gekozen reacties krijgen hetzelfde; een reactie die intussen is gewijzigd, houdt het geheel tegen."
        case .waiting: "wacht op beoordeling"
        case .rejected: "geweigerd"
        case .published: "gepubliceerd"
        case .moderation: "Beoordeling"
        case .publish: "Publiceren"
        case .reject: "Weigeren"
        case .dispose: "Afhandeling vastleggen"
        case .owner: "Eigenaar"
        case .regiegroep: "Regiegroep"
        case .kind: "Afhandeling"
        case .note: "Toelichting"
        case .changes: "Wat veranderde"
        case .changesHint: "Een per regel: section:4.5 (een onderdeel van de volgende versie), actions:ID, programmes:ID …"
        case let .disposition(kind):
            switch kind {
            case .incorporated: "verwerkt in 2.0"
            case .notAdopted: "niet overgenomen"
            case .alreadyCovered: "al voorzien"
            case .forDiscussion: "ter bespreking"
            }
        case .undecided: "nog niet afgehandeld"
        case let .chosen(count): count == 1 ? "1 reactie bijgewerkt." : "\(count) reacties bijgewerkt."
        case .followTitle: "Uw reactie"
        case .yourAnswer: "Wat u schreef"
        case .whatBecame: "Wat ermee gebeurt"
        case .notYetDecided: "Er is nog niet over besloten."
        case let .handledBy(owner): "In behandeling bij: \(owner)"
        case .privacyTitle: "Privacyverklaring consultatie"
        case .privacyText: "Reageert u zonder account, dan bewaart Stip uw naam, de organisatie die u noemt, uw reactie en uw e-mailadres. Uw naam wordt alleen bij uw reactie gepubliceerd als u dat aanvinkt; anders staat er ‘een inwoner’. Uw e-mailadres wordt nooit getoond, niet gedeeld en niet in het logboek opgenomen; het is er alleen om u zo nodig over uw reactie te benaderen, en wordt een jaar na het sluiten van de ronde gewist. Reacties worden eerst door de regiegroep beoordeeld en pas daarna gepubliceerd. Uw persoonlijke link geeft toegang tot uw reactie en het antwoord erop; Stip bewaart alleen een vingerafdruk van die link. Reageert u met een account, dan staan uw naam en organisatie bij uw reactie."
        case let .refusal(refusal):
            switch refusal {
            case let .noSuchRound(id): "Er is geen ronde ‘\(id)’."
            case .closed: "Deze ronde is nu niet open voor reacties."
            case .notInvited: "Deze ronde nodigt deze organisatie niet uit."
            case let .round(problem): ConsultationPhrase.roundProblem(problem).dutch
            case .input: "Niet alles is goed ingevuld; zie de velden."
            case .nothingChosen: "Kies eerst een of meer reacties."
            case .dispositionIncomplete: "Zeg waarom, waar het al voorzien is, of wat er veranderde."
            }
        case let .problem(problem):
            switch problem {
            case let .unknownPlace(id): "‘\(id)’ is geen onderdeel van deze versie van het plan"
            case .nothingSaid: "Vul ten minste een van de drie vragen in"
            case let .tooLong(_, limit): "Hoogstens \(limit) tekens"
            case let .unknownChoice(_, text): "‘\(text)’ is geen van de keuzes"
            case .nameMissing: "Vul uw naam in"
            case .emailInvalid: "Dit is geen e-mailadres"
            case .organisationNotInvited: "Deze organisatie is niet uitgenodigd"
            case let .unknownChange(text): "‘\(text)’ wijst niet naar een onderdeel van het plan (section:4.5) of een bestaand record (actions:ID, programmes:ID, organisations:ID …)"
            }
        case let .roundProblem(problem):
            switch problem {
            case .titleMissing: "Geef de ronde een titel."
            case .invitationMissing: "Schrijf de uitnodiging."
            case let .notADate(field): "\(field == "opensOn" ? "Open vanaf" : "Open tot en met") is geen datum."
            case .periodReversed: "De ronde sluit voordat ze opent."
            case .nobodyInvited: "Nodig ten minste één soort organisatie uit één land uit, of iedereen."
            case let .unknownVersion(version): "Er is geen versie \(version) van het plan."
            }
        case .answerColumn: "Reactie"
        case .choose: "Kies deze reactie"
        case .tooMany: "U hebt net al enkele reacties verstuurd. Probeer het over een paar minuten opnieuw."
        case .conflict: "Een of meer reacties zijn intussen gewijzigd; er is niets vastgelegd. Hieronder staat hoe ze nu zijn."
        case let .kindName(kind):
            switch kind {
            case .ministry: "ministeries"
            case .province: "provincies"
            case .municipality: "gemeenten"
            case .regionalBody: "regionale organisaties"
            case .waterBoard: "waterschappen"
            case .knowledgeInstitution: "kennisinstellingen"
            case .company: "bedrijven"
            case .civilSociety: "maatschappelijke organisaties"
            case .crossBorderBody: "grensoverschrijdende organisaties"
            case .foreignGovernment: "buitenlandse overheden"
            case .group: "groepen"
            }
        case let .countryName(country):
            switch country {
            case .nl: "Nederland"
            case .be: "België"
            case .de: "Duitsland"
            case .eu: "Europese Unie"
            }
        }
    }
}
