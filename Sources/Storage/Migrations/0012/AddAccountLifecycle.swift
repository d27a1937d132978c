import FluentKit

/// Sessions end after a while without use, tokens may expire and say when they were last used,
/// and an account can be disabled without deleting its history.
struct AddAccountLifecycle: AsyncMigration {
    var name: String { "0012-add-account-lifecycle" }

    func prepare(on database: any Database) async throws {
        // One column per ALTER TABLE: SQLite adds no more at a time.
        try await database.schema("sessions").field("last_seen_at", .double).update()
        try await database.schema("api_tokens").field("expires_at", .string).update()
        try await database.schema("api_tokens").field("last_used_at", .string).update()
        try await database.schema("users").field("disabled_at", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("disabled_at").update()
        try await database.schema("api_tokens").deleteField("last_used_at").update()
        try await database.schema("api_tokens").deleteField("expires_at").update()
        try await database.schema("sessions").deleteField("last_seen_at").update()
    }
}
