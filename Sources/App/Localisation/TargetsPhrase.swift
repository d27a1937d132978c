import Core
import Monitor
import Storage

/// The words of the targets dashboard, its charts, the measurement form and the targets'
/// status on an ambition's page. Figures and dates arrive formatted in the person's language.
enum TargetsPhrase: Equatable, Sendable {
    case nav, title, intro, ambitionColumn, targetColumn, kindColumn, statusColumn, latestColumn, chartColumn
    case noMeasurementYet, source, measuredOn, allTargets, statusOnAmbition, statusOnAmbitionIntro, enterMeasurement
    case state(TargetStatus.State)
    case noChallenge, summary(onTrack: Int, offTrack: Int, noData: Int, reached: Int), saved
    // Figures in the trajectory's measure.
    case leadOverBenchmark(String), gapToClose(String, indicator: String), count(String, unit: String?), share(String), reachedYes, reachedNo
    // Reasons.
    case nothingMeasured(due: Int?), baseline(value: String, date: String), onPath(value: String, path: String, date: String)
    case offPath(value: String, path: String, date: String), levelReached(value: String, level: String, date: String)
    case withoutYearBaseline(value: String, level: String, date: String)
    case towardsLevel(value: String, previous: String, since: String, level: String, date: String)
    case stalled(value: String, since: String, level: String, date: String)
    case awayFromLevel(value: String, previous: String, since: String, level: String, date: String)
    case milestoneReached(date: String)
    case milestoneDue(deadline: String?, reported: String), milestoneOverdue(deadline: String, reported: String), inWordsOnly(reported: String)
    // Charts.
    case chartTitle(String), chartDescription(points: Int, path: String?), pathFromTo(from: String, fromYear: String, to: String, toYear: String)
    case noChart, noPathInWords, rawGrowth(region: String, benchmark: String), rawGap(region: String, rest: String)
    // The form.
    case formTitle(String), formIntro(Target.Kind), date, dateHint, sourceHint, note, regionIndex, benchmarkIndex, indexHint
    case indicator, indicatorHint, regionValue, restOfCountryValue, direction, higherIsBetter, lowerIsBetter
    case countValue(unit: String?), shareValue, reached, notANumber(String), notADate(String), indexNotPositive, earlierMeasurements
    // Changing and removing a measurement.
    case changeColumn, editMeasurementOf(String), deleteMeasurementOf(String), measurementKind, editTitle(String), deleteTitle(String)
    case deleteQuestion(String), deleteChangedMeanwhile, deleted
    // A measurement from the monitor.
    case monitorTitle, monitorIntro, monitorEmpty, monitorIndicator, monitorYear, monitorYearHint, monitorSubmit
    case monitorProblem(MonitorGapError), monitorAlreadyTaken(year: Int)


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .nav: "Doelen"
        case .title: "Meetbare doelen"
        case .intro: "Elk meetbaar doel van de ambities met zijn pad en zijn stand. Een doel is op koers als de laatste meting op of voor het pad ligt: het pad loopt recht van de eerste meting naar het doel op 1 januari van het doeljaar. Een mijlpaal is op koers tot het eind van zijn jaar (bij ‘circa’ een jaar langer). Een doel zonder jaar heeft geen pad: het is op koers zolang de laatste meting dichter bij het doel ligt dan de meting ervoor. Zonder meting is er nog geen oordeel."
        case .ambitionColumn: "Ambitie"
        case .targetColumn: "Doel"
        case .kindColumn: "Soort"
        case .statusColumn: "Stand"
        case .latestColumn: "Laatste meting"
        case .chartColumn: "Metingen en pad"
        case .noMeasurementYet: "Nog geen meting"
        case .source: "Bron"
        case .measuredOn: "Gemeten op"
        case .allTargets: "Alle doelen"
        case .statusOnAmbition: "Stand van de doelen"
        case .statusOnAmbitionIntro: "Uit de metingen, zoals het doelenoverzicht ze toont."
        case .enterMeasurement: "Meting invoeren"
        case let .state(state):
            switch state {
            case .onTrack: "Op koers"
            case .offTrack: "Niet op koers"
            case .noData: "Nog geen gegevens"
            case .reached: "Bereikt"
            }
        case .noChallenge: "Samenwerking (alle opgaven)"
        case let .summary(onTrack, offTrack, noData, reached):
            "\(reached) bereikt, \(onTrack) op koers, \(offTrack) niet op koers, \(noData) nog zonder gegevens."
        case .saved: "De meting is opgeslagen."

        case let .leadOverBenchmark(value): "\(value) % boven de benchmark"
        case let .gapToClose(value, indicator): "achterstand \(value) op ‘\(indicator)’"
        case let .count(value, unit): unit.map { "\(value) \($0)" } ?? value
        case let .share(value): "\(value) %"
        case .reachedYes: "bereikt"
        case .reachedNo: "nog niet bereikt"

        case let .nothingMeasured(due): due.map { "Nog niets gemeten; doeljaar \($0)." } ?? "Nog niets gemeten."
        case let .baseline(value, date): "Nulmeting op \(date): \(value). Het pad begint hier."
        case let .onPath(value, path, date): "Op \(date): \(value); het pad vraagt \(path)."
        case let .offPath(value, path, date): "Op \(date): \(value); het pad vraagt \(path). Achter op het pad."
        case let .levelReached(value, level, date): "Op \(date): \(value); het doel is \(level)."
        case let .withoutYearBaseline(value, level, date):
            "Nulmeting op \(date): \(value); het doel is \(level). Het doel noemt geen jaar, dus er is geen pad: de volgende meting laat zien of het de goede kant op gaat."
        case let .towardsLevel(value, previous, since, level, date):
            "Op \(date): \(value), tegen \(previous) op \(since); het doel is \(level). Op koers zonder einddatum: de stand beweegt naar het doel."
        case let .stalled(value, since, level, date):
            "Op \(date): \(value), net als op \(since); het doel is \(level). Zonder einddatum telt de richting, en de stand beweegt niet naar het doel."
        case let .awayFromLevel(value, previous, since, level, date):
            "Op \(date): \(value), tegen \(previous) op \(since); het doel is \(level). Zonder einddatum telt de richting, en de stand beweegt van het doel af."
        case let .milestoneReached(date): "Bereikt op \(date)."
        case let .milestoneDue(deadline, reported):
            deadline.map { "Nog niet bereikt (gemeld op \(reported)); uiterlijk \($0)." } ?? "Nog niet bereikt (gemeld op \(reported))."
        case let .milestoneOverdue(deadline, reported): "Niet bereikt vóór \(deadline) (laatst gemeld op \(reported))."
        case let .inWordsOnly(reported): "Doel in woorden: voortgang gemeld op \(reported), zonder meetbaar pad."

        case let .chartTitle(target): "Metingen en pad: \(target)"
        case let .chartDescription(points, path):
            "\(points == 1 ? "Eén meting" : "\(points) metingen")" + (path.map { "; \($0)" } ?? "") + "."
        case let .pathFromTo(from, fromYear, to, toYear): "het pad loopt van \(from) in \(fromYear) naar \(to) in \(toYear)"
        case .noChart: "Nog geen metingen om te tekenen."
        case .noPathInWords: "Geen grafiek: een doel in woorden heeft geen meetbaar pad."
        case let .rawGrowth(region, benchmark): "Regio \(region) · benchmark \(benchmark) (geïndexeerd)"
        case let .rawGap(region, rest): "Regio \(region) · rest van Nederland \(rest)"

        case let .formTitle(target): "Meting invoeren: \(target)"
        case let .formIntro(kind):
            switch kind {
            case .relativeGrowth: "Vul de geïndexeerde waarden in van de regio en van de benchmark (bijvoorbeeld het BRP van Zuid-Limburg en van Nederland). Stip rekent de groei om op de eerste meting: die is het basisjaar."
            case .gapClosure: "Vul één indicator in voor de regio en voor de rest van Nederland. Het pad loopt van de achterstand bij de eerste meting naar nul in het doeljaar; de eerste meting bepaalt de indicator van het pad."
            case .count: "Vul de stand van de telling in. Het pad loopt van de eerste meting naar het doel in het doeljaar."
            case .milestone: "Meld of de mijlpaal bereikt is, met de datum en de bron."
            case .qualitative: "Dit doel staat in woorden. Meld of het bereikt is, met de bron; een toelichting zegt hoe het ervoor staat."
            }
        case .date: "Datum van de meting"
        case .dateHint: "De dag waarop de meting slaat, als jjjj-mm-dd."
        case .sourceHint: "Waar het cijfer vandaan komt: een CBS-tabel, een besluit, een rapport."
        case .note: "Toelichting"
        case .regionIndex: "Regio, geïndexeerd"
        case .benchmarkIndex: "Benchmark, geïndexeerd"
        case .indexHint: "Een indexcijfer, zoals 103,5 (basisjaar = 100)."
        case .indicator: "Indicator"
        case .indicatorHint: "Bijvoorbeeld ‘ervaren gezondheid jongeren (%)’."
        case .regionValue: "Waarde regio"
        case .restOfCountryValue: "Waarde rest van Nederland"
        case .direction: "Richting"
        case .higherIsBetter: "Hoger is beter"
        case .lowerIsBetter: "Lager is beter"
        case let .countValue(unit): unit.map { "Aantal (\($0))" } ?? "Aantal"
        case .shareValue: "Aandeel bereikt (%)"
        case .reached: "Bereikt?"
        case let .notANumber(text): "‘\(text)’ is geen getal."
        case let .notADate(text): "‘\(text)’ is geen datum; schrijf jjjj-mm-dd."
        case .indexNotPositive: "Een indexcijfer is groter dan nul."
        case .earlierMeasurements: "Eerdere metingen"

        case .changeColumn: "Wijzigen"
        case let .editMeasurementOf(day): "Meting van \(day) bewerken"
        case let .deleteMeasurementOf(day): "Meting van \(day) verwijderen"
        case .measurementKind: "meting"
        case let .editTitle(target): "Meting bewerken: \(target)"
        case let .deleteTitle(target): "Meting verwijderen: \(target)"
        case let .deleteQuestion(day): "Weet je zeker dat je de meting van \(day) wilt verwijderen? De stand van het doel wordt zonder haar berekend; ze blijft zichtbaar in de rekenschap."
        case .deleteChangedMeanwhile: "Iemand heeft deze meting gewijzigd nadat jij de vraag opende. Hieronder staat ze zoals ze nu is; verwijder haar opnieuw als dat nog steeds de bedoeling is."
        case .deleted: "De meting is verwijderd."

        case .monitorTitle: "Meting uit de monitor"
        case .monitorIntro: "Kies een indicator en een datajaar van de monitor. Stip rekent de waarde van Zuid-Limburg uit zijn gemeenten, met de rekenregel van de indicator, en zet die naast de landelijke waarde. De meting krijgt als datum 31 december van het datajaar en als bron de indicator, het jaar en de geïmporteerde bestanden."
        case .monitorEmpty: "Er zijn nog geen monitorgegevens. Importeer ze eerst met ‘stip monitor import’; daarna kan hier een meting uit de monitor worden genomen."
        case .monitorIndicator: "Indicator uit de monitor"
        case .monitorYear: "Datajaar"
        case .monitorYearHint: "De meting krijgt als datum 31 december van dit jaar."
        case .monitorSubmit: "Meting uit de monitor opslaan"
        case let .monitorProblem(error):
            switch error {
            case let .unknownTarget(id): "‘\(id)’ is geen doel van het plan."
            case .notAGapTarget: "Alleen een doel dat een achterstand op de rest van Nederland wil inlopen, neemt metingen uit de monitor."
            case let .unknownIndicator(id): "‘\(id)’ staat niet in de indicatorcatalogus."
            case .noDirection: "Bij deze indicator is hoger noch lager beter, dus er is geen achterstand om in te lopen. Kies een andere."
            case .notAggregated: "Van deze indicator kan Stip geen waarde voor de regio uit de gemeenten berekenen. Kies een andere."
            case let .unknownRegion(id, _): "‘\(id)’ is geen regio van de monitor."
            case let .regionUndefined(id, year): "De regio ‘\(id)’ heeft geen gemeenten in \(year)."
            case let .noValues(_, year): "De monitor heeft voor \(year) geen gemeentewaarden van deze indicator. Kies een ander jaar, of importeer eerst de gegevens van dat jaar."
            case let .municipalitiesMissing(_, year, codes):
                "Voor \(year) ontbreekt de waarde (of het gewicht) van \(codes.count == 1 ? "één gemeente" : "\(codes.count) gemeenten") van Zuid-Limburg: \(codes.map(\.description).joined(separator: ", ")). Een regiowaarde uit een deel van de gemeenten zou er volledig uitzien, dus Stip rekent haar niet uit."
            case let .noNationalValue(_, year): "De monitor heeft voor \(year) geen landelijke waarde van deze indicator."
            }
        case let .monitorAlreadyTaken(year): "Deze indicator is voor \(year) al uit de monitor gemeten. Verwijder die meting eerst als de gegevens opnieuw zijn geïmporteerd."
        }
    }
}
