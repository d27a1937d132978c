import Foundation

/// Turns phrases, numbers and dates into text in one language.
struct Localizer: Sendable {
    let language: ScreenLanguage

    init(_ language: ScreenLanguage = .default) {
        self.language = language
    }

    func callAsFunction(_ phrase: Phrase) -> String {
        phrase.text(in: language)
    }

    private var monthNames: [String] {
        switch language {
        case .dutch:
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        }
    }

    private var groupingSeparator: String {
        switch language {
        case .dutch: "."
        }
    }

    private var decimalSeparator: String {
        switch language {
        case .dutch: ","
        }
    }

    /// `2020-11-17` -> `17 november 2020`; text that is not a date comes back as it is.
    func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return iso }
        return "\(day) \(monthNames[month - 1]) \(parts[0])"
    }

    func month(_ month: Int, year: Int) -> String {
        guard (1...12).contains(month) else { return "\(year)" }
        return "\(monthNames[month - 1]) \(year)"
    }

    /// The month's first letter, for a narrow axis.
    func monthInitial(_ month: Int) -> String {
        guard (1...12).contains(month) else { return "" }
        return monthNames[month - 1].prefix(1).uppercased()
    }

    /// Whole numbers with the language's grouping: 250000 -> `250.000`.
    func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: groupingSeparator)
    }

    /// A figure as written in a target: whole when whole, else with the language's decimal mark.
    func number(_ value: Double) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        if magnitude.rounded() == magnitude, magnitude < 1e15 { return sign + number(Int(magnitude)) }
        let whole = Int(magnitude.rounded(.towardZero))
        let fraction = String(format: "%.4f", magnitude - Double(whole)).dropFirst(2)
            .replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
        return sign + number(whole) + decimalSeparator + fraction
    }
}
