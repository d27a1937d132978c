/// Why an account may not do what it asked: nobody is logged in, or the role does not allow it.
public enum AccessRefusal: Error, Sendable, Equatable {
    case notLoggedIn
    case forbidden
}

extension Permission {
    /// Refuses unless `account` (nil: an anonymous visitor) holds one of `permissions`.
    public static func require(anyOf permissions: [Permission], for account: Account?) throws(AccessRefusal) {
        guard permissions.contains(where: { $0.isAllowed(for: account) }) else { throw account == nil ? .notLoggedIn : .forbidden }
    }
}
