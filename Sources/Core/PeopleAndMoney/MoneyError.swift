import Foundation

/// Why a typed amount of euros was refused; the App maps each case to a phrase in the user's language.
public enum MoneyError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    /// Not an amount as people write one ('veel', '12.34.5', '125.50' with a dot before cents).
    case notAnAmount(String)
    /// More than two decimals: cents are the finest unit.
    case tooPrecise
    case negative
    case tooLarge

    /// A stable key for the localisation layer.
    public var messageKey: String {
        switch self {
        case .empty: "money.empty"
        case .notAnAmount: "money.notAnAmount"
        case .tooPrecise: "money.tooPrecise"
        case .negative: "money.negative"
        case .tooLarge: "money.tooLarge"
        }
    }

    /// The English message; Dutch and the other languages come from the App.
    public var message: String {
        switch self {
        case .empty: "no amount given"
        case let .notAnAmount(text): "'\(text)' is not an amount in euros (write e.g. 125.000 or 125.000,50)"
        case .tooPrecise: "an amount has at most two decimals (cents)"
        case .negative: "an amount cannot be negative here"
        case .tooLarge: "the amount is too large"
        }
    }

    public var description: String { message }
}

extension Money {
    /// Reads euros as a Dutch person writes them: '125.000', '€ 125.000,50', '630000', '50.000,-'.
    ///
    /// A dot is always a thousands separator and a comma the decimal sign, so '125.000' is never
    /// read as 125 euros; a lone dot before one or two digits is refused rather than guessed.
    public init(parsing input: String, allowNegative: Bool = false) throws(MoneyError) {
        var text = Substring(input.trimmingCharacters(in: .whitespacesAndNewlines))
        for prefix in ["€", "EUR", "eur"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count).drop { $0 == " " }
        }
        // '75.000 €', as German and French write it.
        for suffix in ["€", "EUR", "eur"] where text.hasSuffix(suffix) {
            text = text.dropLast(suffix.count)
            while text.last?.isWhitespace == true { text = text.dropLast() }
        }
        guard !text.isEmpty else { throw .empty }
        var negative = false
        if let first = text.first, first == "-" || first == "−" {
            negative = true
            text = text.dropFirst().drop { $0 == " " }
        }
        if negative && !allowNegative { throw .negative }
        if text.hasSuffix(",-") { text = text.dropLast(2) }

        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first else { throw .notAnAmount(input) }
        let groups = wholeText.split(separator: ".", omittingEmptySubsequences: false)
        guard let firstGroup = groups.first, !firstGroup.isEmpty, firstGroup.allSatisfy(\.isASCIIDigit),
              groups.count == 1 || (firstGroup.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) })
        else { throw .notAnAmount(input) }
        let digits = groups.joined()
        guard digits.count <= 15, let euros = Int(digits) else { throw .tooLarge }

        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { throw .notAnAmount(input) }
            let significant = fraction.count > 2 ? fraction.dropLast(fraction.count - 2) : fraction
            if fraction.dropFirst(2).contains(where: { $0 != "0" }) { throw .tooPrecise }
            cents = Int(String(significant).padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        }
        self.init(cents: (euros * 100 + cents) * (negative ? -1 : 1))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
