import FluentKit

/// Saved focus decisions (*beleidsfocus: selectie wijken*). The decision, its parameters, the
/// data it used and every listed area's outcome are one JSON document: it is written once and
/// read whole, and must reopen exactly as it was saved.
struct CreateFocusDecisionTable: AsyncMigration {
    var name: String { "0009-create-focus-decision-table" }

    func prepare(on database: any Database) async throws {
        try await database.schema("monitor_focus_decisions")
            .field("id", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("decided_on", .string, .required)
            .field("proposed_by", .string, .required)
            .field("saved_at", .string, .required)
            .field("document", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("monitor_focus_decisions").delete()
    }
}
