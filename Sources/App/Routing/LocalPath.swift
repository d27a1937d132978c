/// A path on Stip itself, as a `next=` after login may name: never another host.
///
/// Browsers drop tabs and line breaks from URLs and read `\` as `/`, so `/\t/evil.example` and
/// `/\evil.example` become `//evil.example`, another site. Only a plain path of printable ASCII
/// that starts with one `/` passes.
struct LocalPath: Equatable {
    let path: String

    init?(_ text: String?) {
        guard let text, text.utf8.count <= 2_000, text.hasPrefix("/"), !text.hasPrefix("//") else { return nil }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !"\\\"<>`{}|^".unicodeScalars.contains(scalar)
        }
        guard allowed else { return nil }
        path = text
    }
}
