import Core

/// The words around records' translations.
enum TranslationPhrase: Equatable, Sendable {
    case translate, title(String), intro, originalHeading, original, titleField, textField, textHint, machine, machineHint
    case removeHint, save, saved, removed, stale, enteredBy(String, String), machineEnteredBy(String, String), none
    case translatedBy(String), machineTranslatedBy(String)

    var dutch: String {
        switch self {
        case .translate: "Vertalen"
        case let .title(record): "Vertalingen van ‘\(record)’"
        case .intro: "De titel en de tekst van dit onderdeel in een andere taal, voor de partners over de grens. Het origineel blijft zoals het is. Een pagina in die taal toont de vertaling, met het origineel één klik verder."
        case .originalHeading: "Het origineel"
        case .original: "Origineel (Nederlands)"
        case .titleField: "Titel"
        case .textField: "Tekst"
        case .textHint: "De hoofdtekst van het onderdeel, elke alinea op een eigen regel. Mag leeg blijven."
        case .machine: "Machinevertaling"
        case .machineHint: "Aankruisen als een programma de tekst vertaalde, ook als iemand hem daarna las: de pagina zegt het dan bij de vertaling."
        case .removeHint: "Titel en tekst leegmaken en opslaan verwijdert de vertaling."
        case .save: "Vertaling opslaan"
        case .saved: "De vertaling is opgeslagen."
        case .removed: "De vertaling is verwijderd."
        case .stale: "Iemand anders heeft deze vertaling intussen opgeslagen; er is niets overschreven. De opgeslagen tekst staat hieronder, met wat u typte ernaast."
        case let .enteredBy(name, date): "Ingevoerd door \(name) op \(date)."
        case let .machineEnteredBy(name, date): "Machinevertaling, ingevoerd door \(name) op \(date)."
        case .none: "Nog geen vertaling."
        case let .translatedBy(name): "Vertaald door \(name)."
        case let .machineTranslatedBy(name): "Machinevertaling, ingevoerd door \(name)."
        }
    }
}
