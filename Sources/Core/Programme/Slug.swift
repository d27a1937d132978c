/// The identifier every register entity carries: lower-case letters, digits and hyphens.
///
/// Slugs are the public ids in URLs and the API, so they are checked at the edge:
/// a malformed one is a bad request, not a missing record.
public enum Slug {
    public static let maximumLength = 80

    public static func isValid(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, text.utf8.count <= maximumLength else { return false }
        guard isLowerAlphanumeric(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
