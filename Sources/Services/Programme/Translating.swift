import Core
import Foundation
import Storage

/// Entering a record's title and text in another language. Who may edit the register may
/// translate it; the record must exist and be one whose words are the plan's own.
public struct Translating: Sendable {
    public let store: TranslationStore
    let register: RegisterStore
    let now: @Sendable () -> Date

    public init(store: TranslationStore, register: RegisterStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.register = register
        self.now = now
    }

    public static let permission: [Permission] = [.editRegister]

    public enum Refusal: Error, Sendable, Equatable {
        /// No such record of a kind that is translated, or no such language.
        case notTranslatable
        case invalid(FieldProblems)
    }

    /// The record as it is in the register, to translate from.
    public func original(_ record: EntityReference) async throws -> Register? {
        guard RecordTranslation.kinds.contains(record.kind), let current = try await register.current(),
              current.contains(record) else { return nil }
        return current
    }

    /// Saves the translation typed in a form that started from `revision`; an empty title and
    /// text remove it. Returns what is kept now.
    public func save(_ record: EntityReference, language: String, title: String, text: String, machine: Bool,
                     from revision: Int, by account: Account?) async throws -> RecordTranslation? {
        try Permission.require(anyOf: Self.permission, for: account)
        guard RecordTranslation.languages.contains(language), try await original(record) != nil else { throw Refusal.notTranslatable }
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let translation = RecordTranslation(record: record, language: language, title: title, text: text, machine: machine,
                                            enteredBy: account!.publicName, enteredAt: now().formatted(.iso8601))
        let removing = title.isEmpty && text.isEmpty
        if !removing, !translation.problems.isEmpty { throw Refusal.invalid(translation.problems) }
        return try await store.save(translation, removing: removing, from: revision, by: account!)
    }
}
