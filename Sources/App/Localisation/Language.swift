import Foundation

/// The languages Stip's screens can speak, for a Euregio: Dutch, English, German and French.
/// Dutch is the plan's language and every phrase's fallback.
public enum ScreenLanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"
    case german = "de"
    case french = "fr"

    public static let `default`: ScreenLanguage = .dutch

    /// The language of the request being answered, set by `LanguageMiddleware` around it, so a
    /// `Localizer` made without one speaks the person's language.
    @TaskLocal public static var current: ScreenLanguage = .default

    /// The languages offered while answering the request (for the switch in the header).
    @TaskLocal public static var currentOffer: [ScreenLanguage] = [.default]

    /// The languages a person can choose (`STIP_LANGUAGES`, Dutch always among them): a language
    /// is switched on once its table is complete, so no page mixes two.
    public static func offered(_ setting: String?) -> [ScreenLanguage] {
        let named = (setting ?? "").split(separator: ",").compactMap { ScreenLanguage(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) }
        return allCases.filter { $0 == .dutch || named.contains($0) }
    }

    /// The conventions numbers, money and dates follow: the partners' own (French as written in Belgium).
    public var locale: Locale {
        switch self {
        case .dutch: Locale(identifier: "nl_NL")
        case .english: Locale(identifier: "en_GB")
        case .german: Locale(identifier: "de_DE")
        case .french: Locale(identifier: "fr_BE")
        }
    }

    /// The language's name in itself, for the switch in the header.
    public var ownName: String {
        switch self {
        case .dutch: "Nederlands"
        case .english: "English"
        case .german: "Deutsch"
        case .french: "Français"
        }
    }

    /// The best offered language for an `Accept-Language` header: by weight, then by order;
    /// `de-DE` counts as `de`; nil when none of them is offered.
    public static func negotiated(_ header: String, offered: [ScreenLanguage]) -> ScreenLanguage? {
        var ranked: [(language: ScreenLanguage, weight: Double, order: Int)] = []
        for (order, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            guard weight > 0 else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            if let language = offered.first(where: { $0.rawValue == primary }) { ranked.append((language, weight, order)) }
        }
        return ranked.sorted { ($0.weight, -$0.order) > ($1.weight, -$1.order) }.first?.language
    }
}
