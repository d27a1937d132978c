import FluentKit
import SQLKit

/// The audit chain's head takes each new record's hash from a trigger, in the same statement
/// that appends the record: an edit saves a round trip to the database, and the head cannot
/// fall behind the records whoever writes them.
struct AuditHeadFollowsRecords: AsyncMigration {
    var name: String { "0015-audit-head-follows-records" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            try await sql.raw("""
                CREATE TRIGGER audit_chain_head_follows AFTER INSERT ON audit_records
                BEGIN UPDATE audit_chain_head SET hash = NEW.hash WHERE id = 1; END
                """).run()
        } else {
            try await sql.raw("""
                CREATE FUNCTION stip_audit_head_follows() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE audit_chain_head SET hash = NEW.hash WHERE id = 1; RETURN NULL; END $$
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_chain_head_follows AFTER INSERT ON audit_records
                FOR EACH ROW EXECUTE FUNCTION stip_audit_head_follows()
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            try await sql.raw("DROP TRIGGER IF EXISTS audit_chain_head_follows").run()
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS audit_chain_head_follows ON audit_records").run()
            try await sql.raw("DROP FUNCTION IF EXISTS stip_audit_head_follows()").run()
        }
    }
}
