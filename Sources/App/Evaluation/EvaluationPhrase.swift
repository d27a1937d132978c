import Core

/// The words of the yearly evaluation.
enum EvaluationPhrase: Equatable, Sendable {
    case title, intro, none, yearColumn, answersColumn, question(EvaluationQuestion), questionHelp(EvaluationQuestion), open, openTitle, name, year
    case opensOn, closesOn, period(String, String), answerTitle, unit, score, comment, commentHint, send, answered, resultsTitle, resultsRule
    case total, tooFew(Int), unitName(EvaluationUnit.Kind, String), decisionsTitle, noDecisions, subject, verdict(EvaluationDecision.Verdict)
    case defaultName(Int), verdictLabel, reason, decidedOn, decide, decided, endedMemberships(Int), problem(EvaluationProblem), closedNow, answeredBefore, decisionsOnRecord, decisionOnRecord(EvaluationDecision.Verdict, day: String)


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .title: "Evaluatie van de samenwerking"
        case .intro: "Eens per jaar evalueren Rijk en regio hun samenwerking en sturen ze waar nodig bij, schakelen ze af of formaliseren ze (hoofdstuk 5). Iedereen in een team of gremium geeft een cijfer van 1 tot 5 voor richting, ruimte, rugdekking en rekenschap (hoofdstuk 4.5) en voor het eigen team of gremium."
        case .none: "Er is nog geen evaluatie geopend."
        case .yearColumn: "Jaar"
        case .answersColumn: "Antwoorden"
        case let .question(question):
            switch question {
            case .direction: "Richting"
            case .room: "Ruimte"
            case .backing: "Rugdekking"
            case .accountability: "Rekenschap"
            case .ownUnit: "Eigen team of gremium"
            }
        case let .questionHelp(question):
            switch question {
            case .direction: "Is duidelijk waar we samen naartoe werken?"
            case .room: "Krijgt het team de ruimte om aan de slag te gaan?"
            case .backing: "Staan de bestuurders achter het team als het moeilijk wordt?"
            case .accountability: "Leggen we rekenschap af aan elkaar, over mensen, middelen en resultaten?"
            case .ownUnit: "Hoe werkt je eigen team of gremium?"
            }
        case .open: "Evaluatie openen"
        case .openTitle: "Een evaluatie openen"
        case .name: "Naam"
        case .year: "Jaar"
        case .opensOn: "Open vanaf"
        case .closesOn: "Open tot en met"
        case let .period(from, to): "open van \(from) tot en met \(to)"
        case .answerTitle: "Je antwoord"
        case .unit: "Voor welk team of gremium"
        case .score: "Cijfer (1 tot 5)"
        case .comment: "Toelichting"
        case .commentHint: "Vertrouwelijk: je antwoord wordt bewaard zonder je naam. De resultaten van een team of gremium verschijnen pas bij vijf antwoorden."
        case .send: "Antwoord versturen"
        case .answered: "Dank je wel: je antwoord is bewaard, zonder je naam."
        case .resultsTitle: "Resultaten"
        case .resultsRule: "Gemiddelde cijfers. Een team of gremium krijgt eigen resultaten vanaf vijf antwoorden; met minder tellen de antwoorden alleen mee in het totaal. Toelichtingen staan bij het totaal en bij groepen met eigen resultaten, op alfabet."
        case .total: "Totaal"
        case let .tooFew(count): "\(count) antwoord(en): te weinig voor eigen resultaten"
        case let .unitName(kind, name): kind == .team ? name : "\(name) (gremium)"
        case .decisionsTitle: "Besluiten"
        case .noDecisions: "Nog geen besluiten."
        case .subject: "Team, gremium of lopend programma"
        case let .verdict(verdict):
            switch verdict {
            case .steer: "bijsturen"
            case .scaleDown: "afschakelen"
            case .formalise: "formaliseren"
            case .maintain: "handhaven"
            }
        case let .defaultName(year): "Evaluatie samenwerking \(year)"
        case .verdictLabel: "Besluit"
        case .reason: "Reden"
        case .decidedOn: "Datum van het besluit"
        case .decide: "Besluit vastleggen"
        case .decided: "Het besluit is vastgelegd."
        case let .endedMemberships(count): "\(count) lidmaatschap(pen) beëindigd op de datum van het besluit."
        case let .problem(problem):
            switch problem {
            case let .missingScore(question): "Geef een cijfer voor ‘\(EvaluationPhrase.question(question).dutch)’."
            case let .scoreOutOfRange(question, score): "\(score) is geen cijfer van 1 tot 5 (‘\(EvaluationPhrase.question(question).dutch)’)."
            case let .commentTooLong(length, maximum): "De toelichting is \(length) tekens lang; er passen er hoogstens \(maximum)."
            case .closed: "Deze evaluatie is niet open."
            case .alreadyAnswered: "Je hebt deze evaluatie al beantwoord."
            case .notYourUnit: "Voor dit team of gremium kun je niet antwoorden."
            case .unknownUnit: "Dit team, gremium of programma bestaat niet."
            case .nameMissing: "Geef de evaluatie een naam."
            case let .notADate(text): "‘\(text)’ is geen datum (jjjj-mm-dd)."
            case .periodReversed: "De evaluatie sluit voor ze opent."
            }
        case .closedNow: "Deze evaluatie is nu niet open voor antwoorden."
        case .decisionsOnRecord: "Besluiten na de jaarlijkse evaluatie"
        case let .decisionOnRecord(verdict, day): "Besluit: \(EvaluationPhrase.verdict(verdict).dutch), op \(day)"
        case .answeredBefore: "Je hebt deze evaluatie al beantwoord. Je antwoord is bewaard zonder je naam en kan daarom niet meer worden gewijzigd."
        }
    }
}
