/// One change, as *rekenschap* keeps it: who, when, which entity, and its fields before and after.
public struct AuditRecord: Codable, Sendable, Equatable, Identifiable {
    public enum Operation: String, Codable, Sendable, CaseIterable {
        case create, update, delete
    }

    public var id: String
    /// ISO 8601 instant.
    public var at: String
    public var accountID: String?
    /// Kept beside the id, so the record still says who after an account is gone.
    public var accountEmail: String
    /// The API collection name: `actions`, `teams`, ...
    public var entity: String
    public var entityID: String
    public var operation: Operation
    /// The entity as JSON before and after; nil for a create's before or a delete's after.
    public var before: String?
    public var after: String?

    public init(id: String, at: String, accountID: String?, accountEmail: String, entity: String, entityID: String,
                operation: Operation, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.accountID = accountID
        self.accountEmail = accountEmail
        self.entity = entity
        self.entityID = entityID
        self.operation = operation
        self.before = before
        self.after = after
    }
}
