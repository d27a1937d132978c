import Core
import Services

/// The words of the reporting rounds. Dates arrive formatted in the person's language.
enum ReportingPhrase: Equatable, Sendable {
    case nav, title, intro, noRounds, roundColumn, periodColumn, dueColumn, reportsColumn
    case period(from: String, to: String), due(String), counts(submitted: Int, approved: Int, total: Int)
    case dueAndOverdue, dueAndOverdueIntro, nothingDue, overdue, dueIn(String), lineColumn, teamColumn, stateColumn, noTeam
    case openRound, roundName, roundNameHint, periodStart, periodEnd, dueOn, open, opened(String)
    case roundProblem(ReportingRoundProblem)
    case state(ReportState), signal(ProgressSignal), submittedLate, escalationOpen, escalationAnswered
    case progressTitle, progressRule, progressColumn, doneColumn, lateColumn, droppedColumn, progressShare(String), noProgress
    case reportTitle(line: String, round: String), reportIntro, notStarted, actionsTitle, actionColumn, statusColumn, signalColumn
    case accountColumn, evidenceColumn, nextStepColumn, summary, wentWell, stuck, escalation, escalationHint, answer, answeredBy(String, String)
    case comments, commentBy(String, String), saveDraft, submit, saved, submitted, writeTitle, evidenceHint, noActions
    case reviewTitle, sendBackComment, sendBack, approve, approved, sentBack, answerEscalation, answerSaved
    case notNow(ReportStep, ReportState), commentMissing, answerMissing, nothingToAnswer, conflict
    case todoTitle, todoWrite(line: String, round: String, due: String), todoReview(line: String, round: String), todoAnswer(line: String, round: String)
    case nothingToDo, calendarLink, calendarEvent(String)
    // The Voortgangsrapportage.
    case documentLink, documentTitle(String), concept, adoptedBy(body: String, day: String, recordedBy: String), fingerprint(String), asOf(String)
    case contents, withoutChallenge, targetsHeading, actionsDue, lateMark, teamReport, noReport, signalCounts(onCourse: Int, attention: Int, risk: Int)
    case moneyHeading, yearColumn, budgetedColumn, coverageColumn, spentColumn, capacityHeading, statedColumn, computedColumn, noFigures
    case reviewsHeading, noReviews, escalationsHeading, noEscalations, notAnswered, adoptTitle, adoptIntro, decidedOn, decidedBy, defaultBody, adopt, adopted
    case compareLink, compareTitle(String), compareIntro, noDifferences, factColumn, subjectColumn, beforeColumn, afterColumn, csvLink, valueColumn, sourceColumn
    case uploadTitle, uploadIntro, templateLink, uploadFile, uploadButton, uploaded, uploadRefused, uploadProblem(ReportUploadProblem)
    case accountabilityNav, accountabilityTitle, accountabilityIntro, noAdopted, unapproved(Int), bodyMissing, alreadyAdopted, fact(ReportFact.Kind)
    case monitorHeading, monitorIntro(region: String, baselineYear: Int, year: Int), noBaseline, indicatorColumn, unitColumn, yearValueColumn(Int), changeColumn
    case better, worse, unchanged, noRegionValue, statusesApplied(Int)


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .nav: "Voortgang"
        case .title: "Voortgangsrondes"
        case .intro: "Per ronde schrijft het team van elke actielijn een voortgangsrapportage over de periode: per actie de stand, een signaal en een korte toelichting, en voor de lijn wat goed ging, wat vastzit en wat het team van de bestuurders vraagt (rugdekking). De regiegroep beoordeelt en keurt goed of stuurt terug."
        case .noRounds: "Er is nog geen voortgangsronde geopend."
        case .roundColumn: "Ronde"
        case .periodColumn: "Periode"
        case .dueColumn: "Uiterlijk"
        case .reportsColumn: "Rapportages"
        case let .period(from, to): "\(from) t/m \(to)"
        case let .due(day): "uiterlijk \(day)"
        case let .counts(submitted, approved, total): "\(submitted) ingediend, \(approved) goedgekeurd, van \(total)"
        case .dueAndOverdue: "Wat openstaat"
        case .dueAndOverdueIntro: "Rapportages die nog niet zijn ingediend of nog beoordeeld moeten worden, in alle rondes."
        case .nothingDue: "Er staat niets open."
        case .overdue: "te laat"
        case let .dueIn(day): "uiterlijk \(day)"
        case .lineColumn: "Actielijn"
        case .teamColumn: "Team"
        case .stateColumn: "Stand"
        case .noTeam: "geen team (de regiegroep rapporteert)"
        case .openRound: "Een ronde openen"
        case .roundName: "Naam"
        case .roundNameHint: "Bijvoorbeeld ‘Voortgang 1e helft 2021’."
        case .periodStart: "Periode van"
        case .periodEnd: "Periode tot en met"
        case .dueOn: "In te dienen uiterlijk"
        case .open: "Ronde openen"
        case let .opened(name): "De ronde ‘\(name)’ is geopend."
        case let .roundProblem(problem):
            switch problem {
            case .nameMissing: "Geef de ronde een naam."
            case let .notADate(_, text): "‘\(text)’ is geen datum (jjjj-mm-dd)."
            case .periodReversed: "De periode eindigt voor ze begint."
            case .dueBeforePeriodStart: "De uiterste datum ligt voor het begin van de periode."
            }
        case let .state(state):
            switch state {
            case .draft: "concept"
            case .submitted: "ingediend"
            case .returned: "terug met opmerkingen"
            case .approved: "goedgekeurd"
            }
        case let .signal(signal):
            switch signal {
            case .onCourse: "op koers"
            case .attention: "aandacht"
            case .risk: "risico"
            }
        case .submittedLate: "te laat ingediend"
        case .escalationOpen: "vraagt rugdekking"
        case .escalationAnswered: "rugdekking beantwoord"
        case .progressTitle: "Voortgang van het programma"
        case .progressRule: "Zo is het geteld: voortgang = afgeronde acties ÷ (alle acties − vervallen acties); elke actie telt even zwaar. Een actie is te laat als de laatste maand die het plan haar geeft voorbij is terwijl ze nog gepland of lopend is (een korte-termijnactie zonder eigen periode: de hele korte termijn). Een ambitie telt de acties van al haar actielijnen, een opgave die van al haar ambities. Gemeten op de laatste dag van de periode, met de acties zoals ze nu in het register staan."
        case .progressColumn: "Voortgang"
        case .doneColumn: "Afgerond"
        case .lateColumn: "Te laat"
        case .droppedColumn: "Vervallen"
        case let .progressShare(share): "\(share) afgerond"
        case .noProgress: "geen acties"
        case let .reportTitle(line, round): "\(line) · \(round)"
        case .reportIntro: "De voortgangsrapportage van deze actielijn over de periode van de ronde."
        case .notStarted: "nog niet begonnen"
        case .actionsTitle: "Acties in de periode"
        case .actionColumn: "Actie"
        case .statusColumn: "Stand"
        case .signalColumn: "Signaal"
        case .accountColumn: "Toelichting"
        case .evidenceColumn: "Onderbouwing"
        case .nextStepColumn: "Volgende stap"
        case .summary: "Toelichting op de actielijn"
        case .wentWell: "Wat ging goed"
        case .stuck: "Wat zit vast"
        case .escalation: "Wat vraagt het team van de bestuurders (rugdekking)"
        case .escalationHint: "Leeg als het team niets vraagt. Een vraag moet de regiegroep beantwoorden."
        case .answer: "Antwoord van de regiegroep"
        case let .answeredBy(name, day): "\(name), \(day)"
        case .comments: "Opmerkingen"
        case let .commentBy(name, moment): "\(name), \(moment)"
        case .saveDraft: "Opslaan als concept"
        case .submit: "Indienen"
        case .saved: "De rapportage is opgeslagen."
        case .submitted: "De rapportage is ingediend."
        case .writeTitle: "Rapportage schrijven"
        case .evidenceHint: "Links naar verslagen of besluiten, één per regel (https://…)."
        case .noActions: "Het plan dateert geen acties van deze lijn in de periode, en er loopt er geen."
        case .reviewTitle: "Beoordelen"
        case .sendBackComment: "Opmerking bij het terugsturen"
        case .sendBack: "Terugsturen met opmerking"
        case .approve: "Goedkeuren"
        case .approved: "De rapportage is goedgekeurd."
        case .sentBack: "De rapportage is teruggestuurd met de opmerking."
        case .answerEscalation: "Rugdekking beantwoorden"
        case .answerSaved: "Het antwoord is opgeslagen."
        case let .notNow(step, state):
            "Dat kan nu niet: een rapportage die \(ReportingPhrase.state(state).dutch) is, kan niet \(ReportingPhrase.stepVerb(step))."
        case .commentMissing: "Schrijf waarom de rapportage terug gaat."
        case .answerMissing: "Schrijf het antwoord."
        case .nothingToAnswer: "Het team vraagt niets van de bestuurders."
        case .conflict: "Iemand anders heeft deze rapportage intussen opgeslagen. Hieronder staat wat er nu is opgeslagen naast wat jij typte; er is niets overschreven."
        case .todoTitle: "Te doen"
        case let .todoWrite(line, round, due): "Rapportage \(line) in ‘\(round)’ schrijven, uiterlijk \(due)"
        case let .todoReview(line, round): "Rapportage \(line) in ‘\(round)’ beoordelen"
        case let .todoAnswer(line, round): "Rugdekking voor \(line) in ‘\(round)’ beantwoorden"
        case .nothingToDo: "Er staat niets voor je open."
        case .calendarLink: "Uiterste data in je agenda (iCalendar)"
        case let .calendarEvent(round): "Voortgangsrapportages ‘\(round)’ in te dienen"
        case .documentLink: "Voortgangsrapportage van deze ronde"
        case let .documentTitle(round): "Voortgangsrapportage · \(round)"
        case .concept: "Concept: samengesteld uit wat Stip nu weet. Het verandert mee tot het BKO het vaststelt."
        case let .adoptedBy(body, day, recordedBy): "Vastgesteld door \(body) op \(day) (vastgelegd door \(recordedBy)). Deze versie verandert niet meer."
        case let .fingerprint(hash): "Vingerafdruk (SHA-256): \(hash)"
        case let .asOf(day): "Stand op \(day), de laatste dag van de periode."
        case .contents: "Inhoud"
        case .withoutChallenge: "Samenwerking en overige ambities"
        case .targetsHeading: "Doelen"
        case .actionsDue: "Acties in de periode"
        case .lateMark: "te laat"
        case .teamReport: "Rapportage van het team"
        case .noReport: "Het team heeft geen rapportage opgeslagen."
        case let .signalCounts(onCourse, attention, risk): "Signalen: \(onCourse) op koers, \(attention) aandacht, \(risk) risico."
        case .moneyHeading: "Middelen"
        case .yearColumn: "Jaar"
        case .budgetedColumn: "Begroot"
        case .coverageColumn: "Dekking"
        case .spentColumn: "Gerealiseerd"
        case .capacityHeading: "Inzet (fte)"
        case .statedColumn: "Volgens het plan"
        case .computedColumn: "Opgeteld uit de toezeggingen"
        case .noFigures: "Geen cijfers voor de jaren van de periode."
        case .reviewsHeading: "Halfjaarlijkse besprekingen van de inzet"
        case .noReviews: "Geen bespreking in de periode."
        case .escalationsHeading: "Gevraagde rugdekking"
        case .noEscalations: "Geen team vroeg de bestuurders om rugdekking."
        case .notAnswered: "nog niet beantwoord"
        case .adoptTitle: "Vaststelling vastleggen"
        case .adoptIntro: "Leg vast dat het Bestuurlijk Kernoverleg deze rapportage heeft vastgesteld. De rapportage wordt dan bevroren zoals ze nu is; latere wijzigingen veranderen haar niet."
        case .decidedOn: "Datum van het besluit"
        case .decidedBy: "Besloten door"
        case .defaultBody: "Bestuurlijk Kernoverleg"
        case .adopt: "Vaststelling vastleggen"
        case .adopted: "De vaststelling is vastgelegd; de rapportage is bevroren."
        case .compareLink: "Vergelijk met nu"
        case let .compareTitle(round): "Wat is veranderd sinds de vaststelling · \(round)"
        case .compareIntro: "Elk cijfer en elke tekst van de vastgestelde rapportage naast dezelfde, nu opnieuw samengesteld."
        case .noDifferences: "Er is niets veranderd."
        case .factColumn: "Wat"
        case .subjectColumn: "Waarover"
        case .beforeColumn: "Bij vaststelling"
        case .afterColumn: "Nu"
        case .csvLink: "De cijfers als CSV"
        case .valueColumn: "Waarde"
        case .sourceColumn: "Bron"
        case .uploadTitle: "Bijwerken met een CSV-bestand"
        case .uploadIntro: "Werk de acties bij in een spreadsheet: download het sjabloon (de rapportage zoals ze nu is), vul het in en stuur het terug. Het hele bestand wordt gelezen voordat er iets wordt opgeslagen; één fout en er verandert niets. De toelichting op de lijn vul je hierboven in."
        case .templateLink: "Sjabloon downloaden (CSV)"
        case .uploadFile: "CSV-bestand"
        case .uploadButton: "Bestand inlezen"
        case .uploaded: "Het bestand is ingelezen en de rapportage is opgeslagen als concept."
        case .uploadRefused: "Het bestand is niet ingelezen; er is niets veranderd:"
        case let .uploadProblem(problem):
            ReportingPhrase.place(problem) + ReportingPhrase.uploadProblemText(problem.kind)
        case .accountabilityNav: "Verantwoording"
        case .accountabilityTitle: "Verantwoording"
        case .accountabilityIntro: "De voortgangsrapportages zoals het Bestuurlijk Kernoverleg ze heeft vastgesteld, in volgorde van hun periode."
        case .noAdopted: "Er is nog geen voortgangsrapportage vastgesteld."
        case let .unapproved(count): "Let op: \(count) rapportage(s) van teams zijn nog niet goedgekeurd."
        case .bodyMissing: "Noem wie besloot."
        case .alreadyAdopted: "Deze rapportage is al vastgesteld."
        case .monitorHeading: "Brede welvaart: verandering sinds de nulmeting"
        case let .monitorIntro(region, baselineYear, year):
            "\(region) als geheel in \(baselineYear) (de nulmeting) en in \(year) (het laatste jaar met cijfers tot het einde van de periode). Elke waarde is opnieuw berekend uit de gemeenten van de regio in dat jaar, volgens de regel van de indicator (een som, een verhouding van sommen of een naar inwoners gewogen aandeel). Ontbreekt één gemeente, dan staat er geen waarde."
        case .noBaseline: "Er is nog geen nulmeting vastgesteld; zodra die er is, staat hier hoe de regio sindsdien veranderde."
        case .indicatorColumn: "Indicator"
        case .unitColumn: "Eenheid"
        case let .yearValueColumn(year): String(year)
        case .changeColumn: "Verandering"
        case .better: "beter"
        case .worse: "slechter"
        case .unchanged: "gelijk"
        case .noRegionValue: "–"
        case let .statusesApplied(count): count == 1 ? "De stand van 1 actie is in het register bijgewerkt." : "De stand van \(count) acties is in het register bijgewerkt."
        case let .fact(kind):
            switch kind {
            case .done: "afgeronde acties"
            case .counted: "acties die tellen"
            case .late: "acties te laat"
            case .dropped: "vervallen acties"
            case .actionStatus: "stand van de actie"
            case .actionTitle: "naam van de actie"
            case .actionLate: "actie te laat"
            case .targetState: "stand van het doel"
            case .reportState: "stand van de rapportage"
            case .summary: "toelichting"
            case .wentWell: "wat ging goed"
            case .stuck: "wat zit vast"
            case .budgeted: "begroot (cent)"
            case .coverage: "dekking (cent)"
            case .spent: "gerealiseerd (cent)"
            case .capacityStated: "inzet volgens het plan (duizendste fte)"
            case .capacityComputed: "inzet opgeteld (duizendste fte)"
            case .review: "besluiten van de bespreking"
            case .escalation: "gevraagde rugdekking"
            case .answer: "antwoord op de rugdekking"
            case .monitorBaseline: "waarde bij de nulmeting"
            case .monitorCurrent: "waarde in het laatste jaar"
            }
        }
    }

    private static func uploadProblemText(_ kind: ReportUploadProblem.Kind) -> String {
        switch kind {
        case let .unreadable(detail): "geen leesbaar CSV-bestand (\(detail))"
        case let .headerLacks(columns): "de kopregel mist \(columns.map { "‘\($0)’" }.joined(separator: ", ")); gebruik het sjabloon"
        case let .unknownAction(id): "‘\(id)’ is geen actie van deze rapportage"
        case let .duplicateAction(id): "‘\(id)’ staat al op een eerdere regel"
        case let .unknownStatus(text, allowed): "‘\(text)’ is geen van \(allowed.joined(separator: ", "))"
        case let .unknownSignal(text, allowed): "‘\(text)’ is geen van \(allowed.joined(separator: ", "))"
        case let .notALink(text): "‘\(text)’ is geen link (https://…)"
        }
    }

    /// `bestand.csv, regel 3, kolom ‘stand’: `
    private static func place(_ problem: ReportUploadProblem) -> String {
        [problem.file, problem.line.map { "regel \($0)" }, problem.column.map { "kolom ‘\($0)’" }].compactMap { $0 }.joined(separator: ", ") + ": "
    }

    private static func stepVerb(_ step: ReportStep) -> String {
        switch step {
        case .save: "opgeslagen worden"
        case .submit: "ingediend worden"
        case .sendBack: "teruggestuurd worden"
        case .approve: "goedgekeurd worden"
        }
    }
}
