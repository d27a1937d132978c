import Monitor

/// The words of the monitor's pages: the map and table, a profile, the comparison, the empty states.
enum MonitorPhrase: Equatable, Sendable {
    case nav, title, intro(levels: String, region: String)
    case level(AreaLevel), levels(AreaLevel), country
    case layerIndex, layerTheme(String), layerIndicator(name: String, unit: String), themeName(Theme)
    case rankHeader(Int), legendOption(MonitorQuery.Legend), settings, levelLabel, yearLabel, layerLabel, regionLabel, legendLabel, show, legendKind(MonitorQuery.Legend)
    case mapTitle(layer: String, levels: String, region: String, year: Int)
    case mapDescription(count: Int, withValue: Int, legend: String, classes: String)
    case classRange(String, String, count: Int), noValue, tooltip(name: String, code: String, value: String)
    case band(MapClasses.Band, range: String), orLess(String, count: Int), moreThan(String, count: Int), centreLine(MapCentre.Kind, value: String, levels: String), centreReason(MapCentre.Kind, levels: String)
    case tableCaption(layer: String, levels: String, region: String, year: Int)
    case area, code, rank, rankOf(Int, Int), municipality, sortBy(String)
    case downloads, downloadCSV, downloadSVG, downloadGeoJSON, downloadJSON
    case noDataTitle, noDataHelp, noDataValues, noDataBoundaries, noDataFetch, noDataAfter
    case noBoundaries(levels: String), noBoundariesCommand(level: String, year: Int)
    case noValuesAt(levels: String, year: Int), indexUnavailable(String), drawnWith(boundaryYear: Int), simplified(Int)
    // Profile
    case profileMeta(level: String, code: String, year: Int), partOf, childAreas(String), indicators, indicator, theme, value
    case national, percentile, percentileValue(Int), change(Int), trend, none, noNational, percentileExplanation(levels: String)
    case noBaseline, baselineNote(Int), direction(Direction?), themeScores, themeChartTitle(String), themeChartDescription(Int)
    case indexHeading, indexLine(value: String, rank: Int, count: Int, levels: String), notRanked, indexExplanation
    case robustnessLine(rank: Int, count: Int, low: Double, high: Double, median: Double, draws: Int)
    case robustnessExplanation(alpha: Double), robustnessChartTitle(String), robustnessChartDescription
    case rankPercentile(Int, Double)
    case trendTitle(indicator: String, area: String), trendDescription(String), years
    case compareLink, otherYears
    // Comparison
    case compareTitle, compareIntro, compareField, compareButton, compareUnknown(String), compareTooFew


    /// A rank statistic: a whole rank as it is, a percentile between two ranks with one decimal.
    private static func rank(_ value: Double) -> String {
        Localizer().number(value == value.rounded() ? value : (value * 10).rounded() / 10)
    }

    private static func share(_ value: Double) -> String {
        Localizer().number((value * 100).rounded() / 100)
    }

    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .nav: "Monitor"
        case .title: "Monitor brede welvaart"
        case let .intro(levels, region): "De \(levels) van \(region), gekleurd naar de gekozen maat, met dezelfde gegevens in de tabel. De index is berekend over alle \(levels) van Nederland; klik op een gebied voor zijn profiel."
        case let .level(level):
            switch level {
            case .country: "land"
            case .province: "provincie"
            case .municipality: "gemeente"
            case .district: "wijk"
            case .neighbourhood: "buurt"
            }
        case let .levels(level):
            switch level {
            case .country: "landen"
            case .province: "provincies"
            case .municipality: "gemeenten"
            case .district: "wijken"
            case .neighbourhood: "buurten"
            }
        case .country: "Nederland"
        case .layerIndex: "Index brede welvaart"
        case let .layerTheme(name): "Themascore \(name)"
        case let .themeName(theme): theme.nameNL
        case let .layerIndicator(name, unit): "\(name) (\(unit))"
        case let .rankHeader(count): "Rang (van \(Localizer().number(count)))"
        case let .legendOption(legend):
            switch legend {
            case .quantiles: "kwantielen"
            case .equalIntervals: "gelijke intervallen"
            case .aroundNational: "rond Nederland"
            }
        case .settings: "Wat de kaart toont"
        case .levelLabel: "Niveau"
        case .yearLabel: "Jaar"
        case .layerLabel: "Kaart"
        case .regionLabel: "Gebied"
        case .legendLabel: "Legenda"
        case .show: "Toon"
        case let .legendKind(legend):
            switch legend {
            case .quantiles: "kwantielen (elke klasse ongeveer een vijfde van de gebieden)"
            case .equalIntervals: "gelijke intervallen"
            case .aroundNational: "de afstand tot Nederland (vijf even brede klassen, symmetrisch rond het midden)"
            }
        case let .mapTitle(layer, levels, region, year): "\(layer): \(levels) in \(region), \(year)"
        case let .mapDescription(count, withValue, legend, classes):
            "Kaart van \(count) gebieden, waarvan \(withValue) met een waarde. Klassen naar \(legend): \(classes). Grijs: geen waarde. Dezelfde gegevens staan in de tabel naast de kaart."
        case let .classRange(lower, upper, count): "\(lower) tot en met \(upper) (\(count))"
        case .noValue: "geen waarde"
        case let .orLess(bound, count): "\(bound) of minder (\(count))"
        case let .moreThan(bound, count): "meer dan \(bound) (\(count))"
        case let .band(band, range):
            switch band {
            case .farBelow: "ruim onder NL: \(range)"
            case .below: "onder NL: \(range)"
            case .around: "rond NL: \(range)"
            case .above: "boven NL: \(range)"
            case .farAbove: "ruim boven NL: \(range)"
            }
        case let .centreLine(kind, value, levels):
            switch kind {
            case .nationalValue: "Midden (NL): de landelijke waarde, \(value)."
            case .referenceScore: "Midden (NL): \(value)."
            case .countryMedianOfScores, .countryMedianWithoutNational: "Midden (NL): de mediaan van alle \(levels) in Nederland, \(value)."
            }
        case let .centreReason(kind, levels):
            switch kind {
            case .nationalValue: "Zoals CBS die voor heel Nederland publiceert (NL00)."
            case .referenceScore: "Elke indicator is genormaliseerd op de landelijke waarde, dus Nederland scoort 100."
            case .countryMedianOfScores: "Een index of themascore heeft geen landelijke waarde; de helft van de \(levels) scoort lager."
            case .countryMedianWithoutNational: "Er is geen landelijke waarde (NL00) opgeslagen; de helft van de \(levels) heeft een lagere."
            }
        case let .tooltip(name, code, value): "\(name) (\(code)): \(value)"
        case let .tableCaption(layer, levels, region, year): "\(layer) van de \(levels) in \(region), \(year)"
        case .area: "Gebied"
        case .code: "Code"
        case .rank: "Rang"
        case let .rankOf(rank, count): "\(Localizer().number(rank)) van \(Localizer().number(count))"
        case .municipality: "Gemeente"
        case let .sortBy(column): "sorteer op \(column)"
        case .downloads: "Downloaden"
        case .downloadCSV: "De tabel als CSV"
        case .downloadSVG: "De kaart als SVG"
        case .downloadGeoJSON: "De laag als GeoJSON"
        case .downloadJSON: "De gegevens als JSON (API)"
        case .noDataTitle: "Er zijn nog geen monitorgegevens"
        case .noDataHelp: "De monitor toont wat in Stip is geïmporteerd. Importeer de gegevens vanaf de opdrachtregel, in de map van Stip, met de gedeelde gegevens ernaast:"
        case .noDataValues: "de Kerncijfers Wijken en Buurten van CBS (waarden per buurt):"
        case .noDataBoundaries: "de grenzen van de buurten, voor de kaart (GeoJSON):"
        case .noDataFetch: "of haal een tabel bij CBS op:"
        case .noDataAfter: "Laad daarna deze pagina opnieuw."
        case let .noBoundaries(levels): "Er zijn nog geen grenzen van \(levels) opgeslagen, dus er is nog geen kaart; de tabel staat hieronder. Importeer de grenzen met:"
        case let .noBoundariesCommand(level, year): "swift run stip monitor import zuid-limburg_\(level)_\(year).geojson --year \(year)"
        case let .noValuesAt(levels, year): "Er zijn geen waarden van \(levels) in \(year). Kies een ander jaar of niveau."
        case let .indexUnavailable(reason): "De index kan voor dit niveau en jaar niet berekend worden: \(reason)"
        case let .drawnWith(year): "Getekend met de grenzen van \(year)."
        case let .simplified(metres): "Grenzen vereenvoudigd tot op ongeveer \(metres) meter, passend bij de schaal van de kaart."
        case let .profileMeta(level, code, year): "\(level) · \(code) · gegevens van \(year)"
        case .partOf: "Ligt in"
        case let .childAreas(levels): "De \(levels) in dit gebied"
        case .indicators: "Indicatoren"
        case .indicator: "Indicator"
        case .theme: "Thema"
        case .value: "Waarde"
        case .national: "Nederland"
        case .percentile: "Percentiel in Nederland"
        case let .percentileValue(value): "P\(value)"
        case let .change(year): "Verandering sinds de nulmeting (\(year))"
        case .trend: "Verloop"
        case .none: "geen"
        case .noNational: "Er is geen landelijke waarde opgeslagen (een rij NL00); daar staat ‘geen’."
        case let .percentileExplanation(levels): "Het percentiel is het deel van alle \(levels) in Nederland met een lagere waarde (gelijke waarden tellen half)."
        case .noBaseline: "Er is nog geen nulmeting vastgesteld, dus er is geen verandering te tonen (stip monitor baseline adopt --year JAAR)."
        case let .baselineNote(year): "De nulmeting is vastgesteld op de gegevens van \(year)."
        case let .direction(direction):
            switch direction {
            case .higherIsBetter: "hoger is beter"
            case .higherIsWorse: "hoger is slechter"
            case nil: "context, telt niet mee"
            }
        case .themeScores: "Themascores"
        case let .themeChartTitle(name): "Themascores van \(name)"
        case let .themeChartDescription(count): "Staafdiagram van \(count) themascores op een schaal van 0 tot 100 (100 is de beste waarde in Nederland); de getallen staan ook in de figuur."
        case .indexHeading: "Index brede welvaart"
        case let .indexLine(value, rank, count, levels): "Index \(value); rang \(Localizer().number(rank)) van \(Localizer().number(count)) \(levels) in Nederland (1 is de hoogste)."
        case .notRanked: "Dit gebied heeft voor een index te weinig indicatoren met een waarde."
        case .indexExplanation: "De index is het gemiddelde van de themascores; elke score is genormaliseerd over alle gebieden van dit niveau in Nederland."
        case let .robustnessLine(rank, count, low, high, median, draws):
            "Rang \(Localizer().number(rank)) van \(Localizer().number(count)); bij andere redelijke gewichten tussen rang \(Self.rank(low)) en \(Self.rank(high)) (mediaan \(Self.rank(median)), \(Localizer().number(draws)) trekkingen)."
        case let .robustnessExplanation(alpha):
            "In elke trekking is elk gewicht van een thema en van een indicator vermenigvuldigd met een willekeurig getal tussen \(Self.share(1 - alpha)) en \(Self.share(1 + alpha)), en zijn de index en de rangen opnieuw berekend over alle gebieden van dit niveau in Nederland. In 90% van de trekkingen ligt de rang tussen P5 en P95. De trekkingen hebben een vaste startwaarde, dus de uitkomst is steeds dezelfde."
        case let .rankPercentile(percentile, rank): "P\(percentile) \(Self.rank(rank))"
        case let .robustnessChartTitle(name): "Rang van \(name) bij andere redelijke gewichten"
        case .robustnessChartDescription: "Balk van rang P5 tot P95 op de schaal van alle gerangschikte gebieden, met een streep bij de mediaan en een punt bij de rang met de gewone gewichten; 1 (de hoogste) staat links."
        case let .trendTitle(indicator, area): "Verloop van \(indicator) in \(area)"
        case let .trendDescription(points): "Waarden per jaar: \(points)."
        case .years: "Jaren"
        case .compareLink: "Vergelijk met andere gebieden"
        case .otherYears: "Andere jaren"
        case .compareTitle: "Gebieden vergelijken"
        case .compareIntro: "Zet twee of meer gebieden naast elkaar: hun index, themascores en indicatoren."
        case .compareField: "CBS-codes, gescheiden door komma’s (bijvoorbeeld BU09171001,BU09171002)"
        case .compareButton: "Vergelijk"
        case let .compareUnknown(codes): "Zonder gegevens of onbekend: \(codes)."
        case .compareTooFew: "Geef minstens twee gebieden op om te vergelijken."
        }
    }
}
