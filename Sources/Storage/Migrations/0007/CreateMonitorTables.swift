import FluentKit

/// The monitor's data: areas per year, one value per area, year and indicator, the files they
/// came from, boundaries, and the adopted baselines with their own frozen copy of the values.
struct CreateMonitorTables: AsyncMigration {
    var name: String { "0007-create-monitor-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("monitor_areas")
            .field("year", .int, .required)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("parent_code", .string)
            .unique(on: "year", "code")
            .create()
        try await database.schema("monitor_observations")
            .field("area_code", .string, .required)
            .field("year", .int, .required)
            .field("indicator", .string, .required)
            // NULL is a value CBS marks as missing, which is not zero.
            .field("value", .double)
            .unique(on: "area_code", "year", "indicator")
            .create()
        try await database.schema("monitor_imports")
            .field("id", .string, .identifier(auto: false))
            .field("file", .string, .required)
            .field("checksum", .string, .required)
            .field("years", .string, .required)
            .field("rows", .int, .required)
            .field("observations", .int, .required)
            .field("imported_at", .string, .required)
            .field("imported_by", .string, .required)
            .create()
        try await database.schema("monitor_boundaries")
            .field("year", .int, .required)
            .field("code", .string, .required)
            .field("rings", .string, .required)
            .unique(on: "year", "code")
            .create()
        try await database.schema("monitor_baselines")
            .field("id", .string, .identifier(auto: false))
            .field("year", .int, .required)
            .field("adopted_at", .string, .required)
            .field("adopted_by", .string, .required)
            .field("definition", .string, .required)
            .create()
        try await database.schema("monitor_baseline_values")
            .field("baseline_id", .string, .required, .references("monitor_baselines", "id"))
            .field("area_code", .string, .required)
            .field("indicator", .string, .required)
            .field("value", .double)
            .unique(on: "baseline_id", "area_code", "indicator")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["monitor_baseline_values", "monitor_baselines", "monitor_boundaries", "monitor_imports", "monitor_observations", "monitor_areas"] {
            try await database.schema(table).delete()
        }
    }
}
