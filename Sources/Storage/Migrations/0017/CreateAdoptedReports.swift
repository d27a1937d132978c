import FluentKit
import SQLKit

/// Adopted progress reports, one per round, written once: a trigger refuses any change or
/// removal, as for the audit trail, so an adopted report stays as it was adopted.
struct CreateAdoptedReports: AsyncMigration {
    var name: String { "0017-create-adopted-reports" }

    func prepare(on database: any Database) async throws {
        try await database.schema("adopted_reports")
            .field("round_id", .string, .identifier(auto: false), .references("reporting_rounds", "id"))
            .field("decided_on", .string, .required)
            .field("recorded_at", .string, .required)
            .field("fingerprint", .string, .required)
            .field("document", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw(SQLQueryString("""
                    CREATE TRIGGER adopted_reports_no_\(operation.lowercased()) BEFORE \(operation) ON adopted_reports
                    BEGIN SELECT RAISE(ABORT, 'an adopted report is frozen: \(operation) refused'); END
                    """)).run()
            }
        } else {
            try await sql.raw("""
                CREATE TRIGGER adopted_reports_frozen BEFORE UPDATE OR DELETE ON adopted_reports
                FOR EACH ROW EXECUTE FUNCTION stip_audit_append_only()
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            try await sql.raw("DROP TRIGGER IF EXISTS adopted_reports_no_update").run()
            try await sql.raw("DROP TRIGGER IF EXISTS adopted_reports_no_delete").run()
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS adopted_reports_frozen ON adopted_reports").run()
        }
        try await database.schema("adopted_reports").delete()
    }
}
