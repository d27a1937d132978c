import Foundation

/// The day a moment falls on where the programme runs (Europe/Amsterdam), as `yyyy-mm-dd`:
/// an answer given at 23:30 on 1 December is dated 1 December, not the 2nd of UTC.
enum ProgrammeDay {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return calendar
    }()

    static func of(_ moment: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
