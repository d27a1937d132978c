import Core

/// Who makes a change: a person through the web app or the API (nil: nobody logged in), or a
/// `stip` command run on the server, whose operator the machine already trusts. The audit
/// trail names the account, or the command.
public enum Actor: Sendable {
    case person(Account?)
    case command(String)

    /// The account, once it holds one of `permissions`; nil for a command.
    func require(anyOf permissions: [Permission]) throws(AccessRefusal) -> Account? {
        guard case let .person(account) = self else { return nil }
        try Permission.require(anyOf: permissions, for: account)
        return account
    }
}
