import Core

/// The words of the plan's text as a document.
enum DocumentPhrase: Equatable, Sendable {
    case nav, title(String), intro, contents, fromThePlan, inTheRegister
    case blockLabel(String)
    case versionsTitle, versionColumn, baseColumn, stateColumn, draft, adoptedOn(String, String), startTitle, startVersion, start, started
    case differencesLink, differencesTitle(String, String), noDifferences, sideBySide, inline, editSection, editTitle(String, String), sectionTitle
    case sectionText, sectionTextHint, answersField, answersHint, save, saved, stale, textProblem(line: Int, PlanDocumentFileError.Problem), adoptTitle, adoptIntro, decidedOn, decidedBy
    case defaultBody, adopt, adopted, draftNotice(String, String), alreadyAdopted, versionExists(String), askedFor(Int), unknownVersion


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .nav: "Plan"
        case let .title(version): "Plan van Aanpak NOVI-gebied Zuid-Limburg \(version)"
        case .intro: "De hele tekst van het plan, hoofdstuk voor hoofdstuk. Bij elke alinea waar een opgave, ambitie, actielijn, actie, lopend programma of samenhang uit komt, staat een verwijzing naar dat onderdeel in het register; vanaf elk onderdeel wijst een link terug naar zijn alinea."
        case .contents: "Inhoud"
        case .fromThePlan: "Uit het plan:"
        case .inTheRegister: "In het register:"
        case let .blockLabel(id): "Alinea \(id)"
        case .versionsTitle: "Versies van het plan"
        case .versionColumn: "Versie"
        case .baseColumn: "Op basis van"
        case .stateColumn: "Stand"
        case .draft: "concept"
        case let .adoptedOn(day, body): "vastgesteld op \(day) door \(body)"
        case .startTitle: "Een nieuwe versie beginnen"
        case .startVersion: "Versienummer"
        case .start: "Versie beginnen"
        case .started: "De nieuwe versie is begonnen als concept."
        case .differencesLink: "Verschillen met de vorige versie"
        case let .differencesTitle(version, base): "Wat verandert in \(version) ten opzichte van \(base)"
        case .noDifferences: "Nog geen onderdeel gewijzigd."
        case .sideBySide: "Naast elkaar"
        case .inline: "In de tekst"
        case .editSection: "Onderdeel bewerken"
        case let .editTitle(section, version): "\(section) bewerken voor versie \(version)"
        case .sectionTitle: "Titel"
        case .sectionText: "Tekst"
        case .sectionTextHint: "Een alinea per regel, een lege regel ertussen; ### voor een tussenkop, - voor een opsomming (twee spaties dieper per niveau), | voor een tabelregel."
        case .answersField: "Naar aanleiding van reacties"
        case .answersHint: "Kies de reacties uit de consultatie die om deze wijziging vroegen."
        case .save: "Opslaan"
        case .saved: "Het onderdeel is opgeslagen."
        case .stale: "Iemand anders heeft dit onderdeel intussen opgeslagen; er is niets overschreven. Hieronder staat de opgeslagen tekst; wat u typte staat ernaast."
        case let .textProblem(line, problem): "De tekst is niet opgeslagen. Regel \(line): \(Self.dutch(problem))"
        case .adoptTitle: "Vaststelling vastleggen"
        case .adoptIntro: "Leg vast dat het Bestuurlijk Kernoverleg deze versie heeft vastgesteld. Ze wordt dan het geldende plan; de vorige versie blijft op haar eigen adres te lezen, en deze verandert niet meer."
        case .decidedOn: "Datum van het besluit"
        case .decidedBy: "Besloten door"
        case .defaultBody: "Bestuurlijk Kernoverleg"
        case .adopt: "Vaststelling vastleggen"
        case .adopted: "De versie is vastgesteld en is nu het geldende plan."
        case let .draftNotice(version, base): "Concept van versie \(version), op basis van \(base). Het verandert nog tot het is vastgesteld."
        case .alreadyAdopted: "Deze versie is al vastgesteld en verandert niet meer."
        case let .versionExists(version): "Versie \(version) bestaat al."
        case let .askedFor(count): count == 1 ? "Naar aanleiding van 1 reactie:" : "Naar aanleiding van \(count) reacties:"
        case .unknownVersion: "Geef een versienummer, zoals 2.0."
        }
    }

    /// What is wrong with a section's text, said for the person who typed it (the file's own
    /// message is for whoever edits the seed file).
    private static func dutch(_ problem: PlanDocumentFileError.Problem) -> String {
        switch problem {
        case .empty: "de tekst is leeg."
        case .textBeforeFirstHeading, .headingWithoutIDAndTitle: "een kop met # hoort niet in de tekst van een onderdeel; gebruik ### voor een tussenkop."
        case let .badID(id): "'\(id)' kan geen nummer van een onderdeel zijn."
        case let .duplicateID(id): "'\(id)' is al het nummer van een onderdeel."
        case .paragraphOnOneLine: "een alinea staat op één regel; een lege regel sluit haar af."
        case .subheadingOnOneLine: "een tussenkop (### ) staat op één regel."
        case .mixedBlock: "een opsomming (- ) of tabel (| ) bestaat alleen uit zulke regels; een lege regel sluit haar af."
        }
    }
}
