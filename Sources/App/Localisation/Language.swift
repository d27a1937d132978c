/// The languages Stip's screens can speak. Dutch first; English, German and French follow
/// by adding their column to `Phrase` and `Formats`, without touching any view.
public enum ScreenLanguage: String, Sendable, CaseIterable {
    case dutch = "nl"

    public static let `default`: ScreenLanguage = .dutch
}
