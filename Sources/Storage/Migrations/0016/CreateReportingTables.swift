import FluentKit

/// Reporting rounds and the line reports in them (the *voortgangsrapportage*'s inputs). A report
/// is kept whole as JSON beside the columns it is found by; its version guards every save.
struct CreateReportingTables: AsyncMigration {
    var name: String { "0016-create-reporting-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("reporting_rounds")
            .field("id", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("period_start", .string, .required)
            .field("period_end", .string, .required)
            .field("due_on", .string, .required)
            .field("opened_at", .string, .required)
            .field("document", .string, .required)
            .create()
        try await database.schema("line_reports")
            .field("id", .string, .identifier(auto: false))
            .field("round_id", .string, .required, .references("reporting_rounds", "id"))
            .field("line_id", .string, .required)
            .field("team_id", .string)
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("document", .string, .required)
            .unique(on: "round_id", "line_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("line_reports").delete()
        try await database.schema("reporting_rounds").delete()
    }
}
