import FluentKit

/// Written in the same transaction as the change it records; Stip never updates or deletes one.
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
    init() {}
}
