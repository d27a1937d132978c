import FluentKit

/// Every record of the register gets a version, so a form or API call started from an older
/// copy is refused instead of overwriting a newer edit. Actions keep the column they have.
struct CreateRecordVersions: AsyncMigration {
    var name: String { "0005-create-record-versions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("record_versions")
            .field("id", .string, .identifier(auto: false))
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("version", .int, .required)
            .unique(on: "entity", "entity_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("record_versions").delete()
    }
}
