import FluentKit

/// The programme register's tables, as shipped with the foundation. Never edit: follow with a new migration.
struct CreateRegisterTables: AsyncMigration {
    var name: String { "0001-create-register-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("plans")
            .field("id", .string, .identifier(auto: false))
            .field("title", .string, .required)
            .field("version", .string, .required)
            .field("date", .string, .required)
            .field("region", .string, .required)
            .field("summary", .string)
            .field("vision", .json, .required)
            .field("core_values", .array(of: .string), .required)
            .field("added_value", .json, .required)
            .create()

        try await database.schema("themes")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("description", .string)
            .create()

        try await database.schema("periods")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("label", .string, .required)
            .field("start", .string, .required)
            .field("end", .string, .required)
            .create()

        try await database.schema("challenges")
            .field("id", .string, .identifier(auto: false))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("focus", .string)
            .field("added_value", .array(of: .string), .required)
            .field("themes", .array(of: .string), .required)
            .create()

        try await database.schema("ambitions")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("challenge_id", .string, .references("challenges", "id"))
            .field("number", .int)
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("note", .string)
            .create()

        try await database.schema("targets")
            .field("id", .string, .identifier(auto: false))
            .field("ambition_id", .string, .required, .references("ambitions", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .field("kind", .string, .required)
            .field("year", .int)
            .field("approximate", .bool, .required)
            .field("value", .double)
            .field("unit", .string)
            .create()

        try await database.schema("organisations")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("aliases", .array(of: .string), .required)
            .field("kind", .string, .required)
            .field("country", .string, .required)
            .field("mentions", .array(of: .string), .required)
            .create()

        try await database.schema("programmes")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("description", .string)
            .create()

        try await database.schema("programme_organisations")
            .id()
            .field("programme_id", .string, .required, .references("programmes", "id", onDelete: .cascade))
            .field("organisation_id", .string, .required, .references("organisations", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .create()

        try await database.schema("action_lines")
            .field("id", .string, .identifier(auto: false))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("ambition_id", .string, .required, .references("ambitions", "id"))
            .field("ambition_text", .string)
            .field("stakeholders_text", .string, .required)
            .field("short_term_note", .string)
            .field("outlook_note", .string)
            .field("added_value", .array(of: .string), .required)
            .create()

        try await database.schema("action_line_programmes")
            .id()
            .field("action_line_id", .string, .required, .references("action_lines", "id", onDelete: .cascade))
            .field("programme_id", .string, .required, .references("programmes", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .create()

        try await database.schema("action_line_organisations")
            .id()
            .field("action_line_id", .string, .required, .references("action_lines", "id", onDelete: .cascade))
            .field("organisation_id", .string, .required, .references("organisations", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .create()

        try await database.schema("actions")
            .field("id", .string, .identifier(auto: false))
            .field("action_line_id", .string, .required, .references("action_lines", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("term", .string, .required)
            .field("section", .string, .required)
            .field("period_id", .string, .references("periods", "id"))
            .field("year", .int)
            .field("approximate", .bool, .required)
            .field("details", .array(of: .string), .required)
            .create()

        try await database.schema("dependencies")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("from_line_id", .string, .required, .references("action_lines", "id", onDelete: .cascade))
            .field("to_line_id", .string, .required, .references("action_lines", "id", onDelete: .cascade))
            .field("theme_id", .string, .references("themes", "id"))
            .field("text", .string, .required)
            .field("source", .string)
            .create()

        try await database.schema("register_revisions")
            .field("id", .int, .identifier(auto: false))
            .field("revision", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [
            "register_revisions", "dependencies", "actions", "action_line_organisations", "action_line_programmes",
            "action_lines", "programme_organisations", "programmes", "organisations", "targets", "ambitions",
            "challenges", "periods", "themes", "plans",
        ] {
            try await database.schema(table).delete()
        }
    }
}
