/// Figures in forms as each language types them. The readers (`Money(parsing:)`,
/// `CapacityAmount(parsing:)`, a measurement's figures) take Dutch notation, a decimal comma with
/// dots or nothing between thousands; so what a person types is rewritten into it before it is
/// read, and a figure a form shows is written out of it. Only a separator between two digits
/// changes: 'ca. 0.5 fte' keeps its abbreviation's dot.
extension ScreenLanguage {
    /// '1,234.5' (English) and '1 234,5' (French) → '1.234,5'.
    func dutchNotation(_ typed: String) -> String {
        switch self {
        case .dutch, .german: typed
        case .english: Self.betweenDigits(typed) { $0 == "," ? "." : $0 == "." ? "," : $0 }
        case .french: Self.betweenDigits(typed) { " \u{00A0}\u{202F}".contains($0) ? nil : $0 }
        }
    }

    /// '1.234,5' → '1,234.5' (English), '1 234,5' (French, a narrow no-break space between thousands).
    func ownNotation(_ dutch: String) -> String {
        switch self {
        case .dutch, .german: dutch
        case .english: Self.betweenDigits(dutch) { $0 == "," ? "." : $0 == "." ? "," : $0 }
        case .french: Self.betweenDigits(dutch) { $0 == "." ? "\u{202F}" : $0 }
        }
    }

    /// The text with every character that stands between two digits replaced (nil: left out).
    private static func betweenDigits(_ text: String, _ replace: (Character) -> Character?) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            let between = index > 0 && index < characters.count - 1 && characters[index - 1].isASCII && characters[index - 1].isNumber
                && characters[index + 1].isASCII && characters[index + 1].isNumber
            if between, !(character.isASCII && character.isNumber) {
                if let replaced = replace(character) { result.append(replaced) }
            } else {
                result.append(character)
            }
        }
        return result
    }
}
