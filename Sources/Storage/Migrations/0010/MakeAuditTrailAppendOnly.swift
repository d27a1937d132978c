import FluentKit
import SQLKit

/// The audit trail becomes a chain the database itself guards: every record gets its place
/// (`position`), the hash of the record before it and its own hash; a one-row head holds the
/// last place and hash; and triggers refuse `UPDATE`, `DELETE` (and on PostgreSQL `TRUNCATE`) of
/// an audit record, so not even a database client can quietly change history. Records written
/// before this migration are chained in the order they were made.
struct MakeAuditTrailAppendOnly: AsyncMigration {
    var name: String { "0010-make-audit-trail-append-only" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        // One column per ALTER TABLE: SQLite adds no more at a time.
        try await database.schema("audit_records").field("position", .int64).update()
        try await database.schema("audit_records").field("previous_hash", .string).update()
        try await database.schema("audit_records").field("hash", .string).update()
        try await database.schema("audit_chain_head")
            .field("id", .int, .identifier(auto: false))
            .field("position", .int64, .required)
            .field("hash", .string, .required)
            .create()

        struct Row: Decodable {
            var id: String, at: String, account_id: String?, account_email: String, entity: String, entity_id: String
            var operation: String, before: String?, after: String?
        }
        let rows = try await sql.select().columns("id", "at", "account_id", "account_email", "entity", "entity_id", "operation", "before", "after")
            .from("audit_records").orderBy("at").orderBy("id").all(decoding: Row.self)
        var previous = AuditChain.genesis
        for (index, row) in rows.enumerated() {
            let position = Int64(index + 1)
            let hash = AuditChain.hash(
                position: position, at: row.at, accountID: row.account_id, accountEmail: row.account_email, entity: row.entity,
                entityID: row.entity_id, operation: row.operation, before: row.before, after: row.after, previous: previous)
            try await sql.update("audit_records").set("position", to: position).set("previous_hash", to: previous).set("hash", to: hash)
                .where("id", .equal, row.id).run()
            previous = hash
        }
        try await sql.insert(into: "audit_chain_head").columns("id", "position", "hash")
            .values(SQLBind(1), SQLBind(Int64(rows.count)), SQLBind(previous)).run()
        try await sql.raw("CREATE UNIQUE INDEX audit_records_position ON audit_records (position)").run()

        if sql.dialect.name == "sqlite" {
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw(SQLQueryString("""
                    CREATE TRIGGER audit_records_no_\(operation.lowercased()) BEFORE \(operation) ON audit_records
                    BEGIN SELECT RAISE(ABORT, 'audit records are append-only: \(operation) refused'); END
                    """)).run()
            }
            try await sql.raw("""
                CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
                BEGIN SELECT RAISE(ABORT, 'the audit chain head cannot be deleted'); END
                """).run()
        } else {
            try await sql.raw("""
                CREATE FUNCTION stip_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit records are append-only: % refused', TG_OP; END $$
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON audit_records
                FOR EACH ROW EXECUTE FUNCTION stip_audit_append_only()
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
                FOR EACH STATEMENT EXECUTE FUNCTION stip_audit_append_only()
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE OR TRUNCATE ON audit_chain_head
                FOR EACH STATEMENT EXECUTE FUNCTION stip_audit_append_only()
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for trigger in ["audit_records_no_update", "audit_records_no_delete", "audit_chain_head_no_delete"] {
                try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS \(trigger)")).run()
            }
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS audit_records_append_only ON audit_records").run()
            try await sql.raw("DROP TRIGGER IF EXISTS audit_records_no_truncate ON audit_records").run()
            try await sql.raw("DROP TRIGGER IF EXISTS audit_chain_head_no_delete ON audit_chain_head").run()
            try await sql.raw("DROP FUNCTION IF EXISTS stip_audit_append_only()").run()
        }
        try await sql.raw("DROP INDEX IF EXISTS audit_records_position").run()
        try await database.schema("audit_chain_head").delete()
        for column in ["hash", "previous_hash", "position"] {
            try await database.schema("audit_records").deleteField(.string(column)).update()
        }
    }
}
