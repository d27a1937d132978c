import Monitor

/// The monitor's themes, indicators and units in the person's language. The catalogue
/// (`Seeds/monitor/indicators.csv`) names them in Dutch (and English, for files); the phrase
/// tables hold every language's name: `monitor.themeName.health`, `monitor.indicator.inwoners`,
/// `monitor.unit.aantal` (the Dutch unit, lower case, % as 'procent', other signs as '-').
extension Localizer {
    func themeName(_ theme: Theme) -> String { self(.monitor(.themeName(theme))) }

    func indicatorName(_ indicator: Indicator) -> String {
        language == .dutch ? indicator.nameNL : PhraseTables.text(id: "monitor.indicator.\(indicator.id)", in: language) ?? indicator.nameNL
    }

    func unitName(_ unit: String) -> String {
        language == .dutch ? unit : PhraseTables.text(id: "monitor.unit.\(Self.unitID(unit))", in: language) ?? unit
    }

    /// 'procent-van-de-inwoners' for '% van de inwoners', 'per-km2-land' for 'per km² land'.
    static func unitID(_ unit: String) -> String {
        let plain = unit.lowercased().replacingOccurrences(of: "%", with: "procent").replacingOccurrences(of: "²", with: "2").replacingOccurrences(of: "³", with: "3")
        var id = ""
        for character in plain {
            if (character.isASCII && (character.isLetter || character.isNumber)) { id.append(character) } else if id.last != "-" { id.append("-") }
        }
        return id.trimmingCharacters(in: ["-"])
    }
}
