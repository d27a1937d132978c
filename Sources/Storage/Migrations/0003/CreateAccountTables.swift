import FluentKit

/// Accounts, their teams, server-side sessions and API tokens.
struct CreateAccountTables: AsyncMigration {
    var name: String { "0003-create-account-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .field("id", .string, .identifier(auto: false))
            .field("email", .string, .required)
            .field("role", .string, .required)
            .field("password_hash", .string, .required)
            .field("created_at", .string, .required)
            .unique(on: "email")
            .create()

        // No foreign key to teams: replacing a plan must not take accounts with it; a team id
        // that no longer exists simply grants nothing.
        try await database.schema("user_teams")
            .id()
            .field("user_id", .string, .required, .references("users", "id", onDelete: .cascade))
            .field("team_id", .string, .required)
            .create()

        try await database.schema("sessions")
            .field("id", .string, .identifier(auto: false))
            .field("user_id", .string, .required, .references("users", "id", onDelete: .cascade))
            .field("expires_at", .double, .required)
            .create()

        try await database.schema("api_tokens")
            .field("id", .string, .identifier(auto: false))
            .field("user_id", .string, .required, .references("users", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .string, .required)
            .field("revoked_at", .string)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["api_tokens", "sessions", "user_teams", "users"] {
            try await database.schema(table).delete()
        }
    }
}
