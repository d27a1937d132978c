import Foundation
import NIOConcurrencyHelpers

/// Translations of the phrases into English, German and French, from plain tables a translator
/// edits (`Sources/App/Phrases/<language>.txt`). A phrase's id is its case path (`document.title`,
/// `consultation.participationChoice.yes`), its placeholders the names the table's line gives
/// its values in order: `document.draftNotice(version, base) = Draft of version {version} …`.
/// A phrase a table lacks is said in Dutch, which lives with the phrases in Swift.
public enum PhraseTables {
    /// The text of `phrase` in `language`, or nil when its table has no line for it.
    static func translated(_ phrase: some Sendable, in language: ScreenLanguage) -> String? {
        guard language != .dutch, let table = tables[language] else { return nil }
        let key = PhraseKey(phrase)
        guard let line = table[key.id] else {
            missing?.note(key.id)
            return nil
        }
        return line.text(with: key.values, in: language)
    }

    /// The text of a line kept under `id` that a phrase case cannot name (the monitor's indicators, the
    /// OpenAPI document's descriptions), or nil when the table lacks it.
    static func text(id: String, in language: ScreenLanguage) -> String? {
        guard language != .dutch, let table = tables[language] else { return nil }
        guard let line = table[id] else {
            missing?.note(id)
            return nil
        }
        return line.text
    }

    /// Where the ids a table lacked are noted while a page is drawn (the tests' check that no Dutch is left).
    @TaskLocal static var missing: MissingPhrases?

    static let tables: [ScreenLanguage: [String: PhraseTable.Line]] = Dictionary(uniqueKeysWithValues: ScreenLanguage.allCases.map { language in
        (language, PhraseTable.parse(text(of: language)))
    })

    static func text(of language: ScreenLanguage) -> String {
        let bytes: [UInt8] = switch language {
        case .dutch: []
        case .english: PackageResources.en_txt
        case .german: PackageResources.de_txt
        case .french: PackageResources.fr_txt
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The ids a translation lacked, noted while drawing.
final class MissingPhrases: Sendable {
    private let ids = NIOLockedValueBox<Set<String>>([])

    func note(_ id: String) { ids.withLockedValue { _ = $0.insert(id) } }
    var all: Set<String> { ids.withLockedValue { $0 } }
}
