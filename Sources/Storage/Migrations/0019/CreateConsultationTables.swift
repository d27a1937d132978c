import FluentKit

/// Consultation rounds on a version of the plan and their answers. A member of the public's
/// e-mail address sits in a column of its own, never in the answer's document or the audit
/// trail; the private link to follow an answer is kept as a hash.
struct CreateConsultationTables: AsyncMigration {
    var name: String { "0019-create-consultation-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("consultation_rounds")
            .field("id", .string, .identifier(auto: false))
            .field("closes_on", .string, .required)
            .field("document", .string, .required)
            .create()
        try await database.schema("consultation_answers")
            .field("id", .string, .identifier(auto: false))
            .field("round_id", .string, .required, .references("consultation_rounds", "id"))
            .field("moderation", .string, .required)
            .field("follow_hash", .string, .required)
            .field("contact_email", .string)
            .field("version", .int, .required)
            .field("document", .string, .required)
            .unique(on: "follow_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("consultation_answers").delete()
        try await database.schema("consultation_rounds").delete()
    }
}
