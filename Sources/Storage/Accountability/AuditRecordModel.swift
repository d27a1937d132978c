import FluentKit

/// Written in the same transaction as the change it records; the database refuses to update or delete one.
final class AuditRecordModel: Model, @unchecked Sendable {
    static let schema = "audit_records"
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "at") var at: String
    @OptionalField(key: "account_id") var accountID: String?
    @Field(key: "account_email") var accountEmail: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: String
    @Field(key: "operation") var operation: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    /// Where it stands in the chain, the hash of the record before it, and its own (`AuditChain`).
    @OptionalField(key: "position") var position: Int64?
    @OptionalField(key: "previous_hash") var previousHash: String?
    @OptionalField(key: "hash") var hash: String?
    init() {}
}
