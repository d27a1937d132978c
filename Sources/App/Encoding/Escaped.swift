import Foundation
import Monitor

/// The one place where text meets markup: every string Stip writes into a page, an SVG, a CSV
/// file or a header is encoded here for the context it lands in. Views never encode by hand;
/// Plot's attribute helpers are routed here by `PlotAttributes.swift`.
enum Escaped {
    /// HTML and SVG element content: no `<` can open an element, no `&` an entity.
    static func html(_ text: String) -> String {
        encode(text) { character in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            default: nil
            }
        }
    }

    /// A quoted HTML or SVG attribute value: it cannot end its quotes, open a tag or an entity.
    static func attribute(_ text: String) -> String {
        encode(text) { character in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
    }

    /// SVG text and attribute values alike, which Stip writes as strings.
    static func svg(_ text: String) -> String { attribute(text) }

    /// A link target: relative paths, `http`, `https` and `mailto` pass; any other scheme
    /// (`javascript:`, `data:`, even spelled with tabs or in capitals, as browsers forgive) becomes
    /// `#`, and the result is encoded as an attribute value.
    static func url(_ text: String) -> String {
        // Browsers drop these before they read a scheme, so `java\tscript:` must be seen as `javascript:`.
        let visible = text.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        let compact = String(String.UnicodeScalarView(visible)).lowercased()
        if let colon = compact.firstIndex(of: ":") {
            let beforeColon = compact[..<colon]
            let isScheme = !beforeColon.contains(where: { "/?#".contains($0) })
            if isScheme, !["http", "https", "mailto"].contains(String(beforeColon)) { return "#" }
        }
        return attribute(text)
    }

    /// A `Content-Disposition` header for a download: the name reduced to safe characters, with the
    /// original in RFC 5987 form for those who can read it.
    static func contentDisposition(filename: String) -> String {
        let safe = String(filename.unicodeScalars.map { scalar -> Character in
            let allowed = CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "-_.".unicodeScalars.contains(scalar)
            return allowed ? Character(scalar) : "_"
        })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .urlFilenameAllowed) ?? safe
        return "attachment; filename=\"\(safe)\"; filename*=UTF-8''\(encoded)"
    }

    /// A value inside a URL's query string.
    static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? ""
    }

    private static func encode(_ text: String, _ replacement: (Character) -> String?) -> String {
        var encoded = ""
        encoded.reserveCapacity(text.utf8.count)
        for character in text {
            if let replaced = replacement(character) { encoded += replaced } else { encoded.append(character) }
        }
        return encoded
    }
}

extension CharacterSet {
    /// Unreserved characters and `/` (RFC 3986), so `&`, `=`, `+` and `#` in a value stay inside it.
    static let urlQueryValueAllowed: CharacterSet = {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~/")
        return allowed
    }()

    static let urlFilenameAllowed = urlQueryValueAllowed
}
