import FluentKit
import Foundation

final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "email") var email: String
    @Field(key: "role") var role: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "created_at") var createdAt: String
    @OptionalField(key: "display_name") var displayName: String?
    @OptionalField(key: "disabled_at") var disabledAt: String?
    init() {}
}

final class UserTeamModel: Model, @unchecked Sendable {
    static let schema = "user_teams"
    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: String
    @Field(key: "team_id") var teamID: String
    init() {}
}

/// A server-side session; the id is the hash of the cookie's token, so a stolen table opens nothing.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "user_id") var userID: String
    @Field(key: "expires_at") var expiresAt: Double
    /// Seconds since 1970; nil for sessions made before idle timeouts.
    @OptionalField(key: "last_seen_at") var lastSeenAt: Double?
    init() {}
}

final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "user_id") var userID: String
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: String
    @OptionalField(key: "revoked_at") var revokedAt: String?
    @OptionalField(key: "expires_at") var expiresAt: String?
    @OptionalField(key: "last_used_at") var lastUsedAt: String?
    init() {}
}
