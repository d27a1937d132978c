import FluentKit

/// Records' titles and texts in other languages, one row per record and language.
struct CreateRecordTranslationTable: AsyncMigration {
    var name: String { "0021-create-record-translation-table" }

    func prepare(on database: any Database) async throws {
        try await database.schema("record_translations")
            .field("id", .string, .identifier(auto: false))
            .field("kind", .string, .required)
            .field("record_id", .string, .required)
            .field("language", .string, .required)
            .field("revision", .int, .required)
            .field("document", .string, .required)
            .unique(on: "kind", "record_id", "language")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("record_translations").delete()
    }
}
