import Foundation

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

    /// A slug for a name, unique among `taken`: 'An de Vries' -> 'an-de-vries', then 'an-de-vries-2'.
    public static func make(from name: String, taken: Set<String>, fallback: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL")).lowercased()
        var slug = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) { slug.append(character) }
            else if !slug.hasSuffix("-") && !slug.isEmpty { slug.append("-") }
        }
        slug = String(slug.prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = fallback }
        var candidate = slug, number = 2
        while taken.contains(candidate) {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        return candidate
    }
}
