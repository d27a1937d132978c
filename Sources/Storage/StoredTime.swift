import Foundation

/// Instants as the database keeps them: ISO 8601 in UTC. Format styles are values, made once;
/// an `ISO8601DateFormatter` made per call cost some 0.3 ms, on every API request that
/// checked a token's expiry.
enum StoredTime {
    private static let plain = Date.ISO8601FormatStyle()
    private static let precise = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// `2026-12-03T13:30:00Z`.
    static func text(_ date: Date) -> String { plain.format(date) }

    /// `2026-12-03T13:30:00.123Z`: the audit trail's times, in order to the millisecond.
    static func preciseText(_ date: Date) -> String { precise.format(date) }

    static func date(_ text: String) -> Date? {
        (try? plain.parse(text)) ?? (try? precise.parse(text))
    }
}
