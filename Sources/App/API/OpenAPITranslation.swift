/// The OpenAPI document in the reader's language. Its summaries and descriptions are written in
/// Dutch where the document is built; the phrase tables hold each one's translation under an id
/// made from the Dutch text itself (`openapi.` and its FNV-1a hash), so a changed Dutch text is
/// missing from the tables until it is translated again, and a text used in many places is
/// translated once. A text a table lacks stays Dutch.
extension OpenAPIDocument {
    static let translatedKeys: Set<String> = ["summary", "description"]

    /// `openapi.7a8e6e82` for 'Een record verwijderen vanaf zijn versie'.
    static func phraseID(of dutch: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in dutch.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return "openapi." + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Every Dutch summary and description in the document ('OK' is the same in every language).
    static func texts(of json: JSON) -> [String] {
        var found: [String] = []
        walk(json) { text in
            if !found.contains(text) { found.append(text) }
            return text
        }
        return found
    }

    static func translated(_ json: JSON, into language: ScreenLanguage) -> JSON {
        guard language != .dutch, let table = PhraseTables.tables[language] else { return json }
        return walk(json) { table[phraseID(of: $0)]?.text ?? $0 }
    }

    @discardableResult
    private static func walk(_ json: JSON, _ translate: (String) -> String) -> JSON {
        func pair(_ key: String, _ value: JSON) -> (String, JSON) {
            if translatedKeys.contains(key), case let .string(text) = value, text != "OK" { return (key, .string(translate(text))) }
            return (key, walk(value, translate))
        }
        switch json {
        case let .array(values): return .array(values.map { walk($0, translate) })
        case let .object(pairs): return .dictionary(pairs.map { pair($0.key, $0.value) })
        case let .dictionary(pairs): return .dictionary(pairs.map { pair($0.0, $0.1) })
        default: return json
        }
    }
}
