import FluentKit

/// Measurements of the ambitions' targets (module 5). The target is referred to by its id
/// without a foreign key: the register's tables are rewritten whole on every edit, and the
/// measurements of a target must outlive that.
struct CreateTargetMeasurementTables: AsyncMigration {
    var name: String { "0008-create-target-measurement-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("target_measurements")
            .field("id", .string, .identifier(auto: false))
            .field("target_id", .string, .required)
            .field("date", .string, .required)
            // indexedGrowth, gap, count, reached: which of the value columns below are set.
            .field("reading", .string, .required)
            .field("value", .double)
            .field("reference_value", .double)
            .field("indicator", .string)
            .field("higher_is_better", .bool)
            .field("reached", .bool)
            .field("source", .string, .required)
            .field("note", .string)
            .field("version", .int, .required)
            .field("recorded_at", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("target_measurements").delete()
    }
}
