/// A day as a year with a fraction (`2035-07-02` ≈ 2035.5), so a path can be read at any date.
/// Paths reach their level on 1 January of the target year: `2050` is `2050.0`.
public enum DecimalYear {
    /// Nil for text that is not an ISO date.
    public static func of(_ iso: String) -> Double? {
        guard ISODate.isValid(iso) else { return nil }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        let dayOfYear = lengths.prefix(month - 1).reduce(0, +) + day
        return Double(year) + Double(dayOfYear - 1) / Double(isLeap(year) ? 366 : 365)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}
