import FluentKit

/// Later versions of the plan's text, drafted as edits to the sections of their base version.
struct CreatePlanVersionTables: AsyncMigration {
    var name: String { "0020-create-plan-version-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("plan_versions")
            .field("version", .string, .identifier(auto: false))
            .field("document", .string, .required)
            .create()
        try await database.schema("plan_section_edits")
            .field("id", .string, .identifier(auto: false))
            .field("version", .string, .required, .references("plan_versions", "version"))
            .field("section_id", .string, .required)
            .field("revision", .int, .required)
            .field("document", .string, .required)
            .unique(on: "version", "section_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_section_edits").delete()
        try await database.schema("plan_versions").delete()
    }
}
