import FluentKit

/// Actions get a status, an owner and a version for optimistic locking; every change gets an audit record.
struct AddActionStatusAndAuditTrail: AsyncMigration {
    var name: String { "0004-add-action-status-and-audit-trail" }

    func prepare(on database: any Database) async throws {
        // One column per ALTER TABLE: SQLite adds no more at a time. Owners are checked by Core
        // before saving; SQLite cannot add a column with a foreign key to a table in use.
        try await database.schema("actions").field("status", .string, .required, .sql(.default("planned"))).update()
        try await database.schema("actions").field("owner_team_id", .string).update()
        try await database.schema("actions").field("owner_organisation_id", .string).update()
        try await database.schema("actions").field("version", .int, .required, .sql(.default(1))).update()

        try await database.schema("audit_records")
            .field("id", .string, .identifier(auto: false))
            .field("at", .string, .required)
            .field("account_id", .string)
            .field("account_email", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("operation", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_records").delete()
        for column in ["status", "owner_team_id", "owner_organisation_id", "version"] {
            try await database.schema("actions").deleteField(.string(column)).update()
        }
    }
}
