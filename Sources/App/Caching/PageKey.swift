import Core

/// What a kept answer is filed under: the path as asked for (with the query a page reads, in
/// its canonical spelling), in the language it was written in, and for the role it was made for
/// when the page shows each role something else (nil: the same for everyone).
struct PageKey: Hashable, Sendable {
    var path: String
    var language: ScreenLanguage
    var role: AccountRole?
}
