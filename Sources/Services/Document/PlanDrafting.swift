import Core
import Foundation
import Storage

/// The plan as a growth document: version 1.0 is the text Stip ships; the regiegroep drafts the
/// next version as edits to sections of the current one, links each edit to the consultation
/// answers that asked for it, and records the BKO's adoption, which makes it the current plan.
/// Every version stays readable.
public struct PlanDrafting: Sendable {
    public let store: PlanVersionStore
    let first: PlanDocument
    let now: @Sendable () -> Date

    /// `first` is version 1.0's text.
    public init(store: PlanVersionStore, first: PlanDocument, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.first = first
        self.now = now
    }

    public enum Refusal: Error, Sendable, Equatable {
        case text(PlanDocumentFileError)
        case unknownSection(String)
        case notADate(String)
        case bodyMissing
        case versionMissing
    }

    /// The text of a version (a draft too), or nil when there is none.
    public func document(_ version: String) async throws -> PlanDocument? {
        if version == first.version { return first }
        guard let found = try await store.version(version), let base = try await document(found.base) else { return nil }
        return try base.applying(try await store.edits(of: version), as: version)
    }

    /// The newest adopted version (1.0 until another is adopted).
    public func current() async throws -> String {
        try await store.versions().filter { $0.state == .adopted }.map(\.version).max { $0.compare($1, options: .numeric) == .orderedAscending } ?? first.version
    }

    public func start(_ version: String, by account: Account?) async throws -> PlanVersion {
        try Permission.require(anyOf: [.editRegister], for: account)
        let version = version.trimmingCharacters(in: .whitespaces)
        guard !version.isEmpty, version.count <= 10, version.allSatisfy({ $0.isNumber || $0 == "." }) else { throw Refusal.versionMissing }
        let draft = PlanVersion(version: version, base: try await current())
        try await store.start(draft, by: account!)
        return draft
    }

    public func save(section: String, in version: String, title: String, text: String, answers: [String], from revision: Int,
                     by account: Account?) async throws -> SectionEdit {
        try Permission.require(anyOf: [.editRegister], for: account)
        guard let found = try await store.version(version), let base = try await document(found.base) else {
            throw PlanVersionStore.Refusal.noSuchVersion(version)
        }
        guard base.section(section) != nil else { throw Refusal.unknownSection(section) }
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let edit = SectionEdit(version: version, section: section, title: title.isEmpty ? base.section(section)!.title : String(title.prefix(200)),
                               text: String(text.prefix(100_000)), answers: answers, editedBy: account!.publicName, editedAt: now().formatted(.iso8601))
        return try await store.save(edit, from: revision, by: account!) { edit in
            do throws(PlanDocumentFileError) { _ = try base.applying([edit], as: version) } catch { throw Refusal.text(error) }
        }
    }

    public func adopt(_ version: String, on day: String, decidedBy body: String, by account: Account?) async throws -> PlanVersion {
        try Permission.require(anyOf: [.editRegister], for: account)
        guard ISODate.isValid(day) else { throw Refusal.notADate(day) }
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw Refusal.bodyMissing }
        return try await store.adopt(version, on: day, decidedBy: String(body.prefix(200)), by: account!)
    }
}
