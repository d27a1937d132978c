import FluentKit

/// Mensen en middelen (ch. 6): capacity per year with the plan's stated totals, the budget with
/// its coverage and realisation, capacity reviews and the investment agenda. Capacity amounts
/// are kept as the text the parser reads back, money as whole cents. No foreign keys to the
/// register's tables: a plan is reloaded by deleting and writing it whole, and these stay.
struct CreatePeopleAndMoneyTables: AsyncMigration {
    var name: String { "0006-create-people-and-money-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema("money_organisations")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("aliases", .array(of: .string), .required)
            .field("kind", .string, .required)
            .field("country", .string, .required)
            .field("mentions", .array(of: .string), .required)
            .create()

        try await database.schema("money_parties")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("label", .string, .required)
            .create()

        try await database.schema("capacity_activities")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("part_of", .string)
            .field("body_id", .string)
            .field("team_id", .string)
            .create()

        try await database.schema("capacity_years")
            .field("id", .int, .identifier(auto: false))
            .field("note", .string)
            .field("rate_cents", .int64)
            .field("rate_note", .string)
            .field("stated_label", .string)
            .field("stated_overall", .string)
            .field("version", .int, .required)
            .create()

        try await database.schema("capacity_rows")
            .field("id", .string, .identifier(auto: false))
            .field("year", .int, .required, .references("capacity_years", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("activity_id", .string, .required, .references("capacity_activities", "id"))
            .field("note", .string)
            .unique(on: "year", "activity_id")
            .create()

        // The plan's own totals: per party for the year (activity_id null) or for a row with its parts.
        try await database.schema("capacity_stated_amounts")
            .field("id", .string, .identifier(auto: false))
            .field("year", .int, .required, .references("capacity_years", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("activity_id", .string, .references("capacity_activities", "id"))
            .field("party_id", .string, .required, .references("money_parties", "id"))
            .field("amount", .string, .required)
            .create()

        try await database.schema("capacity_commitments")
            .field("id", .string, .identifier(auto: false))
            .field("year", .int, .required, .references("capacity_years", "id"))
            .field("position", .int, .required)
            .field("activity_id", .string, .required, .references("capacity_activities", "id"))
            .field("party_id", .string, .required, .references("money_parties", "id"))
            .field("amount", .string, .required)
            .field("note", .string)
            .field("version", .int, .required)
            .unique(on: "year", "activity_id", "party_id")
            .create()

        try await database.schema("budget_notes")
            .field("id", .int, .identifier(auto: false))
            .field("note", .string, .required)
            .create()

        try await database.schema("budget_lines")
            .field("id", .string, .identifier(auto: false))
            .field("year", .int, .required)
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("budgeted_cents", .int64, .required)
            .field("note", .string)
            .field("version", .int, .required)
            .create()

        try await database.schema("fundings")
            .field("id", .string, .identifier(auto: false))
            .field("year", .int, .required)
            .field("position", .int, .required)
            .field("financier_id", .string, .required, .references("money_parties", "id"))
            .field("line_id", .string, .references("budget_lines", "id"))
            .field("amount_cents", .int64, .required)
            .field("note", .string)
            .create()

        try await database.schema("spendings")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("line_id", .string, .required, .references("budget_lines", "id"))
            .field("from", .string, .required)
            .field("until", .string, .required)
            .field("amount_cents", .int64, .required)
            .field("note", .string)
            .create()

        try await database.schema("capacity_reviews")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("date", .string, .required)
            .field("body_id", .string, .required)
            .field("note", .string)
            .create()

        try await database.schema("capacity_review_decisions")
            .field("id", .string, .identifier(auto: false))
            .field("review_id", .string, .required, .references("capacity_reviews", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("activity_id", .string, .required, .references("capacity_activities", "id"))
            .field("verdict", .string, .required)
            .field("reason", .string, .required)
            .create()

        try await database.schema("investments")
            .field("id", .string, .identifier(auto: false))
            .field("position", .int, .required)
            .field("action_line_id", .string, .required)
            .field("source", .string, .required)
            .field("status", .string, .required)
            .field("amount_cents", .int64, .required)
            .field("description", .string, .required)
            .field("version", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in Self.tablesChildrenFirst {
            try await database.schema(table).delete()
        }
    }

    static let tablesChildrenFirst = [
        "investments", "capacity_review_decisions", "capacity_reviews", "spendings", "fundings", "budget_lines", "budget_notes",
        "capacity_commitments", "capacity_stated_amounts", "capacity_rows", "capacity_years", "capacity_activities",
        "money_parties", "money_organisations",
    ]
}
