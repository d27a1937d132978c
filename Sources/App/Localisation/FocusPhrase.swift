import Monitor

/// The words of the focus decision (*beleidsfocus: selectie wijken*): the criteria form, the
/// selection with its reasons, saved decisions and their comparison with the current data.
/// Figures arrive formatted in the person's language.
enum FocusPhrase: Equatable, Sendable {
    case noDataYet
    case title, intro, criteria, whichAreas, select, asJSON, failed(String), recentDecisions
    case referenceLabel, referenceCountry, referenceRegion
    case percentileLabel, percentileHint, minimumPopulationLabel, minimumPopulationHint
    case worseLabel, worseCountLabel, worseCountHint, worsePercentLabel, worseSetting(count: Int, gap: String)
    case weightsLabel, weightsHint, equalWeights, othersWeighOne, methodLabel, coverage(String), maxAge(Int)
    case robustnessLabel, drawsLabel, drawsHint(Int), alphaLabel, alphaHint, seedLabel, seedHint
    case robustnessSetting(draws: Int, alpha: String, seed: String), none
    case method(Normalisation, Aggregation), methodProblem(MethodError)
    // Problems.
    case outOfRange(String, String), visitorDraws(String), wholeNumber, unknownChoice(String), allWeightsZero, criteriaChanged, nameMissing, dateInvalid
    // The result.
    case summary(selected: Int, listed: Int, levels: String, region: String, year: Int)
    case thresholdLine(percentile: String, threshold: String, reference: String, ranked: String, levels: String)
    case firmLine(firm: Int, selected: Int, draws: Int, alpha: String)
    case mapTitle(levels: String, region: String, year: Int), mapDescription(count: Int, selected: Int, classes: String)
    case shareLegend(draws: Int), shareClass(lower: Int, upper: Int, count: Int), noIndex
    case tooltip(name: String, code: String, selected: Bool, share: Int?)
    case tableCaption(levels: String, region: String, year: Int), selectedHeader, shareHeader, rankRangeHeader, reasonsHeader, yes, no
    case screenedOut, indexReason(met: Bool, value: String, threshold: String, percentile: String)
    case populationReason(met: Bool, value: String, minimum: String), populationUnknown
    case worseReason(met: Bool, count: Int, needed: Int, gap: String, examples: String)
    // Saving.
    case saveAsDecision, saveHint, nameLabel, dateLabel, noteLabel, saveButton, logInToSave, roleCannotSave, dataChangedSinceShown
    // Decisions.
    case decisionsTitle, decisionsIntro, newSelection, noDecisions, proposedBy, decisionKind
    case decisionLead(date: String, by: String), frozen, compareWithCurrent, startFromThese, parametersTitle, dataTitle, resultTitle
    case savedAt, baselineLabel, noBaseline, fingerprintLabel, noFiles, filesCaption, fileLabel, checksumLabel, importedAt
    // The comparison.
    case comparisonTitle(String), comparisonIntro(year: Int), sameData, dataChanged(joining: Int, leaving: Int)
    case fingerprintThen, fingerprintNow, selectedThenNow, joining, leaving, staying, noneInList, notListed
    case indexThen, indexNow, shareThen, shareNow


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .noDataYet: "Er zijn nog geen monitorgegevens om uit te kiezen. De monitorpagina zegt hoe u ze inleest (stip monitor import)."
        case .title: "Beleidsfocus: selectie van gebieden"
        case .intro: "Kies met objectieve criteria de gebieden die aandacht vragen. De selectie toont waarom elk gebied er wel of niet in zit, en hoe vaak het ook gekozen wordt bij andere redelijke gewichten: zo ziet een bestuur welke keuzes vastliggen en welke aan een gewicht hangen. Sla een selectie op als besluit; een besluit wordt nooit stil herberekend."
        case .criteria: "Criteria"
        case .whichAreas: "Welke gebieden"
        case .select: "Selecteer"
        case .asJSON: "Als JSON"
        case let .failed(reason): "De selectie kon niet worden berekend: \(reason)"
        case .recentDecisions: "Laatste besluiten"
        case .referenceLabel: "Percentiel over"
        case .referenceCountry: "alle gebieden van dit niveau in Nederland"
        case .referenceRegion: "alleen de gebieden van de regio"
        case .percentileLabel: "Index op of onder percentiel"
        case .percentileHint: "0 tot 100; 10 is het zwakste tiende."
        case .minimumPopulationLabel: "Minimaal aantal inwoners"
        case .minimumPopulationHint: "Leeg: geen minimum."
        case .worseLabel: "Slechter dan Nederland"
        case .worseCountLabel: "Minstens zoveel indicatoren slechter dan NL"
        case .worseCountHint: "Leeg: dit criterium telt niet mee."
        case .worsePercentLabel: "… met minstens dit percentage"
        case let .worseSetting(count, gap): "minstens \(count) indicatoren minstens \(gap) % slechter dan Nederland"
        case .weightsLabel: "Gewichten per thema"
        case .weightsHint: "Elk thema weegt standaard 1; 0 laat een thema weg, 2 telt het dubbel."
        case .equalWeights: "elk thema even zwaar (1)"
        case .othersWeighOne: "overige thema’s 1"
        case .methodLabel: "Methode"
        case let .coverage(percent): "gebieden met minder dan \(percent) % van de indicatoren tellen niet mee"
        case let .maxAge(years): "(waarden tot \(years) jaar ouder)"
        case .robustnessLabel: "Robuustheid"
        case .drawsLabel: "Trekkingen"
        case let .drawsHint(maximum): "Hoe vaak de gewichten willekeurig worden verschoven (1 tot \(maximum))."
        case .alphaLabel: "Spreiding van de gewichten"
        case .alphaHint: "0,25: elk gewicht maal een factor tussen 0,75 en 1,25."
        case .seedLabel: "Startgetal"
        case .seedHint: "Hetzelfde startgetal geeft precies dezelfde trekkingen."
        case let .robustnessSetting(draws, alpha, seed): "\(draws) trekkingen, gewichten ± \(alpha) %, startgetal \(seed)"
        case .none: "geen"
        case let .method(normalisation, aggregation): Self.dutch(normalisation, aggregation)
        case let .methodProblem(error): Self.dutch(error)
        case let .outOfRange(low, high): "Vul een getal in van \(low) tot en met \(high)."
        case let .visitorDraws(most): "Zonder in te loggen rekent Stip met ten hoogste \(most) trekkingen; log in voor meer."
        case .wholeNumber: "Vul een geheel getal in."
        case let .unknownChoice(value): "‘\(value)’ is geen keuze van deze lijst."
        case .allWeightsZero: "Minstens één thema moet meewegen."
        case .criteriaChanged: "De criteria van deze selectie zijn niet te lezen; open de selectie opnieuw."
        case .nameMissing: "Geef het besluit een naam."
        case .dateInvalid: "Vul een datum in (jjjj-mm-dd)."
        case let .summary(selected, listed, levels, region, year): "\(selected) van de \(listed) \(levels) in \(region) geselecteerd (\(year))."
        case let .thresholdLine(percentile, threshold, reference, ranked, levels):
            "Geselecteerd is wie aan alle criteria voldoet. De index moet op of onder percentiel \(percentile) liggen: \(threshold), over \(ranked) \(levels) (\(reference))."
        case let .firmLine(firm, selected, draws, alpha):
            "\(firm) van de \(selected) geselecteerde gebieden blijven in minstens 90 % van \(draws) trekkingen gekozen, met elk gewicht tot \(alpha) % verschoven; de rest hangt meer aan de gewichten."
        case let .mapTitle(levels, region, year): "Beleidsfocus: \(levels) in \(region), \(year)"
        case let .mapDescription(count, selected, classes):
            "Kaart van \(count) gebieden, gekleurd naar het aandeel trekkingen waarin elk gebied geselecteerd werd; \(selected) zijn geselecteerd. Klassen: \(classes)."
        case let .shareLegend(draws): "Geselecteerd in % van \(draws) trekkingen"
        case let .shareClass(lower, upper, count): lower == upper ? "\(lower) % (\(count))" : "\(lower) tot en met \(upper) % (\(count))"
        case .noIndex: "geen index"
        case let .tooltip(name, code, selected, share):
            "\(name) (\(code)): " + (selected ? "geselecteerd" : "niet geselecteerd") + (share.map { ", in \($0) % van de trekkingen" } ?? ", geen index")
        case let .tableCaption(levels, region, year): "Selectie van \(levels) in \(region), \(year): geselecteerd eerst"
        case .selectedHeader: "Geselecteerd"
        case .shareHeader: "Aandeel trekkingen"
        case .rankRangeHeader: "Rang bij andere gewichten (5–95 %)"
        case .reasonsHeader: "Redenen"
        case .yes: "ja"
        case .no: "nee"
        case .screenedOut: "te weinig indicatoren met een waarde om mee te tellen"
        case let .indexReason(met, value, threshold, percentile): "index \(value) \(met ? "≤" : ">") \(threshold) (P\(percentile))"
        case let .populationReason(met, value, minimum): "\(value) inwoners \(met ? "≥" : "<") \(minimum)"
        case .populationUnknown: "aantal inwoners onbekend"
        case let .worseReason(met, count, needed, gap, examples):
            "\(count) indicatoren minstens \(gap) % slechter dan NL \(met ? "≥" : "<") \(needed)" + (examples.isEmpty ? "" : ": \(examples)")
        case .saveAsDecision: "Opslaan als besluit"
        case .saveHint: "Het besluit bewaart de criteria, de gegevens (jaar, nulmeting, bestanden en een vingerafdruk van de waarden) en deze uitkomst, zodat het later precies zo te heropenen is."
        case .nameLabel: "Naam"
        case .dateLabel: "Datum"
        case .noteLabel: "Toelichting"
        case .saveButton: "Besluit opslaan"
        case .logInToSave: "Log in als regiegroep of beheerder om deze selectie als besluit op te slaan."
        case .roleCannotSave: "Alleen de regiegroep en de beheerder slaan een selectie op als besluit."
        case .dataChangedSinceShown: "Niet opgeslagen: de gegevens zijn veranderd sinds deze selectie werd getoond. Hieronder staat de selectie op de huidige gegevens; bekijk haar en sla opnieuw op."
        case .decisionsTitle: "Besluiten over de beleidsfocus"
        case .decisionsIntro: "Elke opgeslagen selectie met haar datum, wie haar voorstelde, de criteria en de gegevens waarop zij berekend is. Een besluit toont altijd de uitkomst van toen; vergelijk het met de huidige gegevens om te zien wat er zou veranderen."
        case .newSelection: "Nieuwe selectie maken"
        case .noDecisions: "Nog geen besluiten opgeslagen."
        case .proposedBy: "Voorgesteld door"
        case .decisionKind: "besluit"
        case let .decisionLead(date, by): "Besluit van \(date), voorgesteld door \(by)."
        case .frozen: "Dit is de uitkomst zoals zij is opgeslagen; zij wordt niet herberekend als er nieuwe gegevens komen."
        case .compareWithCurrent: "Vergelijk met de huidige gegevens"
        case .startFromThese: "Nieuwe selectie met deze criteria"
        case .parametersTitle: "Criteria en methode"
        case .dataTitle: "Gebruikte gegevens"
        case .resultTitle: "Uitkomst"
        case .savedAt: "Opgeslagen"
        case .baselineLabel: "Nulmeting"
        case .noBaseline: "nog geen nulmeting vastgesteld"
        case .fingerprintLabel: "Vingerafdruk van de waarden (SHA-256)"
        case .noFiles: "Geen bestanden geregistreerd."
        case .filesCaption: "Bestanden met waarden van deze jaren"
        case .fileLabel: "Bestand"
        case .checksumLabel: "Controlegetal (SHA-256)"
        case .importedAt: "Ingelezen"
        case let .comparisonTitle(name): "\(name): vergeleken met de huidige gegevens"
        case let .comparisonIntro(year): "Dezelfde criteria en hetzelfde gegevensjaar (\(year)), berekend op de waarden die er nu zijn. Er wordt niets opgeslagen."
        case .sameData: "De gegevens zijn niet veranderd: dezelfde criteria geven precies dezelfde selectie."
        case let .dataChanged(joining, leaving): "De gegevens zijn veranderd: \(joining) gebieden zouden erbij komen en \(leaving) zouden afvallen."
        case .fingerprintThen: "Vingerafdruk toen"
        case .fingerprintNow: "Vingerafdruk nu"
        case .selectedThenNow: "Geselecteerd toen → nu"
        case .joining: "Zouden erbij komen"
        case .leaving: "Zouden afvallen"
        case .staying: "Blijven geselecteerd"
        case .noneInList: "Geen."
        case .notListed: "niet in de lijst"
        case .indexThen: "Index toen"
        case .indexNow: "Index nu"
        case .shareThen: "Aandeel toen"
        case .shareNow: "Aandeel nu"
        }
    }

    private static func dutch(_ normalisation: Normalisation, _ aggregation: Aggregation) -> String {
        let normalised = switch normalisation {
        case .minmax: "min-max (0–100)"
        case .zscore: "z-scores"
        case .rank: "rangen"
        case .reference: "ten opzichte van Nederland"
        }
        return "genormaliseerd met \(normalised), " + (aggregation == .arithmetic ? "rekenkundig gemiddeld" : "meetkundig gemiddeld")
    }

    /// What a person can do about the method's refusals that the form can cause.
    private static func dutch(_ error: MethodError) -> String {
        switch error {
        case .referenceValuesMissing:
            "voor ‘slechter dan Nederland’ zijn de landelijke waarden (NL00) van dit jaar nodig, en die zijn niet ingelezen. Laat dat criterium leeg of lees ze in."
        case .populationsMissing:
            "voor het minimale aantal inwoners zijn inwonertallen nodig, en die zijn niet ingelezen. Laat het minimum leeg of lees ze in."
        case .noIndicators: "er zijn geen indicatoren met waarden op dit niveau in dit jaar, of elk thema met waarden weegt 0."
        default: "\(error)"
        }
    }
}
