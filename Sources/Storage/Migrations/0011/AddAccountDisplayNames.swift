import FluentKit

/// Accounts get the name others see them by: public pages and the public API show it (or the
/// account's role) where they showed the e-mail address, which is personal data.
struct AddAccountDisplayNames: AsyncMigration {
    var name: String { "0011-add-account-display-names" }

    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("display_name", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("display_name").update()
    }
}
