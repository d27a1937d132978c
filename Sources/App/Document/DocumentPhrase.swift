/// The words of the plan's text as a document.
enum DocumentPhrase: Equatable, Sendable {
    case nav, title(String), intro, contents, fromThePlan, inTheRegister
    case blockLabel(String)

    func text(in language: ScreenLanguage) -> String {
        switch language {
        case .dutch: dutch
        }
    }

    private var dutch: String {
        switch self {
        case .nav: "Plan"
        case let .title(version): "Plan van Aanpak NOVI-gebied Zuid-Limburg \(version)"
        case .intro: "De hele tekst van het plan, hoofdstuk voor hoofdstuk. Bij elke alinea waar een opgave, ambitie, actielijn, actie, lopend programma of samenhang uit komt, staat een verwijzing naar dat onderdeel in het register; vanaf elk onderdeel wijst een link terug naar zijn alinea."
        case .contents: "Inhoud"
        case .fromThePlan: "Uit het plan:"
        case .inTheRegister: "In het register:"
        case let .blockLabel(id): "Alinea \(id)"
        }
    }
}
