import Foundation

extension CapacityAmount {
    /// Reads capacity as people type it, Dutch decimal commas included:
    /// '1,2 fte', '1.2', 'circa 2 fte', 'ca 0,6', '± 3', '0,4 fte ?', '1,5 d/w x 4',
    /// '1,5 d /w x 4 = 6 d /wk', '4 d/wk X 4 = 16 d /wk', 'PM'.
    ///
    /// A trailing '?' marks the figure as uncertain, which Stip keeps as approximate.
    public init(parsing input: String) throws(CapacityAmountError) {
        let original = input.trimmingCharacters(in: .whitespacesAndNewlines)
        var text = Substring(original.lowercased()
            .replacingOccurrences(of: "×", with: "x")
            .replacingOccurrences(of: "−", with: "-")
            .replacingOccurrences(of: "\u{00A0}", with: " "))
        guard !text.isEmpty else { throw .empty }

        let squeezed = text.filter { $0 != " " && $0 != "." }
        if squeezed == "pm" || squeezed == "promemorie" {
            self = .pm
            return
        }

        var approximate = false
        if text.hasSuffix("?") {
            approximate = true
            text = text.dropLast().trimmingTrailingSpaces
        }
        while let marker = Self.approximateMarkers.first(where: { text.hasPrefix($0) && Self.endsMarker(text.dropFirst($0.count)) }) {
            approximate = true
            text = text.dropFirst(marker.count).drop { $0 == " " }
        }
        if text.hasPrefix("-") {
            throw text.dropFirst().drop { $0 == " " }.first?.isASCIIDigit == true ? .negative : .notANumber(original)
        }

        let numberText = text.prefix { $0.isASCIIDigit || $0 == "," || $0 == "." }
        guard !numberText.isEmpty else { throw .notANumber(original) }
        let number = try Self.decimal(numberText, original: original)
        let rest = text.dropFirst(numberText.count).drop { $0 == " " }
        let compact = Substring(rest.filter { $0 != " " })

        // The unit as the screens' languages name it: fte, VZÄ (German), ETP (French).
        if compact.isEmpty || ["fte", "vzä", "etp"].contains(compact) {
            self = .fte(FTE(thousandths: try number.fixed(decimals: 3)), approximate: approximate)
            return
        }
        if let unit = Self.dayUnit(at: compact) {
            self = .days(try Self.days(number), persons: try Self.persons(after: compact.dropFirst(unit.count), rest: rest, days: number),
                         approximate: approximate)
            return
        }
        if compact.hasPrefix("x") || compact.hasPrefix("*") {
            throw compact.dropFirst().isEmpty ? .missingPersons : .missingDaysUnit
        }
        if compact.first?.isLetter == true { throw .unknownUnit(String(rest)) }
        throw .notANumber(original)
    }

    // MARK: Pieces

    static let approximateMarkers = ["circa", "ca.", "ca", "c.a.", "±", "+/-", "~"]

    /// A word marker must end at a space or a digit: 'ca 2' is approximate, 'cake' is not a number.
    private static func endsMarker(_ rest: Substring) -> Bool {
        guard let next = rest.first else { return false }
        return next == " " || next.isASCIIDigit || next == "-"
    }

    /// Longest first, so 'd/wk' is not read as 'd/w' followed by 'k'.
    private static let dayUnits = [
        "dagenperweek", "dagperweek", "dagen/week", "dagen/wk", "dag/week", "dag/wk",
        "d/week", "d/wk.", "d/wk", "d/w", "dpw", "dagen", "dag", "d",
    ]

    private static func dayUnit(at text: Substring) -> String? {
        dayUnits.first { text.hasPrefix($0) }
    }

    private static func days(_ number: DecimalText) throws(CapacityAmountError) -> DaysPerWeek {
        let days = DaysPerWeek(hundredths: try number.fixed(decimals: 2))
        if days.hundredths > 7 * DaysPerWeek.scale { throw .tooManyDays(days) }
        return days
    }

    /// What follows the days unit: nothing (one person), 'x 4', or 'x 4 = 6 d/wk'.
    private static func persons(after compact: Substring, rest: Substring, days: DecimalText) throws(CapacityAmountError) -> Int {
        guard let sign = compact.first else { return 1 }
        guard sign == "x" || sign == "*" else { throw .unexpectedText(String(rest)) }
        let afterSign = compact.dropFirst()
        let personsText = afterSign.prefix { $0 != "=" }
        guard !personsText.isEmpty else { throw .missingPersons }
        guard personsText.allSatisfy(\.isASCIIDigit), let persons = Int(personsText), persons > 0, persons < 10_000 else {
            throw .invalidPersons(String(personsText))
        }
        let check = afterSign.dropFirst(personsText.count)
        guard !check.isEmpty else { return persons }
        // '= 6 d/wk': the plan writes the product out; a wrong one is a typo worth refusing.
        let totalText = check.dropFirst().prefix { $0.isASCIIDigit || $0 == "," || $0 == "." }
        let unit = check.dropFirst(1 + totalText.count)
        guard !totalText.isEmpty, unit.isEmpty || dayUnit(at: unit).map({ $0.count == unit.count }) == true else {
            throw .unexpectedText(String(check))
        }
        let stated = DaysPerWeek(hundredths: try decimal(totalText, original: String(check)).fixed(decimals: 2))
        let computed = DaysPerWeek(hundredths: try self.days(days).hundredths * persons)
        if stated != computed { throw .daysTotalMismatch(stated: stated, computed: computed) }
        return persons
    }

    private static func decimal(_ text: Substring, original: String) throws(CapacityAmountError) -> DecimalText {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw .notANumber(original)
        }
        guard whole.count <= 6, let value = Int(whole) else { throw .tooLarge }
        return DecimalText(whole: value, fraction: parts.count == 2 ? String(parts[1]) : "")
    }
}

/// A non-negative decimal as typed, before it is fixed to a precision.
private struct DecimalText {
    var whole: Int
    var fraction: String

    /// The value in units of 10^-decimals; refuses digits beyond that (trailing zeros aside).
    func fixed(decimals: Int) throws(CapacityAmountError) -> Int {
        var digits = Substring(fraction)
        while digits.hasSuffix("0") { digits = digits.dropLast() }
        guard digits.count <= decimals else { throw .tooPrecise(maximumDecimals: decimals) }
        let padded = String(digits) + String(repeating: "0", count: decimals - digits.count)
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        return whole * scale + (Int(padded) ?? 0)
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var text = self
        while text.hasSuffix(" ") { text = text.dropLast() }
        return text
    }
}
