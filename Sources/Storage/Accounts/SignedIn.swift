import Core
import FluentKit
import SQLKit

/// A session's or an API token's row with its account and the account's teams, read in one
/// statement: it runs before every request of a signed-in person, so it costs one round trip
/// and no model reflection. A disabled account is not found.
struct SignedIn {
    let account: Account
    /// The first row, for the session's or token's own columns.
    private let row: any SQLRow

    func session<T: Decodable>(_ type: T.Type, _ column: String) -> T? {
        (try? row.decodeNil(column: column)) == false ? try? row.decode(column: column, as: T.self) : nil
    }

    /// `columns` of `table` (named `alias` in them) on the row whose `key` equals `value`.
    static func find(
        columns: String, of table: String, as alias: String, where key: String, is value: String, on sql: any SQLDatabase
    ) async throws -> SignedIn? {
        let rows = try await sql.raw("""
            SELECT \(unsafeRaw: columns), u.id AS u_id, u.email AS u_email, u.role AS u_role, u.display_name AS u_name, ut.team_id AS u_team
            FROM \(ident: table) \(unsafeRaw: alias) JOIN users u ON u.id = \(unsafeRaw: alias).user_id
            LEFT JOIN user_teams ut ON ut.user_id = u.id
            WHERE \(unsafeRaw: alias).\(ident: key) = \(bind: value) AND u.disabled_at IS NULL
            """).all()
        guard let first = rows.first else { return nil }
        let role = try first.decode(column: "u_role", as: String.self)
        let email = try first.decode(column: "u_email", as: String.self)
        guard let accountRole = AccountRole(rawValue: role) else { throw StorageError.corrupt("account \(email) has role '\(role)'") }
        let teams = rows.compactMap { row in (try? row.decodeNil(column: "u_team")) == false ? try? row.decode(column: "u_team", as: String.self) : nil }
        let name = (try? first.decodeNil(column: "u_name")) == false ? try? first.decode(column: "u_name", as: String.self) : nil
        return SignedIn(
            account: Account(id: try first.decode(column: "u_id", as: String.self), email: email, role: accountRole, teams: teams, name: name),
            row: first)
    }
}
