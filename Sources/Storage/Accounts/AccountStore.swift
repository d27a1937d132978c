import Core
import FluentKit
import Foundation

/// Accounts, sessions and API tokens. Secrets never reach the database: passwords arrive
/// hashed (bcrypt), session and API tokens as SHA-256 hashes.
public final class AccountStore: Sendable {
    private let database: StipDatabase

    public init(database: StipDatabase) {
        self.database = database
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case emailTaken(String)
        case unknownAccount(String)

        public var description: String {
            switch self {
            case let .emailTaken(email): "there is already an account for \(email)"
            case let .unknownAccount(id): "there is no account \(id)"
            }
        }
    }

    /// `actor` says who made it, for the audit trail: the command line, or a beheerder's e-mail.
    public func create(
        email: String, role: AccountRole, teams: [String], passwordHash: String, name: String? = nil, by actor: String = "stip user add",
        now: Date = Date()
    ) async throws -> Account {
        let id = UUID().uuidString.lowercased()
        try await database.transaction { db in
            if try await UserModel.query(on: db).filter(\.$email == email).count() > 0 { throw Failure.emailTaken(email) }
            let user = UserModel()
            user.id = id
            user.email = email
            user.role = role.rawValue
            user.passwordHash = passwordHash
            user.createdAt = StoredTime.text(now)
            user.displayName = name
            try await user.create(on: db)
            for team in teams {
                let row = UserTeamModel()
                row.userID = id
                row.teamID = team
                try await row.create(on: db)
            }
            try await AuditTrail.write(AuditRecord(
                id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: nil, accountEmail: actor, entity: "accounts",
                entityID: id, operation: .create, before: nil,
                after: RegisterStore.json(Account(id: id, email: email, role: role, teams: teams, name: name))), on: db)
        }
        return Account(id: id, email: email, role: role, teams: teams, name: name)
    }

    /// The account and its password hash, for checking a login; a disabled account has none.
    public func credentials(email: String) async throws -> (account: Account, passwordHash: String)? {
        guard let user = try await UserModel.query(on: database.database).filter(\.$email == email).first(),
              user.disabledAt == nil else { return nil }
        return (try await account(user, on: database.database), user.passwordHash)
    }

    /// The account behind an e-mail address, disabled or not, for the command line.
    public func account(email: String) async throws -> Account? {
        guard let user = try await UserModel.query(on: database.database).filter(\.$email == email).first() else { return nil }
        return try await account(user, on: database.database)
    }

    public func account(id: String) async throws -> Account? {
        guard let user = try await UserModel.find(id, on: database.database) else { return nil }
        return try await account(user, on: database.database)
    }

    public func all() async throws -> [Account] {
        let db = database.database
        let users = try await UserModel.query(on: db).sort(\.$email).all()
        let teams = Dictionary(grouping: try await UserTeamModel.query(on: db).all(), by: \.userID)
        return try users.map { try account($0, teams: teams[$0.id ?? ""] ?? []) }
    }

    // MARK: Sessions

    /// A login: the session and its audit record (without the token, which is the session's
    /// secret). Sessions that have ended, by either limit, are cleared out on the way.
    public func createSession(
        accountID: String, tokenHash: String, expiresAt: Date, from address: String? = nil, now: Date = Date(), idle: TimeInterval = 30 * 60
    ) async throws {
        try await database.transaction { db in
            try await SessionModel.query(on: db).group(.or) { ended in
                ended.filter(\.$expiresAt <= now.timeIntervalSince1970).filter(\.$lastSeenAt < now.timeIntervalSince1970 - idle)
            }.delete()
            let session = SessionModel()
            session.id = tokenHash
            session.userID = accountID
            session.expiresAt = expiresAt.timeIntervalSince1970
            session.lastSeenAt = now.timeIntervalSince1970
            try await session.create(on: db)
            let email = try await UserModel.find(accountID, on: db)?.email ?? "?"
            try await Self.audit(entity: "sessions", id: String(tokenHash.prefix(12)), .create, accountID: accountID, email: email,
                                 after: ["expiresAt": StoredTime.text(expiresAt), "address": address ?? ""], on: db)
        }
    }

    /// A login refused, for the audit trail: the address as typed, known or not, and where from.
    public func recordFailedLogin(email: String, accountID: String?, address: String?, locked: Bool) async throws {
        try await database.transaction { db in
            try await Self.audit(entity: "login-attempts", id: String(email.prefix(200)), .create, accountID: accountID, email: String(email.prefix(200)),
                                 after: ["result": locked ? "locked" : "refused", "address": address ?? ""], on: db)
        }
    }

    private static func audit(
        entity: String, id: String, _ operation: AuditRecord.Operation, accountID: String?, email: String,
        before: [String: String]? = nil, after: [String: String]? = nil, on db: any Database
    ) async throws {
        try await AuditTrail.write(AuditRecord(
            id: UUID().uuidString.lowercased(), at: RegisterStore.now(), accountID: accountID, accountEmail: email, entity: entity,
            entityID: id, operation: operation, before: before.map { RegisterStore.json($0) }, after: after.map { RegisterStore.json($0) }), on: db)
    }

    /// The account a session token belongs to, while the session lasts: before its absolute end,
    /// and used within `idle`. Use is noted at most once a minute, so reading pages stays cheap.
    public func account(sessionTokenHash: String, now: Date = Date(), idle: TimeInterval = 30 * 60) async throws -> Account? {
        let moment = now.timeIntervalSince1970
        let sql = database.sql(database.database)
        let signedIn = try await SignedIn.find(
            columns: "s.expires_at AS s_expires, s.last_seen_at AS s_seen", of: SessionModel.schema, as: "s", where: "id", is: sessionTokenHash, on: sql)
        guard let signedIn, let expires = signedIn.session(Double.self, "s_expires"), expires > moment else { return nil }
        let lastSeen = signedIn.session(Double.self, "s_seen")
        if let lastSeen, moment - lastSeen >= idle { return nil }
        if moment - (lastSeen ?? 0) >= 60 {
            try await sql.update(SessionModel.schema).set("last_seen_at", to: moment).where("id", .equal, sessionTokenHash).run()
        }
        return signedIn.account
    }

    private func activeAccount(id: String, on db: any Database) async throws -> Account? {
        guard let user = try await UserModel.find(id, on: db), user.disabledAt == nil else { return nil }
        return try await account(user, on: db)
    }

    /// A logout: the session ends, with its audit record.
    public func deleteSession(tokenHash: String) async throws {
        try await database.transaction { db in
            guard let session = try await SessionModel.find(tokenHash, on: db) else { return }
            let email = try await UserModel.find(session.userID, on: db)?.email ?? "?"
            try await session.delete(on: db)
            try await Self.audit(entity: "sessions", id: String(tokenHash.prefix(12)), .delete, accountID: session.userID, email: email,
                                 before: ["expiresAt": StoredTime.text(Date(timeIntervalSince1970: session.expiresAt))], on: db)
        }
    }

    // MARK: API tokens

    public func createAPIToken(accountID: String, name: String, tokenHash: String, expiresAt: Date? = nil, now: Date = Date()) async throws -> APITokenInfo {
        let token = APITokenModel()
        token.id = UUID().uuidString.lowercased()
        token.userID = accountID
        token.name = name
        token.tokenHash = tokenHash
        token.createdAt = StoredTime.text(now)
        token.expiresAt = expiresAt.map { StoredTime.text($0) }
        try await database.transaction { db in
            try await token.create(on: db)
            let email = try await UserModel.find(accountID, on: db)?.email ?? "?"
            try await Self.audit(entity: "api-tokens", id: token.id!, .create, accountID: accountID, email: email,
                                 after: ["name": name, "createdAt": token.createdAt, "expiresAt": token.expiresAt ?? ""], on: db)
        }
        return APITokenInfo(id: token.id!, name: name, createdAt: token.createdAt, expiresAt: token.expiresAt)
    }

    /// The account a bearer token belongs to, unless it was revoked or has expired (or its
    /// account was disabled). Use is noted at most once a minute.
    public func account(apiTokenHash: String, now: Date = Date()) async throws -> Account? {
        let sql = database.sql(database.database)
        let signedIn = try await SignedIn.find(
            columns: "t.id AS t_id, t.revoked_at AS t_revoked, t.expires_at AS t_expires, t.last_used_at AS t_used",
            of: APITokenModel.schema, as: "t", where: "token_hash", is: apiTokenHash, on: sql)
        guard let signedIn, signedIn.session(String.self, "t_revoked") == nil else { return nil }
        if let expiry = signedIn.session(String.self, "t_expires").flatMap(StoredTime.date), expiry <= now { return nil }
        if signedIn.session(String.self, "t_used").flatMap(StoredTime.date).map({ now.timeIntervalSince($0) >= 60 }) ?? true,
           let id = signedIn.session(String.self, "t_id") {
            try await sql.update(APITokenModel.schema).set("last_used_at", to: StoredTime.text(now)).where("id", .equal, id).run()
        }
        return signedIn.account
    }

    public func tokens(of accountID: String) async throws -> [APITokenInfo] {
        try await APITokenModel.query(on: database.database).filter(\.$userID == accountID).sort(\.$createdAt).all().map {
            APITokenInfo(id: $0.id ?? "", name: $0.name, createdAt: $0.createdAt, revokedAt: $0.revokedAt, expiresAt: $0.expiresAt, lastUsedAt: $0.lastUsedAt)
        }
    }

    /// Revokes one of the account's own tokens; another account's token is left alone.
    @discardableResult
    public func revokeToken(id: String, accountID: String, now: Date = Date()) async throws -> Bool {
        guard let token = try await APITokenModel.find(id, on: database.database), token.userID == accountID, token.revokedAt == nil else {
            return false
        }
        token.revokedAt = StoredTime.text(now)
        try await database.transaction { db in
            try await token.update(on: db)
            let email = try await UserModel.find(accountID, on: db)?.email ?? "?"
            try await Self.audit(entity: "api-tokens", id: id, .delete, accountID: accountID, email: email,
                                 before: ["name": token.name], after: ["revokedAt": token.revokedAt ?? ""], on: db)
        }
        return true
    }

    // MARK: Lifecycle

    /// Ends the account's sessions but the one named (the person's own, after a password change);
    /// with `tokens`, revokes its API tokens too. Returns how many sessions ended.
    @discardableResult
    public func endSessions(accountID: String, except keep: String? = nil, tokens: Bool = false, by actor: String, now: Date = Date()) async throws -> Int {
        try await database.transaction { db in
            var query = SessionModel.query(on: db).filter(\.$userID == accountID)
            if let keep { query = query.filter(\.$id != keep) }
            let ended = try await query.count()
            try await query.delete()
            var revoked = 0
            if tokens {
                let open = try await APITokenModel.query(on: db).filter(\.$userID == accountID).filter(\.$revokedAt == nil).all()
                for token in open {
                    token.revokedAt = StoredTime.text(now)
                    try await token.update(on: db)
                }
                revoked = open.count
            }
            try await Self.audit(entity: "sessions", id: accountID, .delete, accountID: accountID, email: actor,
                                 after: ["sessionsEnded": String(ended), "tokensRevoked": String(revoked)], on: db)
            return ended
        }
    }

    /// A new password (hashed already); the audit record says that it changed, never what it is.
    public func setPassword(accountID: String, passwordHash: String, by actor: String) async throws {
        try await database.transaction { db in
            guard let user = try await UserModel.find(accountID, on: db) else { throw Failure.unknownAccount(accountID) }
            user.passwordHash = passwordHash
            try await user.update(on: db)
            try await Self.audit(entity: "accounts", id: accountID, .update, accountID: accountID, email: actor,
                                 after: ["password": "changed"], on: db)
        }
    }

    /// A disabled account cannot log in and its sessions and tokens end; its history stays.
    public func disable(accountID: String, by actor: String, now: Date = Date()) async throws {
        try await database.transaction { db in
            guard let user = try await UserModel.find(accountID, on: db) else { throw Failure.unknownAccount(accountID) }
            user.disabledAt = StoredTime.text(now)
            try await user.update(on: db)
            try await Self.audit(entity: "accounts", id: accountID, .update, accountID: accountID, email: actor,
                                 after: ["disabledAt": user.disabledAt ?? ""], on: db)
        }
        try await endSessions(accountID: accountID, tokens: true, by: actor, now: now)
    }

    // MARK: Rows

    private func account(_ user: UserModel, on db: any Database) async throws -> Account {
        let teams = try await UserTeamModel.query(on: db).filter(\.$userID == user.id ?? "").all()
        return try account(user, teams: teams)
    }

    private func account(_ user: UserModel, teams: [UserTeamModel]) throws -> Account {
        guard let id = user.id, let role = AccountRole(rawValue: user.role) else {
            throw StorageError.corrupt("account \(user.email) has role '\(user.role)'")
        }
        return Account(id: id, email: user.email, role: role, teams: teams.map(\.teamID), name: user.displayName)
    }
}
