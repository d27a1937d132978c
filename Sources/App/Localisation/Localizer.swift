import Foundation

/// Turns phrases, numbers and dates into text in one language: the one it was made with, or
/// else the language of the request being answered (`ScreenLanguage.current`).
struct Localizer: Sendable {
    private let fixed: ScreenLanguage?

    init(_ language: ScreenLanguage? = nil) {
        fixed = language
    }

    var language: ScreenLanguage { fixed ?? ScreenLanguage.current }
    var locale: Locale { language.locale }

    func callAsFunction(_ phrase: Phrase) -> String {
        PhraseTables.translated(phrase, in: language) ?? phrase.dutch
    }

    /// Calendar days are days, not instants: written in UTC so no time zone moves them.
    private static let utc = TimeZone(identifier: "UTC")!

    private func day(_ iso: String) -> Date? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.utc
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// `2020-11-17` -> `17 november 2020` (`17. November 2020`, `17 November 2020`); text that is not a date comes back as it is.
    func date(_ iso: String) -> String {
        guard let date = day(iso) else { return iso }
        return date.formatted(Date.FormatStyle(locale: locale, timeZone: Self.utc).day().month(.wide).year())
    }

    func month(_ month: Int, year: Int) -> String {
        guard (1...12).contains(month), let date = day(String(format: "%04d-%02d-01", year, month)) else { return "\(year)" }
        return date.formatted(Date.FormatStyle(locale: locale, timeZone: Self.utc).month(.wide).year())
    }

    /// The month's first letter, for a narrow axis.
    func monthInitial(_ month: Int) -> String {
        guard (1...12).contains(month), let date = day(String(format: "2020-%02d-01", month)) else { return "" }
        return date.formatted(Date.FormatStyle(locale: locale, timeZone: Self.utc).month(.wide)).prefix(1).uppercased()
    }

    /// Whole numbers with the language's grouping: 250000 -> `250.000` (`250,000`, `250 000`).
    func number(_ value: Int) -> String {
        value.formatted(.number.locale(locale))
    }

    /// A figure as written in a target: whole when whole, else with up to four decimals.
    func number(_ value: Double) -> String {
        value.formatted(.number.locale(locale).precision(.fractionLength(0...4)))
    }

    /// A fixed-point figure (`value` / `scale`) without trailing zeros: 10900 / 1000 -> `10,9`.
    func fixed(_ value: Int, scale: Int) -> String {
        let digits = String(scale).count - 1
        return (Decimal(value) / Decimal(scale)).formatted(.number.locale(locale).precision(.fractionLength(0...digits)))
    }
}
