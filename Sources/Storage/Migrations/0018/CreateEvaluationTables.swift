import FluentKit

/// The yearly evaluations of the collaboration, their answers and the decisions taken on them.
/// An answer is kept with a hash of who gave it (to refuse a second), never the account itself.
struct CreateEvaluationTables: AsyncMigration {
    var name: String { "0018-create-evaluation-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("evaluations")
            .field("id", .string, .identifier(auto: false))
            .field("year", .int, .required)
            .field("salt", .string, .required)
            .field("document", .string, .required)
            .create()
        try await database.schema("evaluation_responses")
            .field("id", .string, .identifier(auto: false))
            .field("evaluation_id", .string, .required, .references("evaluations", "id"))
            .field("respondent", .string, .required)
            .field("document", .string, .required)
            .unique(on: "evaluation_id", "respondent")
            .create()
        try await database.schema("evaluation_decisions")
            .field("id", .string, .identifier(auto: false))
            .field("evaluation_id", .string, .required, .references("evaluations", "id"))
            .field("decided_on", .string, .required)
            .field("document", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("evaluation_decisions").delete()
        try await database.schema("evaluation_responses").delete()
        try await database.schema("evaluations").delete()
    }
}
