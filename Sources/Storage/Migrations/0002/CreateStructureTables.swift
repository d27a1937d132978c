import FluentKit

/// The collaboration structure (ch. 4): bodies, task teams, people, memberships.
struct CreateStructureTables: AsyncMigration {
    var name: String { "0002-create-structure-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("bodies")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("abbreviation", .string)
            .field("kind", .string, .required)
            .field("description", .string)
            .create()

        try await database.schema("teams")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("parent_id", .string, .references("teams", "id"))
            .field("action_line_id", .string, .references("action_lines", "id"))
            .field("government_role", .string)
            .field("description", .string)
            .create()

        try await database.schema("people")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("organisation_id", .string, .references("organisations", "id"))
            .create()

        try await database.schema("memberships")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("person_id", .string, .required, .references("people", "id", onDelete: .cascade))
            .field("team_id", .string, .references("teams", "id", onDelete: .cascade))
            .field("body_id", .string, .references("bodies", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("from", .string, .required)
            .field("until", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["memberships", "people", "teams", "bodies"] {
            try await database.schema(table).delete()
        }
    }
}
