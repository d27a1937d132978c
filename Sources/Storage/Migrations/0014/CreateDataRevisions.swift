import FluentKit

/// One revision per domain of data (`DataRevisions`).
struct CreateDataRevisions: AsyncMigration {
    var name: String { "0014-create-data-revisions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("data_revisions")
            .field("domain", .string, .identifier(auto: false))
            .field("revision", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("data_revisions").delete()
    }
}
